"""Directories get their own workflow; their items follow them.

private → 草稿, pending → 待审核, published → 已发布. Items lose the
permission settings the old workflow left on them, so they acquire the
directory's; each directory's competent department gets its local role.
"""

from plone import api
from zwgk.units.groups import grant_competent_department
from zwgk.upgrades import old_state
from zwgk.upgrades import set_state


WORKFLOW = "zwgk_directory_workflow"
STATES = {"private": "draft", "pending": "pending_review", "published": "published"}
ITEM_PERMISSIONS = (
    "Access contents information",
    "Modify portal content",
    "View",
    "Delete objects",
)


def migrate_directories(context):
    for brain in api.content.find(portal_type="DisclosureDirectory"):
        directory = brain.getObject()
        state = STATES.get(old_state(directory), "draft")
        set_state(directory, WORKFLOW, state, "启用标准目录审核流程")
        grant_competent_department(directory)
        for item in directory.items_in_order():
            for permission in ITEM_PERMISSIONS:
                item.manage_permission(permission, roles=[], acquire=True)
            item.reindexObjectSecurity()
