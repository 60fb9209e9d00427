"""wheelshare.ui."""
