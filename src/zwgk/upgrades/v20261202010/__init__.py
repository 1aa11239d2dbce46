"""公众参与: the participation types, their indexes, settings and section page."""

from plone import api
from zwgk.catalog.indexes import add_catalog_indexes
from zwgk.upgrades import import_registry_file


LISTING_ETAGS = "plone.app.caching.moderateCaching.zwgk.listing.etags"
TODAY_ETAG = "zwgkToday"
SECTION = "gzcy"
SECTION_VIEW = "public-participation"


def add_indexes(context):
    """consultation_start, consultation_end, consultation_answered."""
    add_catalog_indexes()


def add_settings(context):
    import_registry_file("participation.xml")


def date_in_listing_etags(context):
    """Cached listings (home, sections) change at midnight (open consultations)."""
    registry = api.portal.get_tool("portal_registry")
    if LISTING_ETAGS not in registry.records:
        return
    etags = tuple(registry[LISTING_ETAGS] or ())
    if TODAY_ETAG not in etags:
        registry[LISTING_ETAGS] = (*etags, TODAY_ETAG)


def set_section_view(context):
    """The 公众参与 section lists the consultations (only its layout changes)."""
    section = api.portal.get().get(SECTION)
    if section is not None:
        section.setLayout(SECTION_VIEW)
