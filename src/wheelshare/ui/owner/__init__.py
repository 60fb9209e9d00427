"""owner"""
