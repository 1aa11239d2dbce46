"""What citizens see: the 公众参与 section, a consultation, a participation list.

The section lists open consultations first (fewest days left first), then
those about to open, then closed ones awaiting feedback, then those with
feedback, each group one catalog query on the date indexes. A
consultation's page shows the draft, the explanation, the downloads, the
participation events, the comment form while it is open, the approved
comments 20 a page (newest first) and the feedback once published.
"""

from chameleon import PageTemplateFile
from datetime import datetime
from pathlib import Path
from plone import api
from plone.batching import Batch
from plone.protect import CheckAuthenticator
from plone.protect.authenticator import createToken
from Products.Five import BrowserView
from zwgk.applications.public import HONEYPOT
from zwgk.codes import CHINA
from zwgk.content_types.org_unit import IOrgUnit
from zwgk.index_numbers import owning_unit
from zwgk.information.browser.page import ATTACHMENT_FIELDS
from zwgk.information.browser.page import human_size
from zwgk.participation import comments
from zwgk.participation import feedback
from zwgk.participation import periods
from zwgk.participation import terms
from zwgk.participation.intake import Closed
from zwgk.participation.intake import Invalid
from zwgk.participation.intake import RateLimited
from zwgk.participation.intake import can_moderate
from zwgk.participation.intake import closed_message
from zwgk.participation.intake import submit_online
from zwgk.participation.validation import FIELDS
from zwgk.participation.validation import MAX_TEXT
from zwgk.portal.layout import full_width


ANSWERED_PAGE = 20
# a consultation's page, rendered by Chameleon itself (as zwgk.browser.fragments)
CORE = PageTemplateFile(str(Path(__file__).parent / "templates/consultation_core.pt"))
BADGES = {
    periods.OPEN: "text-bg-success",
    periods.UPCOMING: "text-bg-secondary",
    periods.CLOSED: "text-bg-warning",
    periods.ANSWERED: "text-bg-primary",
}
# (name, label, input type, autocomplete, max length, help)
FORM_FIELDS = (
    ("name", "姓名", "text", "name", 50, ""),
    ("phone", "联系电话", "tel", "tel", 30, ""),
    (
        "email",
        "电子邮箱",
        "email",
        "email",
        100,
        "留下邮箱的，采纳情况说明发布后将邮件告知。",
    ),
)


def _unit_titles():
    catalog = api.portal.get_tool("portal_catalog")
    return {b.getPath(): b.Title for b in catalog(portal_type="OrgUnit")}


def _unit_of(path, units):
    while "/" in path:
        path = path.rsplit("/", 1)[0]
        if path in units:
            return units[path]
    return ""


def days_left_text(days):
    if days <= 0:
        return "今天截止"
    return f"还剩{days}天"


def consultations(context, state, day=None, **extra):
    """Published consultations in ``state`` below ``context`` (a unit) or
    anywhere (the section, the site)."""
    query = {
        "portal_type": "Consultation",
        "review_state": "published",
        **periods.state_query(state, day),
        **extra,
    }
    if IOrgUnit.providedBy(context):
        query["path"] = "/".join(context.getPhysicalPath())
    return api.portal.get_tool("portal_catalog")(**query)


def open_consultations(context=None, limit=None):
    """Open for comment today, closing soonest first (the home page's block)."""
    extra = {"sort_on": "consultation_end", "sort_order": "ascending"}
    if limit:
        extra["sort_limit"] = limit
    brains = consultations(context, periods.OPEN, **extra)
    return brains[:limit] if limit else brains


class ParticipationSectionView(BrowserView):
    """``@@public-participation``: the section's default view."""

    def __call__(self):
        self.day = periods.today()
        self.units = _unit_titles()
        return self.index()

    def _entries(self, brains):
        found = []
        for brain in brains:
            start, end = brain.consultation_start, brain.consultation_end
            found.append(
                {
                    "title": brain.Title,
                    "url": brain.getURL(),
                    "description": brain.Description,
                    "unit": _unit_of(brain.getPath(), self.units),
                    "start": start.isoformat() if start else "",
                    "end": end.isoformat() if end else "",
                    "days_left": days_left_text(periods.days_left(end, self.day)),
                    "days_closed": periods.days_since_closing(end, self.day),
                }
            )
        return found

    def open(self):
        return self._entries(open_consultations(self.context))

    def upcoming(self):
        brains = consultations(
            self.context, periods.UPCOMING, self.day, sort_on="consultation_start"
        )
        return self._entries(brains)

    def closed(self):
        brains = consultations(
            self.context,
            periods.CLOSED,
            self.day,
            sort_on="consultation_end",
            sort_order="descending",
        )
        return self._entries(brains)

    def answered(self):
        brains = consultations(
            self.context,
            periods.ANSWERED,
            self.day,
            sort_on="consultation_end",
            sort_order="descending",
        )
        start = str(self.request.form.get("b_start", "0"))
        return Batch(brains, ANSWERED_PAGE, int(start) if start.isdigit() else 0)

    def answered_entry(self, brain):
        return self._entries([brain])[0]

    def lists(self):
        """Published participation lists, newest year first."""
        query = {
            "portal_type": "ParticipationList",
            "review_state": "published",
            "sort_on": "publication_year",
            "sort_order": "descending",
        }
        if IOrgUnit.providedBy(self.context):
            query["path"] = "/".join(self.context.getPhysicalPath())
        brains = api.portal.get_tool("portal_catalog")(**query)
        return [
            {
                "title": b.Title,
                "url": b.getURL(),
                "unit": _unit_of(b.getPath(), self.units),
            }
            for b in brains
        ]


def attachments(context):
    """附件 you may see: title, file name, size and the download link."""
    found = []
    for obj in context.objectValues():
        field = ATTACHMENT_FIELDS.get(obj.portal_type)
        blob = getattr(obj, field, None) if field else None
        if blob is None or not api.user.has_permission("View", obj=obj):
            continue
        found.append(
            {
                "title": obj.Title() or blob.filename,
                "filename": blob.filename or "",
                "size": human_size(blob.getSize()),
                "url": f"{obj.absolute_url()}/@@download/{field}",
            }
        )
    return found


def _moment(value):
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def live_status(event, now):
    """直播: before, during or after its window (Beijing time)."""
    start, end = _moment(event.get("live_start")), _moment(event.get("live_end"))
    if not event.get("live_url") or start is None or end is None:
        return None
    window = f"{start:%Y-%m-%d %H:%M}至{end:%H:%M}"
    if now < start:
        return {"state": "upcoming", "label": "直播预告", "window": window}
    if now <= end:
        return {"state": "live", "label": "正在直播", "window": window}
    return {"state": "ended", "label": "直播已结束", "window": window}


class ConsultationView(BrowserView):
    """A consultation's page; POSTing the comment form lands here too."""

    errors = {}
    message = ""

    def __call__(self):
        full_width(self.request)
        self.errors, self.message = {}, ""
        if self.request.method == "POST" and "form.submitted" in self.request.form:
            CheckAuthenticator(self.request)
            if self.handle():
                return self.request.response.redirect(
                    f"{self.context.absolute_url()}#comment-form", status=303
                )
        return self.index()

    def handle(self):
        form = self.request.form
        data = {name: form.get(name, "") for name in FIELDS}
        data[HONEYPOT] = form.get(HONEYPOT, "")
        data["in_reply_to"] = form.get("in_reply_to", "")
        try:
            comment = submit_online(self.context, data, self.request)
        except Invalid as error:
            self.errors = error.errors
            self.message = "意见未提交，请改正标出的问题"
            self.request.response.setStatus(400)
        except Closed as error:
            self.message = error.message
            self.request.response.setStatus(409)
        except RateLimited as error:
            self.message = error.message
            self.request.response.setStatus(429)
        else:
            api.portal.show_message(
                f"您的意见已提交（编号{comment.reference}），经审核后公开。感谢您的参与！",
                request=self.request,
            )
            return True
        return False

    def core_html(self):
        """The page below the title: every value computed here, rendered by
        Chameleon without Zope's TALES engine (a page of 20 comments with
        the draft, the form and the feedback costs no more than a Document)."""
        context = self.context
        closed = self.closed()
        shown = self.comments()
        core = {
            "url": context.absolute_url(),
            "state": {**self.state(), "badge": ""},
            "short": self.short_period(),
            "index_number": getattr(context, "index_number", None) or "",
            "unit": self.unit(),
            "entry": self.entry(),
            "channels": self.channels(),
            "draft": context.draft.output if context.draft else "",
            "explanation": context.explanation.output if context.explanation else "",
            "files": self.attachments(),
            "events": self.events(),
            "staff": self.staff(),
            "feedback": self.feedback(),
            "form": self.form(closed),
            "comments": {
                "total": self.approved_total(),
                "shown": shown,
                "can_reply": not closed,
                "pages": self.pages(),
            }
            if self.show_comments()
            else None,
        }
        core["state"]["badge"] = BADGES[core["state"]["token"]]
        return CORE(core=core)

    def form(self, closed):
        errors, required = self.errors, bool(self.context.contact_required)
        fields = []
        for name, label, kind, autocomplete, maxlength, help_text in FORM_FIELDS:
            error = errors.get(name, "")
            described = [
                f"{prefix}-{name}"
                for prefix, there in (("help", help_text), ("error", error))
                if there
            ]
            fields.append(
                {
                    "name": name,
                    "label": label,
                    "type": kind,
                    "autocomplete": autocomplete,
                    "maxlength": maxlength,
                    "help": help_text,
                    "required": required and name == "name",
                    "value": self.value(name),
                    "error": error,
                    "describedby": " ".join(described) or None,
                }
            )
        return {
            "closed": closed,
            "message": self.message,
            "errors": errors,
            "target": self.reply_target(),
            "required": required,
            "fields": fields,
            "text": self.value("text"),
            "max_text": MAX_TEXT,
            "token": createToken() if not closed else "",
        }

    # -- the consultation
    def state(self):
        context, day = self.context, periods.today()
        token = context.consultation_state(day)
        info = {
            "token": token,
            "title": periods.state_title(token),
            "start": periods.chinese_date(context.start),
            "end": periods.chinese_date(context.end),
            "days": periods.period_days(context.start, context.end),
            "days_left": "",
        }
        if token == periods.OPEN:
            info["days_left"] = days_left_text(periods.days_left(context.end, day))
        return info

    def short_period(self):
        context = self.context
        if not periods.is_short(context.start, context.end):
            return None
        return {
            "days": periods.period_days(context.start, context.end),
            "reason": context.short_period_reason or "",
        }

    def unit(self):
        unit = owning_unit(self.context)
        return unit.Title() if unit is not None else ""

    def channels(self):
        """(channel, how) for each way of commenting."""
        context = self.context
        details = {
            terms.ONLINE: "在本页下方填写意见",
            terms.EMAIL: context.comment_email or "",
            terms.POST: context.comment_address or "",
            terms.PHONE: context.comment_phone or "",
        }
        return [
            (terms.title(terms.CONSULTATION_CHANNELS, token), details.get(token, ""))
            for token in context.channels or ()
        ]

    def entry(self):
        """The participation list entry, if the reader may see it."""
        relation = self.context.participation_item
        if relation is None or relation.isBroken():
            return None
        item = relation.to_object
        if item is None or not api.user.has_permission("View", obj=item):
            return None
        return {"title": item.Title(), "url": item.__parent__.absolute_url()}

    def attachments(self):
        return attachments(self.context)

    def events(self):
        now = datetime.now(CHINA).replace(tzinfo=None)
        found = []
        for event in self.context.events or ():
            found.append(
                {
                    "method": terms.title(terms.METHODS, event.get("method")),
                    "title": event.get("title") or "",
                    "date": event.get("date") or "",
                    "time": event.get("time") or "",
                    "place": event.get("place") or "",
                    "attendees": event.get("attendees") or "",
                    "note": event.get("note") or "",
                    "live_url": event.get("live_url") or "",
                    "live": live_status(event, now),
                }
            )
        return found

    # -- the form
    def closed(self):
        return closed_message(self.context)

    def value(self, name):
        return self.request.form.get(name, "") if self.errors or self.message else ""

    def reply_target(self):
        key = self.request.form.get("reply_to") or self.request.form.get("in_reply_to")
        comment = comments.get(self.context, key) if key else None
        if comment is None or comment.status != terms.APPROVED:
            return None
        return {"key": comment.key, "name": comment.display_name, "text": comment.text}

    # -- the comments
    def show_comments(self):
        return bool(self.context.show_comments)

    def page(self):
        try:
            return max(1, int(self.request.form.get("page", 1)))
        except (TypeError, ValueError):
            return 1

    def comments(self):
        """This page's approved comments, newest first, as the public sees them."""
        if not self.context.show_comments:
            return []
        start = (self.page() - 1) * comments.PAGE_SIZE
        found = []
        for comment in comments.approved_page(self.context, start):
            shown = comments.public(comment)
            shown["date"] = comment.created.astimezone(CHINA).strftime("%Y-%m-%d %H:%M")
            replied = comments.get(self.context, comment.in_reply_to)
            shown["replied"] = replied.display_name if replied is not None else ""
            found.append(shown)
        return found

    def approved_total(self):
        return comments.approved_count(self.context)

    def pages(self):
        """Page links: the first, the last and two either side of this one,
        with gaps (…) between; 2,000 comments are 100 pages, not 100 links."""
        total = self.approved_total()
        count = max(1, -(-total // comments.PAGE_SIZE))
        current, url = min(self.page(), count), self.context.absolute_url()
        shown = sorted(
            {1, count, *range(max(1, current - 2), min(count, current + 2) + 1)}
        )
        found, previous = [], 0
        for number in shown:
            if number - previous > 1:
                found.append({"gap": True})
            found.append(
                {
                    "gap": False,
                    "number": number,
                    "url": f"{url}?page={number}#comments",
                    "current": number == current,
                }
            )
            previous = number
        return found if count > 1 else []

    def feedback(self):
        return feedback.published(self.context)

    # -- staff
    def staff(self):
        if not can_moderate(self.context):
            return None
        items = comments.all_comments(self.context)
        return {
            "pending": sum(1 for c in items if c.status == terms.PENDING),
            "total": len(items),
        }


class ParticipationListView(BrowserView):
    """公众参与事项清单: the table, its downloads, the consultations of each row."""

    def __call__(self):
        full_width(self.request)
        return self.index()

    def rows(self):
        from zwgk.relations import back_references

        found = []
        for number, item in enumerate(self.context.items_in_order(), start=1):
            linked = [
                {"title": c.Title(), "url": c.absolute_url()}
                for c in back_references(item, "participation_item")
                if api.user.has_permission("View", obj=c)
            ]
            found.append(
                {
                    "number": number,
                    "title": item.Title(),
                    "scope": item.scope or "",
                    "methods": "、".join(
                        terms.title(terms.METHODS, m) for m in item.methods or ()
                    ),
                    "planned_time": item.planned_time or "",
                    "responsible_unit": item.responsible_unit or "",
                    "note": item.note or "",
                    "consultations": linked,
                    "edit_url": f"{item.absolute_url()}/edit",
                }
            )
        return found

    def unit(self):
        unit = owning_unit(self.context)
        return unit.Title() if unit is not None else ""

    def can_edit(self):
        return api.user.has_permission("Modify portal content", obj=self.context)
