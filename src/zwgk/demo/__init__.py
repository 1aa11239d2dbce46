"""The demo district (南昌经开区): content loaded from ``profiles/demo/district``.

Nothing here names the district: it is the data of the ``zwgk:demo``
profile, loaded through the same paths editors use (bulk loader, real
workflow transitions). ``district`` loads units, directories, information,
interpretations and the demo accounts; each feature loads its own demo
records (e.g. ``zwgk.applications.demo``).
"""
