"""plone.restapi services of zwgk."""
