"""Catalog values of 政府信息: areas (from its directory items), year, topic, genre,
the 政府信息公开专栏 categories."""

from plone.indexer import indexer
from zwgk.content_types.information import IGovernmentInformation
from zwgk.directories.indexers import directory_of


def information_areas(information):
    areas = set()
    for relation in getattr(information, "disclosure_items", None) or ():
        item = None if relation.isBroken() else relation.to_object
        if item is not None:
            areas.add(directory_of(item).area)
    return sorted(areas)


@indexer(IGovernmentInformation)
def information_area(obj):
    """The areas of the directory items this information fulfils."""
    areas = information_areas(obj)
    if not areas:
        raise AttributeError("disclosure_area")
    return areas


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
