"""Upgrade steps of ``zwgk:default``.

Profile versions are date-stamped (YYYYMMDDNNN). Each change to the default
profile bumps ``profiles/default/metadata.xml`` and adds a step here, in a
folder ``v<version>/`` with its own ``configure.zcml`` (declarative
``genericsetup:upgradeDepends`` where re-running import steps is enough).

The helpers below are shared by the steps that move content to zwgk's
workflows.
"""

from DateTime import DateTime
from plone import api


OLD_WORKFLOW = "simple_publication_workflow"


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
