"""Browser views of zwgk (Classic UI)."""
