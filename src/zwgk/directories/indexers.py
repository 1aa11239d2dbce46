"""Catalog values of standard directories and their items (领域, 层级, 渠道...)."""

from plone.indexer import indexer
from zwgk.content_types.directory import IDisclosureDirectory
from zwgk.content_types.item import IDisclosureItem


def directory_of(obj):
    return obj if IDisclosureDirectory.providedBy(obj) else obj.__parent__


@indexer(IDisclosureDirectory)
def directory_area(obj):
    return obj.area


@indexer(IDisclosureItem)
def item_area(obj):
    return directory_of(obj).area


@indexer(IDisclosureDirectory)
def directory_levels(obj):
    return [obj.level]


@indexer(IDisclosureItem)
def item_levels(obj):
    return list(obj.levels or ())


@indexer(IDisclosureItem)
def item_channels(obj):
    return list(obj.channels or ())


@indexer(IDisclosureItem)
def item_mode(obj):
    return obj.mode


@indexer(IDisclosureItem)
def item_audience(obj):
    return obj.audience
