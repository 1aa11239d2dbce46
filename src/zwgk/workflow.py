"""Rules of the publication workflow that a DCWorkflow guard cannot express."""

from Products.CMFCore.WorkflowCore import WorkflowException


COMMENT_REQUIRED = ("reject",)


def require_comment(obj, event):
    """退回 must say why: refuse the transition without a comment."""
    transition = event.transition
    if transition is None or transition.id not in COMMENT_REQUIRED:
        return
    comment = (event.kwargs or {}).get("comment", "")
    if not str(comment or "").strip():
        raise WorkflowException(f"“{transition.title}”需要填写理由（意见）")
