"""Catalog indexers for the portal's facets (area, unit, level, mode, ...)."""

from plone.indexer import indexer
from zope.interface import Interface
from zwgk.behaviors.disclosure import IDisclosureAttributes
from zwgk.behaviors.index_number import IIndexNumber
from zwgk.behaviors.validity import IValidity
from zwgk.content_types.interpretation import IPolicyInterpretation
from zwgk.index_numbers import owning_unit
from zwgk.information.indexers import information_areas
from zwgk.relations import back_references


@indexer(Interface)
def org_unit(obj):
    """UID of the unit the content belongs to."""
    unit = owning_unit(obj)
    if unit is None:
        raise AttributeError("org_unit")
    return unit.UID()


@indexer(IPolicyInterpretation)
def interpretation_area(obj):
    """A 解读 belongs to the areas of the policy it explains, so it is
    found under them (facets, ``?area=`` feeds) next to the policy."""
    relation = getattr(obj, "policy", None)
    policy = None if relation is None or relation.isBroken() else relation.to_object
    areas = information_areas(policy) if policy is not None else []
    if not areas:
        raise AttributeError("disclosure_area")
    return areas


def reindex_interpretation_areas(information, event=None):
    """Event handler: a policy's areas changed, so did its interpretations'."""
    for interpretation in back_references(information, "policy"):
        interpretation.reindexObject(idxs=["disclosure_area"])


@indexer(IIndexNumber)
def index_number(obj):
    return getattr(obj, "index_number", None) or ""


@indexer(IValidity)
def validity(obj):
    return getattr(obj, "validity", None) or "valid"


@indexer(IDisclosureAttributes)
def disclosure_attribute(obj):
    return getattr(obj, "disclosure_attribute", None)
