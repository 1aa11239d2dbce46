"""The district's data applied by import steps: sections, site settings, pages.

The steps read JSON files from the profile being applied, so the portal
skeleton (default profile) and the demo district (demo profile) are data,
not code; another district ships its own profile with its own files.
"""

from plone import api
from plone.app.textfield.value import RichTextValue
from Products.CMFCore.indexing import processQueue
from zwgk.portal.settings import PREFIX as SITE_SETTINGS_PREFIX

import json
import logging


logger = logging.getLogger("zwgk")


SECTIONS_FILE = "zwgk_sections.json"


DISTRICT_FILE = "zwgk_district.json"


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
    # 网站标识 shown in the footer (zwgk.portal.settings)
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
