"""Demo profile: the demo district's 公众参与 (lists and consultations)."""

from pathlib import Path
from plone import api
from zwgk.participation import demo

import json


DEMO = Path(__file__).parents[2] / "profiles" / "demo"


def read(name):
    path = DEMO / name
    return path.read_bytes() if path.is_file() else None


def add_participation(context):
    site = api.portal.get()
    if demo.SECTION in site.objectIds():
        spec = json.loads(read(demo.FILE).decode("utf-8"))
        demo.load(site, spec, read)
