"""Consultation 意见征集 / 重大决策预公开: one draft decision open for comment.

The draft (征求意见稿) and its explanation (起草说明), attachments (File
children), the period (at least 30 days, or a reason shown to the public:
``zwgk.participation.periods``), how to comment, the list entry it belongs
to and its participation events (听证会, 座谈会...). Its state is computed
from the dates, never stored; the comments live in BTrees on the object
(``zwgk.participation.comments``), not in the catalog.
"""

from BTrees.OOBTree import OOBTree
from BTrees.OOBTree import OOTreeSet
from datetime import date
from datetime import datetime
from plone.app.textfield import RichText
from plone.app.vocabularies.catalog import CatalogSource
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.schema import JSONField
from plone.supermodel import model
from z3c.relationfield.schema import RelationChoice
from zope import schema
from zope.interface import Invalid
from zope.interface import implementer
from zope.interface import invariant
from zwgk import _
from zwgk.participation import periods
from zwgk.participation import terms

import json


EVENT_FIELDS = (
    "method",
    "title",
    "date",
    "time",
    "place",
    "attendees",
    "live_url",
    "live_start",
    "live_end",
    "note",
)
EVENTS_SCHEMA = json.dumps(
    {
        "type": "array",
        "items": {
            "type": "object",
            "properties": {
                "method": {"type": "string", "enum": [t for t, _ in terms.METHODS]},
                "title": {"type": "string"},
                "date": {"type": "string"},
                "time": {"type": "string"},
                "place": {"type": "string"},
                "attendees": {"type": "string"},
                "live_url": {"type": "string"},
                "live_start": {"type": "string"},
                "live_end": {"type": "string"},
                "note": {"type": "string"},
            },
            "required": ["method", "date"],
            "additionalProperties": False,
        },
    }
)


def event_errors(events):
    """Chinese messages for participation events that do not add up."""
    errors = []
    for number, event in enumerate(events or (), start=1):
        label = f"第{number}项参与活动"
        try:
            date.fromisoformat(str(event.get("date", "")))
        except ValueError:
            errors.append(f"{label}的日期应为“年-月-日”，如 2026-03-01")
        url = str(event.get("live_url") or "")
        if url and not url.startswith(("https://", "http://")):
            errors.append(f"{label}的直播链接应以 https:// 或 http:// 开头")
        window = [event.get("live_start"), event.get("live_end")]
        if any(window) and not all(window):
            errors.append(f"{label}的直播时段须同时填写开始和结束时间")
        elif all(window):
            try:
                start, end = (datetime.fromisoformat(str(v)) for v in window)
            except ValueError:
                errors.append(
                    f"{label}的直播时间应为“年-月-日T时:分”，如 2026-03-10T09:30"
                )
            else:
                if end <= start:
                    errors.append(f"{label}的直播结束时间应晚于开始时间")
    return errors


def period_rule(data):
    errors = periods.period_errors(
        getattr(data, "start", None),
        getattr(data, "end", None),
        getattr(data, "short_period_reason", None),
    )
    if errors:
        raise Invalid(errors[0])


def channels_have_contacts(data):
    for channel in getattr(data, "channels", None) or ():
        field, label = terms.CHANNEL_CONTACT.get(channel, (None, None))
        if field and not (getattr(data, field, None) or "").strip():
            name = terms.title(terms.CONSULTATION_CHANNELS, channel)
            raise Invalid(f"选择了“{name}”渠道，请填写{label}")


def events_add_up(data):
    errors = event_errors(getattr(data, "events", None))
    if errors:
        raise Invalid(errors[0])


RULES = (period_rule, channels_have_contacts, events_add_up)


class IConsultation(model.Schema):
    """征求意见稿, 起草说明, 征求意见期限, 意见提交方式, 参与活动."""

    draft = RichText(
        title=_("Draft for comment"),
        description=_("The text of the draft; long drafts may be attached as files."),
        required=False,
    )
    explanation = RichText(title=_("Drafting explanation"), required=True)
    start = schema.Date(title=_("Comments accepted from"), required=True)
    end = schema.Date(
        title=_("Comments accepted until"),
        description=_("The last day on which comments are accepted (Beijing time)."),
        required=True,
    )
    short_period_reason = schema.Text(
        title=_("Reason for a period shorter than 30 days"),
        description=_(
            "Required when the period is shorter than 30 days; shown to the public."
        ),
        required=False,
        max_length=1000,
    )
    participation_item = RelationChoice(
        title=_("Participation list entry"),
        description=_("The decision on the participation list this draft belongs to."),
        source=CatalogSource(portal_type="ParticipationItem"),
        required=False,
    )

    model.fieldset(
        "channels",
        label=_("How to comment"),
        fields=[
            "channels",
            "comment_email",
            "comment_address",
            "comment_phone",
            "contact_required",
            "show_comments",
        ],
    )
    channels = schema.List(
        title=_("Channels for comments"),
        value_type=schema.Choice(vocabulary="zwgk.vocabularies.consultation_channels"),
        default=[terms.ONLINE],
        required=True,
        min_length=1,
    )
    comment_email = schema.TextLine(
        title=_("Email for comments"), required=False, max_length=100
    )
    comment_address = schema.TextLine(
        title=_("Postal address for comments"), required=False, max_length=200
    )
    comment_phone = schema.TextLine(
        title=_("Phone for comments"), required=False, max_length=50
    )
    contact_required = schema.Bool(
        title=_("Name and contact required"),
        description=_("Commenters online must give their name and a phone or email."),
        default=False,
        required=False,
    )
    show_comments = schema.Bool(
        title=_("Show approved comments"),
        description=_(
            "Untick to publish only the feedback on the comments, not the comments."
        ),
        default=True,
        required=False,
    )

    model.fieldset("events", label=_("Participation events"), fields=["events"])
    events = JSONField(
        title=_("Participation events"),
        description=_(
            "Hearings, symposiums and the like: method, date, place, who "
            "attended, and a live-stream link with its time window."
        ),
        schema=EVENTS_SCHEMA,
        default=[],
        required=False,
    )

    # 采纳情况说明: written and published from the feedback page
    directives.omitted("feedback_summary", "feedback_published")
    # read-only: only publishing the feedback sets them (``participation.feedback``)
    feedback_summary = schema.Text(
        title=_("Feedback summary"), required=False, readonly=True
    )
    feedback_published = schema.Date(
        title=_("Feedback published on"), required=False, readonly=True
    )

    invariant(period_rule)
    invariant(channels_have_contacts)
    invariant(events_add_up)


def consultation_errors(obj):
    """Every rule of the schema's invariants, for paths that skip forms."""
    errors = []
    for rule in RULES:
        try:
            rule(obj)
        except Invalid as error:
            errors.append(str(error.args[0]))
    return errors


@implementer(IConsultation)
class Consultation(Container):
    """Folderish: the draft's files are its children."""

    disclosure_attribute = "proactive"  # 重大决策预公开 is proactive disclosure
    feedback_summary = None
    feedback_published = None
    feedback_rows = ()
    feedback_counts = ()
    feedback_by = None
    feedback_history = ()

    def __init__(self, id=None, **kwargs):
        super().__init__(id, **kwargs)
        self.reset_comments()

    def reset_comments(self):
        # Made with the object, never on first use: simultaneous first
        # comments would otherwise all write the consultation itself.
        self._comments = OOBTree()
        self._approved = OOTreeSet()

    def consultation_state(self, day=None):
        return periods.state(
            self.start, self.end, bool(self.feedback_published), day=day
        )
