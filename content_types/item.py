"""DisclosureItem 公开事项: one row of a standard directory."""

from plone.dexterity.content import Item
from plone.supermodel import model
from zope import schema
from zope.interface import Invalid
from zope.interface import implementer
from zope.interface import invariant
from zwgk import _


class IDisclosureItem(model.Schema):
    """The national columns of a directory row, and the time limit as a rule."""

    item_level1 = schema.TextLine(title=_("Level-1 item"), required=True)
    item_level2 = schema.TextLine(title=_("Level-2 item"), required=False)
    content = schema.Text(title=_("Content (elements)"), required=True)
    basis = schema.Text(title=_("Legal basis"), required=True)
    time_limit = schema.TextLine(title=_("Time limit"), required=True)
    time_limit_days = schema.Int(
        title=_("Time limit in days"),
        description=_("Leave empty when the limit is not a number of days."),
        min=1,
        max=365,
        required=False,
    )
    time_limit_unit = schema.Choice(
        title=_("Counted in"),
        vocabulary="zwgk.vocabularies.time_limit_units",
        required=False,
    )
    time_limit_start = schema.Choice(
        title=_("Counted from"),
        vocabulary="zwgk.vocabularies.time_limit_starts",
        required=False,
    )
    # 公开主体; not "subject", which is Dublin Core's keywords on every item.
    responsible_body = schema.TextLine(title=_("Responsible body"), required=True)
    channels = schema.List(
        title=_("Channels and carriers"),
        value_type=schema.Choice(vocabulary="zwgk.vocabularies.channels"),
        required=True,
        min_length=1,
    )
    audience = schema.Choice(
        title=_("Audience"), vocabulary="zwgk.vocabularies.audiences", required=True
    )
    mode = schema.Choice(
        title=_("Disclosure mode"), vocabulary="zwgk.vocabularies.modes", required=True
    )
    levels = schema.List(
        title=_("Disclosure levels"),
        value_type=schema.Choice(vocabulary="zwgk.vocabularies.levels"),
        required=True,
        min_length=1,
    )
    category = schema.Choice(
        title=_("Category"),
        vocabulary="zwgk.vocabularies.categories",
        required=False,
    )

    @invariant
    def rule_is_complete(data):
        parts = [
            getattr(data, name, None)
            for name in ("time_limit_days", "time_limit_unit", "time_limit_start")
        ]
        if any(parts) and not all(parts):
            raise Invalid(_("A time-limit rule needs days, unit and start together."))


@implementer(IDisclosureItem)
class DisclosureItem(Item):
    """The title is derived from the two item levels (一级事项 - 二级事项)."""

    @property
    def title(self):
        first = getattr(self, "item_level1", "") or ""
        second = getattr(self, "item_level2", "") or ""
        return f"{first} - {second}" if second and second != first else first

    @title.setter
    def title(self, value):
        """Titles are derived; a title given on creation is ignored."""
