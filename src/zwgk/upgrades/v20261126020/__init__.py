"""智能查询: the Chinese full-text index zwgk_text (jieba words)."""

from plone import api
from zwgk.catalog.indexes import TEXT_INDEX
from zwgk.catalog.indexes import add_text_index

import logging


logger = logging.getLogger("zwgk.upgrades")


def add_search_index(context):
    """Add zwgk_text and its lexicon; index only that index, keep the others."""
    catalog = api.portal.get_tool("portal_catalog")
    if add_text_index(catalog):
        catalog.manage_reindexIndex(ids=[TEXT_INDEX])
        logger.info("Indexed %s", TEXT_INDEX)
