"""What the person is told of: notices drawn from synced records and the calendar."""
