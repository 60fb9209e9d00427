"""Reviews of vehicles after a rental: the dialog and the list of rentals to review."""
