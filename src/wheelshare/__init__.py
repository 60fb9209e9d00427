"""wheelshare: adapted vehicles to rent from their owners, and venues rated for access."""

__version__ = "0.1.0"
APP_ID = "org.wheelshare.Wheelshare"
