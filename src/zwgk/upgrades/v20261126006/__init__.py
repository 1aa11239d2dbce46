"""The publication workflow (信息发布) replaces Plone's simple publication.

Existing information keeps its place: private → 草稿, pending → 待审核,
published → 已公开 (or 已签发（不公开） when it is not proactive).
"""

from plone import api
from zwgk.upgrades import old_state
from zwgk.upgrades import set_state


WORKFLOW = "zwgk_publication_workflow"
STATES = {"private": "draft", "pending": "pending_review", "published": "published"}


def new_state(obj):
    state = STATES.get(old_state(obj), "draft")
    if state == "published" and obj.disclosure_attribute != "proactive":
        state = "filed"
    return state


def migrate_states(context):
    for brain in api.content.find(
        portal_type=["GovernmentInformation", "PolicyInterpretation"]
    ):
        obj = brain.getObject()
        set_state(obj, WORKFLOW, new_state(obj), "启用信息发布流程")
