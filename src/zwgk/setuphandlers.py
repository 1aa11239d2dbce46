"""GenericSetup handlers: install, uninstall and the data-driven import steps.

The import steps read JSON files from the profile being applied, so the
portal skeleton (default profile) and the demo district (demo profile) are
data, not code; another district ships its own profile with its own files.
"""

from plone import api
from plone.app.textfield.value import RichTextValue
from Products.CMFCore.indexing import processQueue
from Products.CMFPlone.interfaces import INonInstallable
from zope.interface import implementer
from zwgk.caching import MODERATE_CACHING
from zwgk.caching import OPERATION_MAPPING
from zwgk.caching import PURGED_TYPES
from zwgk.caching import RULESETS
from zwgk.caching import TYPE_RULESETS
from zwgk.catalog import add_catalog_indexes
from zwgk.catalog import remove_catalog_indexes
from zwgk.site_settings import PREFIX as SITE_SETTINGS_PREFIX
from zwgk.unit_groups import ensure_office_group

import json
import logging


logger = logging.getLogger("zwgk")

SECTIONS_FILE = "zwgk_sections.json"
# the content types zwgk adds (profiles/default/types)
ZWGK_TYPES = (
    "OrgUnit",
    "DisclosureDirectory",
    "DisclosureItem",
    "GovernmentInformation",
    "PolicyInterpretation",
    "ApplicationFolder",
    "DisclosureApplication",
    "ParticipationList",
    "ParticipationItem",
    "Consultation",
)
DISTRICT_FILE = "zwgk_district.json"


@implementer(INonInstallable)
class HiddenProfiles:
    def getNonInstallableProfiles(self):
        """Hide the uninstall profile from the add-ons control panel."""
        return ["zwgk:uninstall"]

    def getNonInstallableProducts(self):
        return []


HOME_VIEW = "zwgk-home"


def post_install(context):
    """Post-install handler of ``zwgk:default``."""
    add_catalog_indexes()
    ensure_office_group()
    set_home_page()


def set_home_page(context=None):
    """The site root shows the portal's home page (首页)."""
    api.portal.get().setLayout(HOME_VIEW)


def unset_home_page():
    portal = api.portal.get()
    if portal.getLayout() == HOME_VIEW:
        fti = api.portal.get_tool("portal_types")[portal.portal_type]
        portal.setLayout(fti.default_view)
    fti = api.portal.get_tool("portal_types")[portal.portal_type]
    fti.view_methods = tuple(v for v in fti.view_methods if v != HOME_VIEW)


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


def read_json(context, filename):
    """The parsed JSON file of the profile being applied, or None if absent."""
    data = context.readDataFile(filename)
    if data is None:
        return None
    return json.loads(data.decode("utf-8") if isinstance(data, bytes) else data)


def ensure_folder(container, spec):
    """Create (or update the title of) a published folder described by ``spec``."""
    obj = container.get(spec["id"])
    if obj is None:
        obj = api.content.create(
            container=container,
            type=spec.get("type", "Folder"),
            id=spec["id"],
            title=spec["title"],
            description=spec.get("description", ""),
        )
        logger.info("Created section %s (%s)", spec["id"], spec["title"])
    else:
        obj.title = spec["title"]
        obj.description = spec.get("description", obj.description)
    if spec.get("layout"):
        obj.setLayout(spec["layout"])
    if api.content.get_state(obj, default=None) not in (None, "published"):
        api.content.transition(obj, to_state="published")
    obj.reindexObject()
    return obj


def import_sections(context):
    """Create the portal's top sections (首页 is the site root itself)."""
    spec = read_json(context, SECTIONS_FILE)
    if spec is None:
        return
    portal = api.portal.get()
    for position, section in enumerate(spec["sections"]):
        ensure_folder(portal, section)
        portal.moveObjectToPosition(section["id"], position)
        for child in section.get("children", []):
            ensure_folder(portal[section["id"]], child)
    # Index now: reindexing left queued until the profile's commit was seen
    # to leave the navigation indexes (exclude_from_nav) empty.
    processQueue()


def import_district(context):
    """Apply the district's identity (names live in the profile's data)."""
    district = read_json(context, DISTRICT_FILE)
    if district is None:
        return
    portal = api.portal.get()
    portal.title = district["site_title"]
    portal.description = district.get("site_description", "")
    api.portal.set_registry_record("plone.site_title", district["site_title"])
    if district.get("email_from_address"):
        api.portal.set_registry_record(
            "plone.email_from_address", district["email_from_address"]
        )
        api.portal.set_registry_record(
            "plone.email_from_name",
            district.get("email_from_name", district["site_title"]),
        )
    # 网站标识 shown in the footer (zwgk.site_settings)
    for name, value in district.get("site_settings", {}).items():
        api.portal.set_registry_record(f"{SITE_SETTINGS_PREFIX}.{name}", value)
    for page in district.get("pages", []):
        ensure_page(portal, page)
    portal.reindexObject()


def ensure_page(portal, spec):
    """Create a published page of district text inside an existing section."""
    container = (
        portal.unrestrictedTraverse(spec["container"])
        if spec.get("container")
        else portal
    )
    if spec["id"] in container:
        return container[spec["id"]]
    page = api.content.create(
        container=container,
        type="Document",
        id=spec["id"],
        title=spec["title"],
        description=spec.get("description", ""),
        text=RichTextValue(spec.get("text", ""), "text/html", "text/x-html-safe"),
        # pages beside the top sections stay out of the main navigation
        exclude_from_nav=spec.get("exclude_from_nav", False),
    )
    api.content.transition(page, to_state="published")
    return page
