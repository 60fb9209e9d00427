"""*Account & settings*: sign-in, feed address, my wheelchair, text size, theme, language."""
