"""Content model: types, behaviors, vocabularies' registry records, indexes."""

from zwgk.catalog.indexes import add_catalog_indexes


def add_indexes(context):
    add_catalog_indexes()
