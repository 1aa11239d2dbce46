"""The publication workflow (信息发布) replaces Plone's simple publication.

Existing information keeps its place: private → 草稿, pending → 待审核,
published → 已公开 (or 已签发（不公开） when it is not proactive).
"""

from DateTime import DateTime
from plone import api


WORKFLOW = "zwgk_publication_workflow"
OLD = "simple_publication_workflow"
STATES = {"private": "draft", "pending": "pending_review", "published": "published"}


def new_state(obj):
    history = getattr(obj, "workflow_history", {}).get(OLD) or ()
    old = history[-1].get("review_state") if history else "private"
    state = STATES.get(old, "draft")
    if state == "published" and obj.disclosure_attribute != "proactive":
        state = "filed"
    return state


def migrate_states(context):
    workflow_tool = api.portal.get_tool("portal_workflow")
    workflow = workflow_tool[WORKFLOW]
    for brain in api.content.find(
        portal_type=["GovernmentInformation", "PolicyInterpretation"]
    ):
        obj = brain.getObject()
        workflow_tool.setStatusOf(
            WORKFLOW,
            obj,
            {
                "review_state": new_state(obj),
                "action": None,
                "actor": api.user.get_current().getId(),
                "comments": "启用信息发布流程",
                "time": DateTime(),
            },
        )
        workflow.updateRoleMappingsFor(obj)
        obj.reindexObject(idxs=["review_state", "allowedRolesAndUsers"])
