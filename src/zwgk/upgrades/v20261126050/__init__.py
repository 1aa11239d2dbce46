"""政府信息公开专栏: section layouts and the column's catalog indexes."""

from pathlib import Path
from plone import api
from zwgk.catalog.indexes import add_catalog_indexes

import json


SECTIONS = Path(__file__).parents[2] / "profiles" / "default" / "zwgk_sections.json"


def add_indexes(context):
    """statutory_category, disclosure_rule, report_year: only these are indexed."""
    add_catalog_indexes()


def set_section_layouts(context):
    """The sections that have a column page show it (政务公开, 政策解读).

    Only the layout: re-running the sections step would also reset titles
    an administrator may have changed.
    """
    portal = api.portal.get()
    spec = json.loads(SECTIONS.read_text(encoding="utf-8"))
    for section in spec["sections"]:
        folder = portal.get(section["id"])
        if folder is not None and section.get("layout"):
            folder.setLayout(section["layout"])
