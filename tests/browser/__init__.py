"""Real-browser tests (a package: its conftest must not shadow tests/conftest.py)."""
