"""Desktop notifications, the tray icon and the in-app list of recent ones."""
