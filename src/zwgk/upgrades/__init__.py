"""Upgrade steps of ``zwgk:default``.

Profile versions are date-stamped (YYYYMMDDNNN). Each change to the default
profile bumps ``profiles/default/metadata.xml`` and adds a step here, in a
folder ``v<version>/`` with its own ``configure.zcml`` (declarative
``genericsetup:upgradeDepends`` where re-running import steps is enough).

The helpers below are shared by the steps that move content to zwgk's
workflows.
"""

from DateTime import DateTime
from pathlib import Path
from plone import api
from plone.app.registry.exportimport.handler import RegistryImporter
from plone.registry.interfaces import IRegistry
from zope.component import getUtility

import logging


OLD_WORKFLOW = "simple_publication_workflow"
REGISTRY_FILES = Path(__file__).parents[1] / "profiles" / "default" / "registry"


class _Environ:
    """Just enough of a GenericSetup import context for one registry file."""

    def getLogger(self, name):
        return logging.getLogger(name)

    def shouldPurge(self):
        return False


def import_registry_file(name):
    """Import one file of ``profiles/default/registry/``, keeping the values
    of zwgk's records that exist already.

    Upgrades never re-run the whole registry step: it would reset what the
    district changed (extra areas, calendar, limits), and a later profile's
    records may need packages that a later upgrade installs first. A file
    adds its records and their defaults; a value the district set stays.
    """
    registry = getUtility(IRegistry)
    kept = {
        key: registry.records[key].value
        for key in registry.records.keys(min="zwgk.", max="zwgk/")
    }
    RegistryImporter(registry, _Environ()).importDocument(
        (REGISTRY_FILES / name).read_bytes()
    )
    for key, value in kept.items():
        if key in registry.records:
            registry.records[key].value = value


def old_state(obj):
    """The object's last state in Plone's simple publication workflow."""
    history = getattr(obj, "workflow_history", {}).get(OLD_WORKFLOW) or ()
    return history[-1].get("review_state") if history else "private"


def set_state(obj, workflow_id, state, comment):
    """Put ``obj`` in ``state`` of ``workflow_id`` and apply its permissions."""
    workflow_tool = api.portal.get_tool("portal_workflow")
    workflow_tool.setStatusOf(
        workflow_id,
        obj,
        {
            "review_state": state,
            "action": None,
            "actor": api.user.get_current().getId(),
            "comments": comment,
            "time": DateTime(),
        },
    )
    workflow_tool[workflow_id].updateRoleMappingsFor(obj)
    obj.reindexObject(idxs=["review_state", "allowedRolesAndUsers"])
