"""wheelshare.sync."""
