"""GenericSetup profiles of zwgk (shipped as ``zwgk.profiles``)."""
