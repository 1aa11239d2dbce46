"""The portal's Diazo theme (shipped as ``zwgk.themes``)."""
