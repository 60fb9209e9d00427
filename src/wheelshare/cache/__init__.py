"""wheelshare.cache."""
