"""wheelshare.geo."""
