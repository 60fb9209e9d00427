"""Find a vehicle: the renter's search form, results and detail."""
