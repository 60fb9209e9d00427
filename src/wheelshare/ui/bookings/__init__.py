"""*My bookings*, renter side."""
