"""What the catalog may know of an application: its tracking number only.

The catalog's text and metadata are readable far more widely than the
object (search pages, @search, listings); personal data stays out of it.
"""

from plone.indexer import indexer
from zwgk.content_types.application import IDisclosureApplication


@indexer(IDisclosureApplication)
def searchable_text(obj):
    return obj.tracking_number or ""


@indexer(IDisclosureApplication)
def empty(obj):
    return ""
