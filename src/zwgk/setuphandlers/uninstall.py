"""Uninstalling zwgk: configuration goes, the district's content stays."""

from plone import api
from zwgk.catalog.indexes import remove_catalog_indexes
from zwgk.portal.caching import MODERATE_CACHING
from zwgk.portal.caching import OPERATION_MAPPING
from zwgk.portal.caching import PURGED_TYPES
from zwgk.portal.caching import RULESETS
from zwgk.portal.caching import TYPE_RULESETS
from zwgk.setuphandlers.install import ZWGK_TYPES
from zwgk.setuphandlers.install import unset_home_page


def uninstall(context):
    """Post handler of ``zwgk:uninstall``.

    Content (the sections and everything editors made in them) is the
    district's record and is kept; only configuration is removed.
    """
    remove_catalog_indexes()
    unset_home_page()
    registry = api.portal.get_tool("portal_registry")
    for record in list(registry.records.keys()):
        if record.startswith(("zwgk.", f"{MODERATE_CACHING}.zwgk.")):
            del registry.records[record]
    remove_caching_rules(registry)
    _keep(registry, "plone.types_not_searched", lambda name: name not in ZWGK_TYPES)


def remove_caching_rules(registry):
    """Take zwgk's rulesets out of plone.app.caching's mappings (caching
    itself stays as the site had it: it may serve other rules too)."""
    _keep(registry, OPERATION_MAPPING, lambda ruleset, _op: ruleset not in RULESETS)
    _keep(registry, TYPE_RULESETS, lambda _type, ruleset: ruleset not in RULESETS)
    _keep(registry, PURGED_TYPES, lambda name: name not in ZWGK_TYPES)


def _keep(registry, record, wanted):
    """Filter a list or dict record in place: keep the entries ``wanted``
    accepts (a dict entry is given as key and value)."""
    if record not in registry.records or not registry[record]:
        return
    value = registry[record]
    if isinstance(value, dict):
        registry[record] = {k: v for k, v in value.items() if wanted(k, v)}
    else:
        registry[record] = type(value)(v for v in value if wanted(v))
