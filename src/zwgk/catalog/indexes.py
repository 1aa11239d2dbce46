"""Catalog indexes and metadata of zwgk, added without emptying existing ones.

Declaring indexes in catalog.xml empties them every time the profile runs
(plone.api #404), so a setup handler adds only what is missing and indexes
just those.
"""

from plone import api
from Products.ZCTextIndex.ZCTextIndex import PLexicon
from types import SimpleNamespace

import logging


logger = logging.getLogger("zwgk")

# index name -> meta type; the values come from zwgk.catalog.indexers (prefixed
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
    # 公众参与: a consultation's state is a query on its dates (nothing drifts)
    "consultation_start": "DateIndex",
    "consultation_end": "DateIndex",
    "consultation_answered": "BooleanIndex",
    # 依申请公开: the number, in no full-text index (applications/indexers.py)
    "tracking_number": "FieldIndex",
}

# 智能查询: Chinese full text, segmented into words by its own lexicon
TEXT_INDEX = "zwgk_text"
LEXICON = "zwgk_lexicon"

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
    "consultation_start",
    "consultation_end",
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
    if add_text_index(catalog):
        added.append(TEXT_INDEX)
    for column in METADATA:
        if column not in catalog.schema():
            catalog.addColumn(column)
    if added:
        logger.info("Added catalog indexes %s", ", ".join(added))
        catalog.manage_reindexIndex(ids=added)
    return added


def add_text_index(catalog):
    """Add the lexicon and ``zwgk_text`` (Okapi BM25) unless they exist."""
    from Products.CMFPlone.UnicodeSplitter.splitter import I18NNormalizer
    from zwgk.search.splitter import ChineseSplitter

    if LEXICON not in catalog.objectIds():
        lexicon = PLexicon(LEXICON, "", ChineseSplitter(), I18NNormalizer())
        catalog._setObject(LEXICON, lexicon)
    if TEXT_INDEX in catalog.indexes():
        return False
    extra = SimpleNamespace(
        doc_attr=TEXT_INDEX, lexicon_id=LEXICON, index_type="Okapi BM25 Rank"
    )
    catalog.addIndex(TEXT_INDEX, "ZCTextIndex", extra)
    return True


def remove_catalog_indexes(context=None):
    catalog = api.portal.get_tool("portal_catalog")
    if TEXT_INDEX in catalog.indexes():
        catalog.delIndex(TEXT_INDEX)
    if LEXICON in catalog.objectIds():
        catalog.manage_delObjects([LEXICON])
    for name in INDEXES:
        if name in catalog.indexes():
            catalog.delIndex(name)
    for column in METADATA:
        if column in catalog.schema():
            catalog.delColumn(column)
