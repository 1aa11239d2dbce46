"""Rules no form can be relied on for: every path obeys them.

A consultation's period (≥ 30 days or a reason), channels and events are
schema invariants, which the add and edit forms, plone.restapi and the bulk
loader check. Code that sets fields directly (plone.api, scripts) is caught
here when the object is added or modified, and a consultation that breaks
them cannot be submitted or published.
"""

from Products.CMFCore.WorkflowCore import WorkflowException
from zope.interface import Invalid
from zwgk.content_types.consultation import consultation_errors


def check_consultation(obj, event=None):
    errors = consultation_errors(obj)
    if errors:
        raise Invalid(errors[0])


def check_before_transition(obj, event):
    if event.transition is None:
        return
    errors = consultation_errors(obj)
    if errors:
        raise WorkflowException(f"“{event.transition.title}”未执行：{errors[0]}")


def forget_comments(obj, event=None):
    """A copy is a new consultation: no comments, no feedback."""
    obj.reset_comments()
    for name in (
        "feedback_summary",
        "feedback_published",
        "feedback_rows",
        "feedback_counts",
        "feedback_by",
        "feedback_history",
    ):
        obj.__dict__.pop(name, None)


def reindex_list(item, event=None):
    """A row changed: the list's search text holds the rows."""
    parent = getattr(item, "__parent__", None)
    if parent is not None and getattr(parent, "portal_type", "") == "ParticipationList":
        parent.reindexObject(idxs=["zwgk_text"])
