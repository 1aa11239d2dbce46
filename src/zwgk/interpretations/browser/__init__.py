"""Pages of 政策解读: ``page`` (an interpretation) and ``listing`` (the section)."""
