"""The portal theme, its website identifiers and the home page (门户)."""

from zwgk.upgrades import import_registry_file


def import_registry(context):
    import_registry_file("site.xml")
