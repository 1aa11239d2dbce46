"""Dexterity schemas of zwgk's content types (shipped as ``zwgk.content_types``)."""
