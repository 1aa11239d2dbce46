"""CitizenMessage 网民留言: a citizen's 咨询, 建议 or 投诉 and its handling.

Private like an application (``zwgk.content_types.application``): it lives
in the site's private ``citizen-messages`` folder; the disclosure office
(公开办) screens it, and the unit it is handed to gets local roles on this
message alone. The catalog knows its tracking number and nothing else;
the query code is a salted hash. What the public may read of a published
message (question and answer, never name or contact) is chosen by
``zwgk.citizen_messages.public.public_entry``.
"""

from plone.autoform import directives
from plone.dexterity.content import Item
from plone.supermodel import model
from zope import schema
from zope.interface import implementer
from zwgk import _


class ICitizenMessage(model.Schema):
    """The message as written, then its handling."""

    directives.mode(tracking_number="display")
    tracking_number = schema.ASCIILine(title=_("Tracking number"), required=False)
    kind = schema.Choice(
        title=_("Kind of message"),
        vocabulary="zwgk.vocabularies.message_kinds",
        required=True,
    )
    subject = schema.TextLine(title=_("Subject"), required=True, max_length=100)
    body = schema.Text(title=_("Message"), required=True, max_length=2000)
    name = schema.TextLine(title=_("Name"), required=True, max_length=50)
    contact = schema.TextLine(title=_("Phone or email"), required=True, max_length=100)
    consent = schema.Bool(title=_("May be published"), required=False, default=False)
    received_on = schema.Date(title=_("Date received"), required=False)

    model.fieldset(
        "handling",
        label=_("Handling"),
        fields=["unit", "answer", "closing_reason", "closing_note"],
    )
    unit = schema.Choice(
        title=_("Responsible unit"),
        vocabulary="zwgk.vocabularies.message_units",
        required=False,
    )
    answer = schema.Text(title=_("Answer"), required=False, max_length=5000)
    closing_reason = schema.Choice(
        title=_("Reason for not handling"),
        vocabulary="zwgk.vocabularies.message_closing_reasons",
        required=False,
    )
    closing_note = schema.Text(title=_("Note"), required=False, max_length=500)


@implementer(ICitizenMessage)
class CitizenMessage(Item):
    """Titled by its tracking number only: the title reaches the catalog."""

    tracking_number = None
    consent = False
    unit = None
    answer = None
    closing_reason = None
    closing_note = None
    submitted = None  # datetime (UTC) of the submission
    assigned_on = None  # date handed to the unit (转交)
    answered_on = None  # date of the unit's (last) answer
    approved_on = None  # date the office approved or gave the answer
    published_on = None
    returned = 0  # times the office sent the answer back (once at most)
    return_comment = None
    direct = False  # answered by the office itself
    rating = None  # the writer's rating (满意度) and when
    rating_comment = None
    rated_on = None
    unit_answers_log = ()  # who answered when, before review
    exclude_from_nav = True

    def Title(self):
        return self.tracking_number or ""

    def Description(self):
        return ""
