"""The portal theme, its website identifiers and the home page (门户)."""
