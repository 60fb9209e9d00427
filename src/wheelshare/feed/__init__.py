"""The reference feed server: accounts, listings, bookings, reviews and the change
log that apps sync from (FastAPI, SQLAlchemy, Alembic). ``app.create_app`` builds
the application; ``cli`` is the ``wheelshare-feed`` command; ``embedded`` runs it
inside the desktop app; ``testing.LiveFeed`` runs it for tests."""
