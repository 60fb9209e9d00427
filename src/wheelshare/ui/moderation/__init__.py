"""The Moderation screen: a moderator decides on contributions and reports."""
