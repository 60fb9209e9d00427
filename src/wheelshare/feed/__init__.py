"""wheelshare.feed."""
