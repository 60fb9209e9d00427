"""*My vehicles*: listings, availability, the inbox of requests and owners' rentals."""
