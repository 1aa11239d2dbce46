"""Content model: types, behaviors, vocabularies' registry records, indexes."""

from zwgk.catalog.indexes import add_catalog_indexes
from zwgk.upgrades import import_registry_file


def add_indexes(context):
    add_catalog_indexes()


def import_registry(context):
    import_registry_file("vocabularies.xml")
