"""Shared field groups (behaviors) reused by zwgk's publishable types."""
