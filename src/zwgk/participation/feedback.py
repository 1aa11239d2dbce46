"""采纳情况说明: the feedback on a consultation's comments, built from them.

Counts by channel and outcome, the table of comments (no personal data:
the text or the staff's summary of it, never a name or a contact) with
outcome and reason, and the editable summary. Publishing it needs the
consultation closed, no comment waiting for moderation and an outcome for
every comment to be answered; it freezes counts and table as published,
marks the consultation 已反馈 and writes to every commenter who left an
email, after the transaction commits (a failed request mails nobody, a
refusing mail server does not undo the publication).

Comments hidden as spam or abuse are not answered; those hidden as off
topic or for personal data are (their text is replaced in the table unless
staff summarised it).
"""

from datetime import UTC
from datetime import datetime
from email.header import Header
from email.mime.text import MIMEText
from email.utils import formataddr
from plone import api
from zwgk.participation import comments
from zwgk.participation import periods
from zwgk.participation import terms
from zwgk.participation.validation import Invalid

import logging
import transaction


logger = logging.getLogger(__name__)
NOT_ANSWERED = frozenset({terms.SPAM, terms.ABUSE})
MASKED = "（该意见含个人信息，内容不予公开）"
MAX_SUMMARY = 10000


def answerable(consultation):
    """The comments the feedback answers, oldest first."""
    return [
        c
        for c in comments.all_comments(consultation)
        if c.status == terms.APPROVED
        or (c.status == terms.HIDDEN and c.hide_reason not in NOT_ANSWERED)
    ]


def problems(consultation, day=None):
    """Why the feedback cannot be published yet (Chinese), empty if it can."""
    found = []
    if api.content.get_state(consultation, default=None) != "published":
        found.append("意见征集尚未发布")
    state = consultation.consultation_state(day)
    if state in (periods.UPCOMING, periods.OPEN):
        end = periods.chinese_date(consultation.end)
        found.append(f"意见征集尚未截止（{end}截止），截止后才能发布采纳情况说明")
    pending = sum(
        1 for c in comments.all_comments(consultation) if c.status == terms.PENDING
    )
    if pending:
        found.append(f"还有{pending}条意见待审核")
    undecided = sum(1 for c in answerable(consultation) if not c.outcome)
    if undecided:
        found.append(f"还有{undecided}条意见未填写采纳情况")
    return found


def table_text(comment):
    if comment.summary:
        return comment.summary
    if comment.status == terms.HIDDEN and comment.hide_reason == terms.PERSONAL_DATA:
        return MASKED
    return comment.text


def rows(items):
    """The feedback table: number, channel, text, outcome, reason."""
    return [
        {
            "number": number,
            "reference": comment.reference,
            "channel": terms.title(terms.COMMENT_CHANNELS, comment.channel),
            "text": table_text(comment),
            "outcome": comment.outcome or "",
            "outcome_title": terms.title(terms.OUTCOMES, comment.outcome, "未填写"),
            "reason": comment.outcome_reason or "",
        }
        for number, comment in enumerate(items, start=1)
    ]


def counts(items):
    """Counts by channel (rows) and outcome (columns), with totals."""
    outcomes = [token for token, _title in terms.OUTCOMES]
    by_channel = []
    for token, title in terms.COMMENT_CHANNELS:
        mine = [c for c in items if c.channel == token]
        if not mine:
            continue
        by_channel.append(
            {
                "token": token,
                "title": title,
                "counts": {o: sum(1 for c in mine if c.outcome == o) for o in outcomes},
                "total": len(mine),
            }
        )
    return {
        "outcomes": [{"token": t, "title": title} for t, title in terms.OUTCOMES],
        "channels": by_channel,
        "totals": {o: sum(1 for c in items if c.outcome == o) for o in outcomes},
        "total": len(items),
    }


def draft(consultation):
    """What the feedback page previews before publishing."""
    items = answerable(consultation)
    return {"counts": counts(items), "rows": rows(items)}


def published(consultation):
    """The published feedback (as frozen at publication), or None."""
    if not consultation.feedback_published:
        return None
    return {
        "published": consultation.feedback_published,
        "summary": consultation.feedback_summary or "",
        "counts": consultation.feedback_counts,
        "rows": list(consultation.feedback_rows),
    }


def publish(consultation, summary, day=None):
    """发布采纳情况说明; returns the number of commenters written to."""
    if not api.user.has_permission(comments.PUBLISH_FEEDBACK, obj=consultation):
        raise comments.NotAllowed("只有本单位的签发人可以发布采纳情况说明")
    summary = str(summary or "").strip()
    errors = problems(consultation, day)
    if not summary:
        errors.append("请填写采纳情况说明")
    elif len(summary) > MAX_SUMMARY:
        errors.append(f"采纳情况说明不能超过{MAX_SUMMARY}个字")
    if errors:
        raise Invalid({"feedback": "；".join(errors)})
    items = answerable(consultation)
    consultation.feedback_summary = summary
    consultation.feedback_counts = counts(items)
    consultation.feedback_rows = tuple(rows(items))
    republished = bool(consultation.feedback_published)
    consultation.feedback_published = day or periods.today()
    consultation.feedback_by = api.user.get_current().getId()
    consultation.feedback_history = (
        *getattr(consultation, "feedback_history", ()),
        {
            "when": datetime.now(UTC),
            "actor": consultation.feedback_by,
            "action": "republish" if republished else "publish",
        },
    )
    consultation.reindexObject(idxs=["consultation_answered", "zwgk_text"])
    return notify_commenters(consultation, items)


MAIL = """您好：

您对《{title}》提出的意见，{unit}已经研究处理。采纳情况说明已于{date}公布：
{url}

{outcomes}

感谢您的参与和支持。
本邮件由系统自动发送，请勿回复。
"""


def _outcome_line(comment):
    outcome = terms.title(terms.OUTCOMES, comment.outcome)
    line = f"您的意见（{comment.reference}）：{outcome}"
    if comment.outcome_reason:
        line += f"。理由：{comment.outcome_reason}"
    return line


def messages(consultation, items):
    """(address, subject, body) for each commenter who left an email."""
    from zwgk.index_numbers import owning_unit

    unit = owning_unit(consultation)
    by_address = {}
    for comment in items:
        address = (comment.email or "").strip()
        if address:
            by_address.setdefault(address.lower(), (address, []))[1].append(comment)
    subject = f"意见采纳情况反馈：《{consultation.Title()}》"
    found = []
    for address, mine in by_address.values():
        body = MAIL.format(
            title=consultation.Title(),
            unit=unit.Title() if unit is not None else "我们",
            date=periods.chinese_date(consultation.feedback_published),
            url=consultation.absolute_url(),
            outcomes="\n".join(_outcome_line(c) for c in mine),
        )
        found.append((address, subject, body))
    return found


def notify_commenters(consultation, items):
    """Queue the mails; they go out once the transaction has committed."""
    found = messages(consultation, items)
    if not found:
        return 0
    sender = api.portal.get_registry_record("plone.email_from_address", default="")
    if not sender:
        logger.warning("no sender address configured: feedback mails not sent")
        return 0
    name = api.portal.get_registry_record("plone.email_from_name", default="") or ""
    mailhost = api.portal.get_tool("MailHost")
    prepared = []
    for address, subject, body in found:
        message = MIMEText(body, "plain", "utf-8")
        message["Subject"] = Header(subject, "utf-8")
        message["From"] = formataddr((name, sender), charset="utf-8")
        message["To"] = address
        prepared.append((address, message))
    transaction.get().addAfterCommitHook(_send, args=(mailhost, sender, prepared))
    return len(prepared)


def _send(committed, mailhost, sender, prepared):
    if not committed:
        return
    for address, message in prepared:
        try:
            mailhost.send(message, mto=address, mfrom=sender, immediate=True)
        except Exception:  # one bad address or server must not stop the others
            logger.exception("feedback mail to %s failed", address)
