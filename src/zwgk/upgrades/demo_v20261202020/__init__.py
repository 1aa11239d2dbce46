"""Demo profile: messages in every state and two 舆情 events, for a demo
district loaded before they existed (once: nothing if there are some)."""

from pathlib import Path
from plone import api
from zwgk.citizen_messages.demo import load_messages
from zwgk.citizen_messages.lists import all_messages
from zwgk.demo.district import SECTION
from zwgk.public_opinion.demo import load_opinions

import json


DISTRICT = Path(__file__).parents[2] / "profiles" / "demo" / "district"


def _read(name):
    return json.loads((DISTRICT / name).read_text(encoding="utf-8"))


def add_messages_and_opinions(context):
    section = api.portal.get().get(SECTION)
    if section is None or "jqz" not in section or all_messages():
        return
    load_messages(section, _read("messages.json"))
    catalog = api.portal.get_tool("portal_catalog")
    if not catalog.unrestrictedSearchResults(portal_type="OpinionEvent"):
        load_opinions(section, _read("opinions.json"))
