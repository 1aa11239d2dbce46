"""GenericSetup handlers of zwgk's profiles (``profiles.zcml``).

Modules:
- ``install``: ``zwgk:default``'s post handler (catalog indexes, the 公开办
  group, the home page) and the profiles hidden from the add-ons panel;
- ``uninstall``: ``zwgk:uninstall``'s post handler (configuration goes,
  content stays);
- ``district``: the data-driven import steps (sections, district settings,
  pages) read from the profile's JSON files;
- ``zope_admin``: the Zope administrator that ``make start`` prints.
"""
