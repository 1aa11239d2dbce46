"""Catalog indexes and metadata of zwgk, added without emptying existing ones.

Declaring indexes in catalog.xml empties them every time the profile runs
(plone.api #404), so a setup handler adds only what is missing and indexes
just those.
"""

from plone import api

import logging


logger = logging.getLogger("zwgk")

# index name -> meta type; the values come from zwgk.indexers (prefixed
# names, so no other object's attribute of the same name leaks in).
INDEXES = {
    # KeywordIndex: information belongs to the areas of all items it fulfils
    "disclosure_area": "KeywordIndex",
    "org_unit": "FieldIndex",
    "disclosure_levels": "KeywordIndex",
    "disclosure_mode": "FieldIndex",
    "disclosure_audience": "FieldIndex",
    "disclosure_channels": "KeywordIndex",
    "info_topic": "FieldIndex",
    "info_genre": "FieldIndex",
    "publication_year": "FieldIndex",
    "validity": "FieldIndex",
    "disclosure_attribute": "FieldIndex",
    "index_number": "FieldIndex",
    "written_date": "DateIndex",
    "publication_date": "DateIndex",
    # 政府信息公开专栏
    "statutory_category": "FieldIndex",
    "disclosure_rule": "BooleanIndex",
    "report_year": "FieldIndex",
}

METADATA = (
    "index_number",
    "document_number",
    "publisher",
    "written_date",
    "publication_date",
    "disclosure_area",
    "validity",
    "disclosure_attribute",
    "report_year",
)


def add_catalog_indexes(context=None):
    catalog = api.portal.get_tool("portal_catalog")
    added = []
    for name, meta_type in INDEXES.items():
        index = catalog._catalog.indexes.get(name)
        if index is not None and index.meta_type != meta_type:
            catalog.delIndex(name)  # an older profile made it another kind
        if name not in catalog.indexes():
            catalog.addIndex(name, meta_type)
            added.append(name)
    for column in METADATA:
        if column not in catalog.schema():
            catalog.addColumn(column)
    if added:
        logger.info("Added catalog indexes %s", ", ".join(added))
        catalog.manage_reindexIndex(ids=added)
    return added


def remove_catalog_indexes(context=None):
    catalog = api.portal.get_tool("portal_catalog")
    for name in INDEXES:
        if name in catalog.indexes():
            catalog.delIndex(name)
    for column in METADATA:
        if column in catalog.schema():
            catalog.delColumn(column)
