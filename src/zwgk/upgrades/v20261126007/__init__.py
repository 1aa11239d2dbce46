"""Directories get their own workflow; their items follow them.

private → 草稿, pending → 待审核, published → 已发布. Items lose the
permission settings the old workflow left on them, so they acquire the
directory's; each directory's competent department gets its local role.
"""

from DateTime import DateTime
from plone import api
from zwgk.unit_groups import grant_competent_department


WORKFLOW = "zwgk_directory_workflow"
OLD = "simple_publication_workflow"
STATES = {"private": "draft", "pending": "pending_review", "published": "published"}
ITEM_PERMISSIONS = (
    "Access contents information",
    "Modify portal content",
    "View",
    "Delete objects",
)


def migrate_directories(context):
    workflow_tool = api.portal.get_tool("portal_workflow")
    workflow = workflow_tool[WORKFLOW]
    for brain in api.content.find(portal_type="DisclosureDirectory"):
        directory = brain.getObject()
        history = getattr(directory, "workflow_history", {}).get(OLD) or ()
        old = history[-1].get("review_state") if history else "private"
        workflow_tool.setStatusOf(
            WORKFLOW,
            directory,
            {
                "review_state": STATES.get(old, "draft"),
                "action": None,
                "actor": api.user.get_current().getId(),
                "comments": "启用标准目录审核流程",
                "time": DateTime(),
            },
        )
        workflow.updateRoleMappingsFor(directory)
        grant_competent_department(directory)
        for item in directory.items_in_order():
            for permission in ITEM_PERMISSIONS:
                item.manage_permission(permission, roles=[], acquire=True)
            item.reindexObjectSecurity()
        directory.reindexObject(idxs=["review_state", "allowedRolesAndUsers"])
