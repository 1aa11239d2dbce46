"""REST: ``@consultation-comments`` on a consultation (意见征集).

- ``GET``: the comment form as JSON Schema (Chinese titles), with the
  consultation's state and whether it takes comments now.
- ``POST`` (JSON): submit a comment, 201 with its number; 400 with
  ``errors`` per field (nothing stored), 409 once closed (or not yet open),
  429 beyond the hourly limit. Staff who name a ``channel`` (letter, phone,
  email, meeting) with ``received_on`` register a comment received that
  way; anybody else naming one gets 403.
- ``GET /public?page=N``: the approved comments, 20 a page, newest first,
  with the masked name only.
- ``GET /all?status=pending|approved|hidden``: staff only, contact data,
  moderation and duplicate groups.
- ``PATCH /<id>``: staff only; ``status`` (approved / hidden with
  ``hide_reason``), ``outcome`` with ``outcome_reason``, ``summary``.
- ``GET /feedback``: the published 采纳情况说明; ``POST /feedback`` with
  ``summary`` publishes it (the unit's 签发人).
"""

from AccessControl import Unauthorized
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from plone.restapi.services import Service
from zope.interface import alsoProvides
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse
from zwgk.participation import comments
from zwgk.participation import duplicates
from zwgk.participation import feedback
from zwgk.participation import moderation
from zwgk.participation import periods
from zwgk.participation import terms
from zwgk.participation.intake import Closed
from zwgk.participation.intake import Invalid
from zwgk.participation.intake import RateLimited
from zwgk.participation.intake import can_moderate
from zwgk.participation.intake import closed_message
from zwgk.participation.intake import register_by_staff
from zwgk.participation.intake import submit_online
from zwgk.participation.validation import FIELDS
from zwgk.participation.validation import MIN_TEXT


STAFF_ONLY = "只有本单位的工作人员可以查看和处理意见"


def state_info(consultation):
    token = consultation.consultation_state()
    info = {
        "token": token,
        "title": periods.state_title(token),
        "start": consultation.start.isoformat(),
        "end": consultation.end.isoformat(),
        "days": periods.period_days(consultation.start, consultation.end),
    }
    if token == periods.OPEN:
        info["days_left"] = periods.days_left(consultation.end)
    if periods.is_short(consultation.start, consultation.end):
        info["short_period_reason"] = consultation.short_period_reason or ""
    return info


def json_schema(consultation):
    """The comment form, for headless clients."""
    required = ["text"]
    properties = {}
    for name, (label, max_length) in FIELDS.items():
        properties[name] = {"type": "string", "title": label, "maxLength": max_length}
    properties["email"]["format"] = "email"
    properties["email"]["description"] = "采纳情况说明发布后将邮件告知"
    properties["text"].update(format="textarea", minLength=MIN_TEXT)
    properties["text"]["description"] = "纯文本，不能包含 HTML 标签"
    properties["in_reply_to"] = {
        "type": "string",
        "title": "回复的意见",
        "description": "所回复的已公开意见的 id（见 @consultation-comments/public）",
    }
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"对《{consultation.Title()}》提出意见",
        "description": "意见经工作人员审核后公开；姓名只显示首字，联系方式不公开。",
        "type": "object",
        "properties": properties,
        "required": required,
    }
    if consultation.contact_required:
        required.append("name")
        schema["anyOf"] = [{"required": ["phone"]}, {"required": ["email"]}]
        schema["description"] += "本次征集须留姓名和联系电话或电子邮箱。"
    message = closed_message(consultation)
    schema["x-zwgk"] = {
        "consultation": consultation.absolute_url(),
        "state": state_info(consultation),
        "accepts_comments": message is None,
        "message": message or "",
        "show_comments": bool(consultation.show_comments),
    }
    return schema


@implementer(IPublishTraverse)
class TraversingService(Service):
    def __init__(self, context, request):
        super().__init__(context, request)
        self.params = []

    def publishTraverse(self, request, name):
        self.params.append(name)
        return self

    def error(self, status, kind, message, **extra):
        self.request.response.setStatus(status)
        return {"type": kind, "message": message, **extra}

    def body(self):
        try:
            data = json_body(self.request)
        except Exception:
            data = None
        return data


class CommentsGet(TraversingService):
    def reply(self):
        if not self.params:
            return json_schema(self.context)
        what = self.params[0]
        if what == "public" and len(self.params) == 1:
            return self.public()
        if what == "all" and len(self.params) == 1:
            return self.all()
        if what == "feedback" and len(self.params) == 1:
            published = feedback.published(self.context)
            if published is None:
                return self.error(404, "NotFound", "采纳情况说明尚未发布")
            return {**published, "published": published["published"].isoformat()}
        return self.error(404, "NotFound", "没有这项内容")

    def public(self):
        consultation = self.context
        try:
            page = max(1, int(self.request.form.get("page", 1)))
        except (TypeError, ValueError):
            page = 1
        total = comments.approved_count(consultation)
        result = {
            "@id": f"{consultation.absolute_url()}/@consultation-comments/public",
            "items_total": total if consultation.show_comments else 0,
            "page": page,
            "pages": max(1, -(-total // comments.PAGE_SIZE)),
            "items": [],
        }
        if not consultation.show_comments:
            result["message"] = "本次征集不公开意见内容，只公布采纳情况说明"
            return result
        start = (page - 1) * comments.PAGE_SIZE
        result["items"] = [
            comments.public(c) for c in comments.approved_page(consultation, start)
        ]
        return result

    def all(self):
        if not can_moderate(self.context):
            return self.error(403, "Forbidden", STAFF_ONLY)
        status = self.request.form.get("status")
        items = comments.all_comments(self.context)
        if status in dict(terms.STATUSES):
            items = [c for c in items if c.status == status]
        marks = duplicates.group_of(items)
        found = []
        for comment in items:
            row = comments.private(comment)
            group = marks.get(comment.key)
            row["duplicate_group"] = (
                {"number": group[0], "size": group[1]} if group else None
            )
            found.append(row)
        return {"items_total": len(found), "items": found}


class CommentsPost(TraversingService):
    def reply(self):
        # A public endpoint: there is no session for a CSRF token to protect.
        alsoProvides(self.request, IDisableCSRFProtection)
        data = self.body()
        if self.params == ["feedback"]:
            return self.publish(data if isinstance(data, dict) else {})
        if self.params:
            return self.error(404, "NotFound", "没有这项内容")
        staff = isinstance(data, dict) and data.get("channel") not in (
            None,
            "",
            terms.ONLINE,
        )
        try:
            if staff:
                comment = register_by_staff(self.context, data)
            else:
                comment = submit_online(self.context, data, self.request)
        except Invalid as error:
            return self.error(
                400, "BadRequest", "意见未提交，请改正以下问题", errors=error.errors
            )
        except Closed as error:
            return self.error(409, "Conflict", error.message)
        except RateLimited as error:
            return self.error(429, "TooManyRequests", error.message)
        except Unauthorized as error:
            return self.error(403, "Forbidden", str(error))
        self.request.response.setStatus(201)
        url = f"{self.context.absolute_url()}/@consultation-comments"
        return {
            "@id": f"{url}/{comment.key}",
            "id": comment.key,
            "reference": comment.reference,
            "status": {
                "token": comment.status,
                "title": terms.title(terms.STATUSES, comment.status),
            },
            "message": f"意见已提交（编号{comment.reference}），经审核后公开。",
        }

    def publish(self, data):
        try:
            sent = feedback.publish(self.context, data.get("summary"))
        except Invalid as error:
            return self.error(
                400, "BadRequest", "采纳情况说明未发布", errors=error.errors
            )
        except Unauthorized as error:
            return self.error(403, "Forbidden", str(error))
        published = feedback.published(self.context)
        return {
            **published,
            "published": published["published"].isoformat(),
            "mailed": sent,
        }


class CommentsPatch(TraversingService):
    def reply(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        if not can_moderate(self.context):
            return self.error(403, "Forbidden", STAFF_ONLY)
        if len(self.params) != 1:
            return self.error(404, "NotFound", "请在地址中给出意见的 id")
        comment = comments.get(self.context, self.params[0])
        if comment is None:
            return self.error(404, "NotFound", "没有这条意见")
        data = self.body()
        if not isinstance(data, dict):
            return self.error(400, "BadRequest", "请求内容应为 JSON 对象")
        try:
            self.apply(comment, data)
        except Invalid as error:
            return self.error(400, "BadRequest", "意见未修改", errors=error.errors)
        return comments.private(comment)

    def apply(self, comment, data):
        status = data.get("status")
        if status == terms.APPROVED:
            moderation.approve(self.context, [comment.key])
        elif status == terms.HIDDEN:
            moderation.hide(
                self.context,
                [comment.key],
                data.get("hide_reason"),
                data.get("hide_note", ""),
            )
        elif status is not None:
            raise Invalid({"status": "审核状态应为 approved（通过）或 hidden（隐藏）"})
        if {"outcome", "outcome_reason", "summary"} & set(data):
            decision = {
                "outcome": data.get("outcome", comment.outcome),
                "reason": data.get("outcome_reason", comment.outcome_reason),
                "summary": data.get("summary", comment.summary),
            }
            try:
                moderation.set_outcomes(self.context, {comment.key: decision})
            except Invalid as error:
                raise Invalid({"outcome": error.errors[comment.key]}) from None
