"""审核与采纳: staff approve or hide comments and record the adoption of each.

Only the unit's staff may (``zwgk: Moderate comments``, which the unit's
groups hold on their unit's folder alone): another unit's editors get
``Unauthorized``. Approving and hiding take several comments at once;
hiding needs a reason from ``terms.HIDE_REASONS`` and is recorded on the
comment. Adoption outcomes are checked for all comments given before any
is written: a reason is required for everything but 采纳.
"""

from plone import api
from zwgk.participation import comments
from zwgk.participation import terms
from zwgk.participation.intake import can_moderate
from zwgk.participation.validation import Invalid


MAX_NOTE = 500
MAX_REASON = 1000
MAX_SUMMARY = 1000


def _actor():
    return api.user.get_current().getId()


def _require(consultation):
    if not can_moderate(consultation):
        raise comments.NotAllowed("只有本单位的工作人员可以审核意见")


def _found(consultation, keys):
    found, missing = [], []
    for key in keys:
        comment = comments.get(consultation, key)
        (missing if comment is None else found).append(comment or key)
    if missing:
        raise Invalid({"ids": f"没有这些意见：{'、'.join(map(str, missing))}"})
    return found


def approve(consultation, keys):
    """通过: the comments become public (if the consultation shows comments)."""
    _require(consultation)
    found = _found(consultation, keys)
    actor = _actor()
    for comment in found:
        if comment.status != terms.APPROVED:
            comments.set_status(consultation, comment, terms.APPROVED, actor)
    return found


def hide(consultation, keys, reason, note=""):
    """隐藏: never public; the reason is required and recorded."""
    _require(consultation)
    if reason not in dict(terms.HIDE_REASONS):
        choices = "、".join(title for _token, title in terms.HIDE_REASONS)
        raise Invalid({"hide_reason": f"隐藏意见须选择原因（{choices}）"})
    note = str(note or "").strip()
    if len(note) > MAX_NOTE:
        raise Invalid({"hide_note": f"说明不能超过{MAX_NOTE}个字"})
    found = _found(consultation, keys)
    actor = _actor()
    for comment in found:
        comments.set_status(
            consultation, comment, terms.HIDDEN, actor, reason=reason, note=note
        )
    return found


def check_outcome(outcome, reason):
    """The Chinese message for a wrong adoption decision, or None."""
    if outcome not in dict(terms.OUTCOMES):
        return "请选择采纳情况"
    if outcome in terms.REASON_NEEDED and not reason:
        title = terms.title(terms.OUTCOMES, outcome)
        return f"“{title}”须说明理由"
    if len(reason) > MAX_REASON:
        return f"理由不能超过{MAX_REASON}个字"
    return None


def set_outcomes(consultation, decisions):
    """采纳情况 for many comments at once: ``{key: {"outcome", "reason",
    "summary"}}``; all checked first, so a wrong row saves nothing. Raises
    Invalid with one message per comment key."""
    _require(consultation)
    errors, checked = {}, []
    for key, decision in decisions.items():
        comment = comments.get(consultation, key)
        if comment is None:
            errors[key] = "没有这条意见"
            continue
        outcome = decision.get("outcome") or None
        reason = str(decision.get("reason") or "").strip()
        summary = str(decision.get("summary") or "").strip()
        if outcome is None and not reason:
            continue  # nothing decided yet for this one
        message = check_outcome(outcome, reason)
        if message is None and len(summary) > MAX_SUMMARY:
            message = f"意见摘要不能超过{MAX_SUMMARY}个字"
        if message:
            errors[key] = f"{comment.reference}：{message}"
            continue
        checked.append((comment, outcome, reason, summary))
    if errors:
        raise Invalid(errors)
    actor = _actor()
    changed = 0
    for comment, outcome, reason, summary in checked:
        if (comment.outcome, comment.outcome_reason, comment.summary) == (
            outcome,
            reason,
            summary,
        ):
            continue
        comment.outcome, comment.outcome_reason, comment.summary = (
            outcome,
            reason,
            summary,
        )
        comment.record(actor, "outcome", outcome=outcome, reason=reason)
        changed += 1
    return changed


def moderated_consultations(context):
    """The consultations below ``context`` whose comments the user moderates."""
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog(
        portal_type="Consultation",
        path="/".join(context.getPhysicalPath()),
        sort_on="consultation_end",
        sort_order="descending",
    )
    found = []
    for brain in brains:
        consultation = brain.getObject()
        if can_moderate(consultation):
            found.append(consultation)
    return found
