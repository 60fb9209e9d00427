"""The *Messages* screen: conversations per booking."""
