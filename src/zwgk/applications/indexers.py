"""What the catalog may know of an application: its tracking number only.

The catalog's text and metadata are readable far more widely than the
object (search pages, @search, listings); personal data stays out of it.

The tracking number is in the FieldIndex ``tracking_number`` and in no
full-text index: written into Title, SearchableText and zwgk_text, the
words every number shares (``ysq`` and the day's date) were postings that
every simultaneous submission rewrote, a ZODB conflict (turns.py).
Applications are not searched (``types_not_searched``) and are found by
their number through the register, so the text indexes lose nothing.
"""

from plone.indexer import indexer
from zwgk.content_types.application import IDisclosureApplication


@indexer(IDisclosureApplication)
def tracking_number(obj):
    return obj.tracking_number or ""


@indexer(IDisclosureApplication)
def not_in_text_indexes(obj):
    raise AttributeError("an application is in no full-text index")


@indexer(IDisclosureApplication)
def empty(obj):
    return ""
