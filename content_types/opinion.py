"""OpinionEvent 政务舆情 and TransferOrder 转办单.

The disclosure office (公开办) registers an event it found (自行监测), was
sent (上级转办) or read about (媒体报道), grades it and issues transfer
orders to the responsible units; each order's deadlines follow from the
grade (``zwgk.public_opinion.deadlines``). Everything is private to the
office and the units an order names: the events live in the site's
private ``public-opinion`` folder, and the units get local roles on their
orders and the events those belong to (``zwgk.public_opinion.access``).
"""

from plone.dexterity.content import Container
from plone.dexterity.content import Item
from plone.supermodel import model
from zope import schema
from zope.interface import implementer
from zwgk import _


class IOpinionEvent(model.Schema):
    """来源, 概要, 链接, 等级, 首次发现时间."""

    title = schema.TextLine(title=_("Opinion event"), required=True, max_length=200)
    source = schema.Choice(
        title=_("Source"),
        vocabulary="zwgk.vocabularies.opinion_sources",
        required=True,
    )
    superior_reference = schema.TextLine(
        title=_("Reference of the superior's transfer order"),
        required=False,
        max_length=100,
    )
    summary = schema.Text(title=_("Summary"), required=True, max_length=5000)
    links = schema.List(
        title=_("Links"),
        value_type=schema.URI(),
        required=False,
        default=[],
    )
    grade = schema.Choice(
        title=_("Grade"),
        vocabulary="zwgk.vocabularies.opinion_grades",
        required=True,
    )
    first_seen = schema.Datetime(title=_("First seen"), required=True)


@implementer(IOpinionEvent)
class OpinionEvent(Container):
    """首次发现时间 is kept as a naive Beijing time (what the edit form shows
    and gives back; a ZoneInfo does not pickle into ZODB): an aware value
    is converted on the way in."""

    exclude_from_nav = True
    links = ()
    _first_seen = None

    def Description(self):
        return ""

    @property
    def first_seen(self):
        return self._first_seen

    @first_seen.setter
    def first_seen(self, value):
        from zwgk.codes import CHINA

        if value is not None and value.tzinfo is not None:
            value = value.astimezone(CHINA).replace(tzinfo=None)
        self._first_seen = value

    def first_seen_aware(self):
        """首次发现时间 as an aware datetime in Beijing."""
        from zwgk.codes import CHINA

        seen = self._first_seen
        return None if seen is None else seen.replace(tzinfo=CHINA)


class ITransferOrder(model.Schema):
    """转办单: to one or more units, with what the grade implies."""

    title = schema.TextLine(title=_("Transfer order"), required=True, max_length=200)
    units = schema.List(
        title=_("Responsible units"),
        value_type=schema.Choice(vocabulary="zwgk.vocabularies.message_units"),
        required=True,
        min_length=1,
    )
    requirements = schema.Text(title=_("Requirements"), required=False, max_length=2000)
    extension_hours = schema.Int(
        title=_("Extension (hours)"), min=0, max=72, default=0, required=False
    )
    extension_days = schema.Int(
        title=_("Extension (working days)"), min=0, max=20, default=0, required=False
    )


@implementer(ITransferOrder)
class TransferOrder(Item):
    """Its reports (per unit) and escalations are kept as data on it."""

    exclude_from_nav = True
    units = ()
    extension_hours = 0
    extension_days = 0
    issued = None  # datetime (UTC) the order went out
    reports = None  # {unit UID: report dict}, see zwgk.public_opinion.reports
    escalations = ()  # recorded 催办 / 督办 / 通报

    def Description(self):
        return ""
