"""What the unit's staff use (permission ``zwgk: Moderate comments``).

- ``@@comment-moderation`` on a unit, the section, the site or one
  consultation: the comments waiting for moderation across the
  consultations below, identical and near-identical ones grouped with a
  count; approve or hide several at once (hiding with a reason).
- ``@@comment-adoption`` on a consultation: the outcome of many comments at
  once (采纳 / 部分采纳 / 未采纳 / 不属于征集范围, a reason for all but 采纳).
- ``@@participation-feedback``: the 采纳情况说明 built from the outcomes,
  its summary, and publishing it (the unit's 签发人).
- ``@@register-comment``: a comment received by letter, phone, email or at
  a meeting.
- ``@@feedback-due``: closed consultations still owing their feedback, with
  the days since closing.
- ``@@comment-export?format=xlsx|csv``: all comments with contact data.
"""

from AccessControl import Unauthorized
from plone import api
from plone.protect import CheckAuthenticator
from Products.Five import BrowserView
from zExceptions import BadRequest
from zwgk.codes import CHINA
from zwgk.directories.exporter import set_download_headers
from zwgk.index_numbers import owning_unit
from zwgk.participation import comments
from zwgk.participation import duplicates
from zwgk.participation import feedback
from zwgk.participation import moderation
from zwgk.participation import periods
from zwgk.participation import terms
from zwgk.participation.export import UnknownFormat
from zwgk.participation.export import export_comments
from zwgk.participation.intake import Closed
from zwgk.participation.intake import can_moderate
from zwgk.participation.intake import register_by_staff
from zwgk.participation.validation import Invalid


def _when(comment):
    return comment.created.astimezone(CHINA).strftime("%Y-%m-%d %H:%M")


def staff_row(comment, consultation=None):
    """A comment as staff see it in their lists (contact data included)."""
    return {
        "key": comment.key,
        "id": f"{consultation.UID()}:{comment.key}" if consultation else comment.key,
        "reference": comment.reference,
        "when": _when(comment),
        "channel": terms.title(terms.COMMENT_CHANNELS, comment.channel),
        "name": comment.name,
        "email": comment.email,
        "phone": comment.phone,
        "address": comment.address,
        "text": comment.text,
        "in_reply_to": comment.in_reply_to,
        "status": comment.status,
        "status_title": terms.title(terms.STATUSES, comment.status),
        "hide_reason": terms.title(terms.HIDE_REASONS, comment.hide_reason, "")
        if comment.hide_reason
        else "",
        "hide_note": comment.hide_note,
        "outcome": comment.outcome or "",
        "outcome_reason": comment.outcome_reason,
        "summary": comment.summary,
        "group": None,
    }


class StaffView(BrowserView):
    errors = {}
    message = ""

    def hide_reasons(self):
        return terms.HIDE_REASONS

    def outcomes(self):
        return terms.OUTCOMES


class ModerationView(StaffView):
    """审核意见: pending (or hidden, or approved) comments, by consultation."""

    STATUSES = (terms.PENDING, terms.HIDDEN, terms.APPROVED)

    def __call__(self):
        self.errors, self.message = {}, ""
        if self.request.method == "POST":
            CheckAuthenticator(self.request)
            self.handle()
        return self.index()

    def status(self):
        status = self.request.form.get("status")
        return status if status in self.STATUSES else terms.PENDING

    def statuses(self):
        url = f"{self.context.absolute_url()}/@@comment-moderation"
        return [
            {
                "token": token,
                "title": terms.title(terms.STATUSES, token),
                "url": f"{url}?status={token}",
                "current": token == self.status(),
            }
            for token in self.STATUSES
        ]

    def _consultations(self):
        return {c.UID(): c for c in moderation.moderated_consultations(self.context)}

    def handle(self):
        form = self.request.form
        action = form.get("action")
        ids = form.get("ids") or []
        ids = [ids] if isinstance(ids, str) else list(ids)
        if action not in ("approve", "hide"):
            self.message = "请选择操作：通过或隐藏"
            return
        if not ids:
            self.message = "请先勾选要处理的意见"
            return
        by_consultation, known = {}, self._consultations()
        for value in ids:
            uid, _sep, key = str(value).partition(":")
            if uid not in known:
                raise Unauthorized("只能审核本单位的意见")
            by_consultation.setdefault(uid, []).append(key)
        try:
            for uid, keys in by_consultation.items():
                if action == "approve":
                    moderation.approve(known[uid], keys)
                else:
                    moderation.hide(
                        known[uid],
                        keys,
                        form.get("hide_reason"),
                        form.get("hide_note", ""),
                    )
        except Invalid as error:
            self.errors = error.errors
            self.message = "；".join(error.errors.values())
            self.request.response.setStatus(400)
            return
        done = sum(len(keys) for keys in by_consultation.values())
        verb = "通过" if action == "approve" else "隐藏"
        api.portal.show_message(f"已{verb}{done}条意见", request=self.request)

    def sections(self):
        """[{consultation, rows, groups}] with comments in the chosen status."""
        status, found = self.status(), []
        for consultation in self._consultations().values():
            mine = [
                c for c in comments.all_comments(consultation) if c.status == status
            ]
            if not mine:
                continue
            marks = duplicates.group_of(mine)
            rows = []
            for comment in mine:
                row = staff_row(comment, consultation)
                row["group"] = marks.get(comment.key)
                rows.append(row)
            groups = [
                {
                    "number": number,
                    "size": len(group),
                    "text": group[0].text,
                    "ids": [f"{consultation.UID()}:{c.key}" for c in group],
                }
                for number, group in enumerate(duplicates.groups(mine), start=1)
            ]
            found.append(
                {
                    "title": consultation.Title(),
                    "url": consultation.absolute_url(),
                    "state": periods.state_title(consultation.consultation_state()),
                    "unit": _unit(consultation),
                    "rows": rows,
                    "groups": groups,
                }
            )
        return found


def _unit(obj):
    unit = owning_unit(obj)
    return unit.Title() if unit is not None else ""


class AdoptionView(StaffView):
    """采纳情况: one form for all comments to answer."""

    def __call__(self):
        self.errors, self.message = {}, ""
        if self.request.method == "POST":
            CheckAuthenticator(self.request)
            self.handle()
        return self.index()

    def handle(self):
        form, decisions = self.request.form, {}
        for key in form.get("keys") or []:
            decisions[key] = {
                "outcome": form.get(f"outcome.{key}") or None,
                "reason": form.get(f"reason.{key}", ""),
                "summary": form.get(f"summary.{key}", ""),
            }
        # 同组统一填写: one decision for a whole group of duplicates
        group = form.get("group_keys")
        if group:
            group = [group] if isinstance(group, str) else list(group)
            decision = {
                "outcome": form.get("group_outcome") or None,
                "reason": form.get("group_reason", ""),
            }
            for key in group:
                comment = comments.get(self.context, key)
                summary = comment.summary if comment is not None else ""
                decisions[key] = {**decision, "summary": summary}
        try:
            changed = moderation.set_outcomes(self.context, decisions)
        except Invalid as error:
            self.errors = error.errors
            self.message = "采纳情况未保存，请改正标出的问题"
            self.request.response.setStatus(400)
            return
        api.portal.show_message(
            f"已保存{changed}条意见的采纳情况", request=self.request
        )

    def rows(self):
        items = feedback.answerable(self.context)
        marks = duplicates.group_of(items)
        form = self.request.form if self.errors else {}
        found = []
        for comment in items:
            row = staff_row(comment)
            row["group"] = marks.get(comment.key)
            key = comment.key
            row["outcome"] = form.get(f"outcome.{key}", row["outcome"])
            row["outcome_reason"] = form.get(f"reason.{key}", row["outcome_reason"])
            row["summary"] = form.get(f"summary.{key}", row["summary"])
            row["error"] = self.errors.get(key, "")
            found.append(row)
        return found

    def groups(self):
        return [
            {
                "number": number,
                "size": len(group),
                "text": group[0].text,
                "keys": [c.key for c in group],
            }
            for number, group in enumerate(
                duplicates.groups(feedback.answerable(self.context)), start=1
            )
        ]

    def pending(self):
        return sum(
            1 for c in comments.all_comments(self.context) if c.status == terms.PENDING
        )


def default_summary(consultation, counts):
    totals, titles = counts["totals"], dict(terms.OUTCOMES)
    parts = "，".join(
        f"{titles[token]}{totals[token]}条" for token, _title in terms.OUTCOMES
    )
    start = periods.chinese_date(consultation.start)
    end = periods.chinese_date(consultation.end)
    return (
        f"{start}至{end}，我们就《{consultation.Title()}》公开征求社会公众意见，"
        f"共收到意见建议{counts['total']}条。经认真研究，{parts}。"
        "未采纳的主要原因见下表。感谢社会各界的关心和支持！"
    )


class FeedbackView(StaffView):
    """采纳情况说明: preview, summary, publish (签发人)."""

    def __call__(self):
        self.errors, self.message = {}, ""
        if self.request.method == "POST":
            CheckAuthenticator(self.request)
            self.handle()
        return self.index()

    def handle(self):
        form = self.request.form
        summary = form.get("summary", "")
        if "form.save" in form:
            self.context._feedback_draft = str(summary).strip()
            api.portal.show_message("已保存草稿", request=self.request)
            return
        try:
            sent = feedback.publish(self.context, summary)
        except Invalid as error:
            self.errors = error.errors
            self.message = error.errors.get("feedback", "")
            self.request.response.setStatus(400)
            return
        api.portal.show_message(
            f"采纳情况说明已发布，将邮件告知{sent}位留下邮箱的意见人",
            request=self.request,
        )
        self.request.response.redirect(f"{self.context.absolute_url()}#feedback")

    def preview(self):
        return feedback.draft(self.context)

    def problems(self):
        return feedback.problems(self.context)

    def summary(self):
        if self.request.method == "POST":
            return self.request.form.get("summary", "")
        return (
            getattr(self.context, "_feedback_draft", None)
            or self.context.feedback_summary
            or default_summary(self.context, self.preview()["counts"])
        )

    def can_publish(self):
        return api.user.has_permission(comments.PUBLISH_FEEDBACK, obj=self.context)

    def published(self):
        return self.context.feedback_published


class RegisterCommentView(StaffView):
    """登记意见: received by letter, phone, email or at a meeting."""

    done = None

    def __call__(self):
        self.errors, self.message, self.done = {}, "", None
        if self.request.method == "POST":
            CheckAuthenticator(self.request)
            self.handle()
        return self.index()

    def handle(self):
        form = self.request.form
        data = {
            name: form.get(name, "")
            for name in ("channel", "received_on", "name", "email", "phone")
        }
        data.update(
            address=form.get("address", ""),
            text=form.get("text", ""),
            approve=bool(form.get("approve")),
        )
        try:
            comment = register_by_staff(self.context, data)
        except Invalid as error:
            self.errors = error.errors
            self.message = "意见未登记，请改正标出的问题"
            self.request.response.setStatus(400)
            return
        except Closed as error:
            self.message = error.message
            self.request.response.setStatus(409)
            return
        self.done = comment.reference
        api.portal.show_message(
            f"已登记意见（编号{comment.reference}）", request=self.request
        )

    def channels(self):
        return terms.STAFF_CHANNELS

    def value(self, name, default=""):
        if self.done:
            return default
        return self.request.form.get(name, default)


class FeedbackDueView(BrowserView):
    """待反馈: closed consultations without feedback, longest closed first."""

    def rows(self):
        day = periods.today()
        catalog = api.portal.get_tool("portal_catalog")
        brains = catalog(
            portal_type="Consultation",
            path="/".join(self.context.getPhysicalPath()),
            sort_on="consultation_end",
            **periods.state_query(periods.CLOSED, day),
        )
        found = []
        for brain in brains:
            consultation = brain.getObject()
            if not can_moderate(consultation):
                continue
            items = comments.all_comments(consultation)
            found.append(
                {
                    "title": brain.Title,
                    "url": brain.getURL(),
                    "unit": _unit(consultation),
                    "end": consultation.end.isoformat(),
                    "days": periods.days_since_closing(consultation.end, day),
                    "total": len(items),
                    "pending": sum(1 for c in items if c.status == terms.PENDING),
                    "undecided": sum(
                        1 for c in feedback.answerable(consultation) if not c.outcome
                    ),
                }
            )
        return found


class CommentExportView(BrowserView):
    """``@@comment-export?format=xlsx|csv``: every comment, contact data included."""

    def __call__(self):
        try:
            data, content_type, filename = export_comments(
                self.context, self.request.form.get("format", "xlsx")
            )
        except UnknownFormat as error:
            raise BadRequest(str(error)) from None
        set_download_headers(self.request.response, filename, content_type, len(data))
        return data
