"""What the catalog may know of a message: its tracking number and the unit
it was handed to (``org_unit``, for the unit's staff list); nothing personal."""

from plone.indexer import indexer
from zwgk.content_types.message import ICitizenMessage


@indexer(ICitizenMessage)
def searchable_text(obj):
    return obj.tracking_number or ""


@indexer(ICitizenMessage)
def empty(obj):
    return ""


@indexer(ICitizenMessage)
def org_unit(obj):
    if not obj.unit:
        raise AttributeError("org_unit")
    return obj.unit
