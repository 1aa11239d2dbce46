"""Catalog indexers for the portal's facets (area, unit, level, mode, ...)."""

from plone.indexer import indexer
from zope.interface import Interface
from zwgk.behaviors.disclosure import IDisclosureAttributes
from zwgk.behaviors.index_number import IIndexNumber
from zwgk.behaviors.validity import IValidity
from zwgk.content_types.information import IGovernmentInformation
from zwgk.content_types.interpretation import IPolicyInterpretation
from zwgk.directories.indexers import directory_of
from zwgk.index_numbers import owning_unit
from zwgk.relations import back_references


@indexer(Interface)
def org_unit(obj):
    """UID of the unit the content belongs to."""
    unit = owning_unit(obj)
    if unit is None:
        raise AttributeError("org_unit")
    return unit.UID()


def _information_areas(information):
    areas = set()
    for relation in getattr(information, "disclosure_items", None) or ():
        item = None if relation.isBroken() else relation.to_object
        if item is not None:
            areas.add(directory_of(item).area)
    return sorted(areas)


@indexer(IGovernmentInformation)
def information_area(obj):
    """The areas of the directory items this information fulfils."""
    areas = _information_areas(obj)
    if not areas:
        raise AttributeError("disclosure_area")
    return areas


@indexer(IPolicyInterpretation)
def interpretation_area(obj):
    """A 解读 belongs to the areas of the policy it explains, so it is
    found under them (facets, ``?area=`` feeds) next to the policy."""
    relation = getattr(obj, "policy", None)
    policy = None if relation is None or relation.isBroken() else relation.to_object
    areas = _information_areas(policy) if policy is not None else []
    if not areas:
        raise AttributeError("disclosure_area")
    return areas


def reindex_interpretation_areas(information, event=None):
    """Event handler: a policy's areas changed, so did its interpretations'."""
    for interpretation in back_references(information, "policy"):
        interpretation.reindexObject(idxs=["disclosure_area"])


@indexer(IGovernmentInformation)
def information_year(obj):
    date = obj.publication_date or obj.written_date
    if date is None:
        raise AttributeError("publication_year")
    return date.year


@indexer(IGovernmentInformation)
def information_topic(obj):
    return obj.topic


@indexer(IGovernmentInformation)
def information_genre(obj):
    return obj.genre


@indexer(IIndexNumber)
def index_number(obj):
    return getattr(obj, "index_number", None) or ""


@indexer(IValidity)
def validity(obj):
    return getattr(obj, "validity", None) or "valid"


@indexer(IDisclosureAttributes)
def disclosure_attribute(obj):
    return getattr(obj, "disclosure_attribute", None)


# 政府信息公开专栏: index values of the column pages (法定主动公开内容, 制度, 年报)
UNCLASSIFIED = "unclassified"  # a sentinel: an empty string can't be queried


@indexer(IGovernmentInformation)
def information_statutory_category(obj):
    return getattr(obj, "statutory_category", None) or UNCLASSIFIED


@indexer(IGovernmentInformation)
def information_disclosure_rule(obj):
    return bool(getattr(obj, "disclosure_rule", False))


@indexer(IGovernmentInformation)
def information_report_year(obj):
    year = getattr(obj, "report_year", None)
    if not year:
        raise AttributeError("report_year")
    return year
