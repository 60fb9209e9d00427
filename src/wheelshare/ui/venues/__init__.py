"""*Venues*: search by accessibility, every criterion with its source, rate a place."""
