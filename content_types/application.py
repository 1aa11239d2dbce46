"""DisclosureApplication 政府信息公开申请: one application and its handling.

Private to the handlers of the unit asked and the disclosure office: it
lives in the unit's ``applications`` folder, its workflow gives no role
outside the unit's staff any access, and its catalog entry carries only the
tracking number (see ``zwgk.applications.indexers``). The secret query code
is kept as a salted hash, never in a field.
"""

from plone.autoform import directives
from plone.dexterity.content import Item
from plone.namedfile.field import NamedBlobFile
from plone.supermodel import model
from zope import schema
from zope.interface import Invalid
from zope.interface import implementer
from zope.interface import invariant
from zwgk import _
from zwgk.applications.clock import Clock
from zwgk.applications.clock import Pause
from zwgk.applications.clock import answer_deadline
from zwgk.applications.validation import FIELDS
from zwgk.applications.validation import record_errors
from zwgk.applications.validation import text_error


class InvalidText(schema.ValidationError):
    """A field's rule of the public form broken; the text is Chinese."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message

    def doc(self):
        return self.message


def as_on_the_form(name):
    """The field's constraint: the rule the public form applies to it
    (zwgk.applications.validation.text_error), for staff edits and PATCH."""

    def constraint(value):
        message = text_error(name, value.strip()) if value and value.strip() else None
        if message:
            raise InvalidText(message)
        return True

    return constraint


def text_field(factory, name, title, required=False):
    """A text field with the public form's length and rule."""
    return factory(
        title=title,
        required=required,
        max_length=FIELDS[name][2],
        constraint=as_on_the_form(name),
    )


class IDisclosureApplication(model.Schema):
    """申请人, 所需信息, 获取方式; 收到日期 by channel; the reply."""

    directives.mode(tracking_number="display")
    tracking_number = schema.ASCIILine(title=_("Tracking number"), required=False)
    applicant_type = schema.Choice(
        title=_("Applicant type"),
        vocabulary="zwgk.vocabularies.applicant_types",
        required=True,
    )
    name = text_field(schema.TextLine, "name", _("Applicant name"), required=True)
    id_type = schema.Choice(
        title=_("Identity document"),
        vocabulary="zwgk.vocabularies.id_types",
        required=True,
    )
    id_number = text_field(
        schema.TextLine, "id_number", _("Identity document number"), required=True
    )
    contact_person = text_field(schema.TextLine, "contact_person", _("Contact person"))
    phone = text_field(schema.TextLine, "phone", _("Phone"), required=True)
    email = text_field(schema.TextLine, "email", _("Email"))
    address = text_field(schema.TextLine, "address", _("Postal address"))
    postal_code = text_field(schema.TextLine, "postal_code", _("Postal code"))
    information = text_field(
        schema.Text, "information", _("Information requested"), required=True
    )
    form = schema.Choice(
        title=_("Form of the information"),
        vocabulary="zwgk.vocabularies.application_forms",
        required=True,
    )
    delivery = schema.Choice(
        title=_("Delivery"),
        vocabulary="zwgk.vocabularies.deliveries",
        required=True,
    )

    model.fieldset(
        "handling",
        label=_("Handling"),
        fields=[
            "channel",
            "received_on",
            "correction_requested_on",
            "correction_received_on",
            "extension_days",
        ],
    )
    channel = schema.Choice(
        title=_("Channel"),
        vocabulary="zwgk.vocabularies.application_channels",
        required=True,
    )
    received_on = schema.Date(
        title=_("Date received"),
        description=_(
            "In person: that day; registered post: the day signed for; "
            "online or fax: the day both sides confirmed."
        ),
        required=True,
    )
    correction_requested_on = schema.Date(
        title=_("Correction requested on"), required=False
    )
    correction_received_on = schema.Date(
        title=_("Corrected application received on"), required=False
    )
    extension_days = schema.Int(
        title=_("Extension (working days)"), min=0, max=20, default=0, required=False
    )

    model.fieldset(
        "reply",
        label=_("Reply"),
        fields=["outcome", "ground", "reply", "reply_letter", "concluded_on"],
    )
    outcome = schema.Choice(
        title=_("Outcome"), vocabulary="zwgk.vocabularies.outcomes", required=False
    )
    ground = schema.Choice(
        title=_("Ground"),
        vocabulary="zwgk.vocabularies.outcome_grounds",
        required=False,
    )
    reply = schema.Text(title=_("Reply to the applicant"), required=False)
    reply_letter = NamedBlobFile(title=_("Reply letter"), required=False)
    concluded_on = schema.Date(title=_("Concluded on"), required=False)

    @invariant
    def as_the_public_form_checks(data):
        """The checks over several fields (证件号码 and its check character,
        contact person, email or address for the delivery), on staff edits
        and REST PATCH as on the public form."""
        values = {}
        for name in FIELDS:
            if name == "unit":
                continue
            value = getattr(data, name, None)
            if isinstance(value, str) and value.strip():
                values[name] = value.strip()
        errors = record_errors(values)
        if errors:
            raise Invalid("；".join(errors.values()))


@implementer(IDisclosureApplication)
class DisclosureApplication(Item):
    """Titled by its tracking number only: the title reaches the catalog."""

    tracking_number = None
    extension_days = 0
    consultations = ()  # tuple of zwgk.applications.clock.Pause
    extended_on = None
    submitted = None
    exclude_from_nav = True

    def Title(self):
        return self.tracking_number or ""

    def Description(self):
        return ""

    def clock(self):
        """The statutory clock: restarted by a correction, paused, extended."""
        from zwgk.applications import intake  # its today(): one Beijing date

        start = self.correction_received_on or self.received_on
        return Clock(
            start=start,
            pauses=tuple(self.consultations),
            extension_days=self.extension_days or 0,
            today=intake.today(),
        )

    def deadline(self, calendar):
        """The current AnswerDeadline (raises CalendarNotCovered)."""
        return answer_deadline(self.clock(), calendar)

    def open_consultation(self):
        return next((p for p in self.consultations if p.end is None), None)

    def start_consultation(self, day):
        self.consultations = (*self.consultations, Pause(day))

    def end_consultation(self, day):
        self.consultations = tuple(
            Pause(p.start, day) if p.end is None else p for p in self.consultations
        )
