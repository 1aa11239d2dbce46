"""Catalog values every zwgk type shares: unit, 索引号, 有效性, 公开属性."""

from plone.indexer import indexer
from zope.interface import Interface
from zwgk.behaviors.disclosure import IDisclosureAttributes
from zwgk.behaviors.index_number import IIndexNumber
from zwgk.behaviors.validity import IValidity
from zwgk.index_numbers import owning_unit


@indexer(Interface)
def org_unit(obj):
    """UID of the unit the content belongs to."""
    unit = owning_unit(obj)
    if unit is None:
        raise AttributeError("org_unit")
    return unit.UID()


@indexer(IIndexNumber)
def index_number(obj):
    return getattr(obj, "index_number", None) or ""


@indexer(IValidity)
def validity(obj):
    return getattr(obj, "validity", None) or "valid"


@indexer(IDisclosureAttributes)
def disclosure_attribute(obj):
    return getattr(obj, "disclosure_attribute", None)
