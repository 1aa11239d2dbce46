"""ParticipationItem 公众参与事项: one decision on a participation list.

No workflow of its own: it follows its list, as a directory's items do.
"""

from plone.dexterity.content import Item
from plone.supermodel import model
from zope import schema
from zope.interface import implementer
from zwgk import _


class IParticipationItem(model.Schema):
    """决策事项名称 (the title), 参与范围, 参与方式, 计划时间, 承办单位."""

    scope = schema.Text(title=_("Scope of participation"), required=True)
    methods = schema.List(
        title=_("Participation methods"),
        value_type=schema.Choice(vocabulary="zwgk.vocabularies.participation_methods"),
        required=True,
        min_length=1,
    )
    planned_time = schema.TextLine(title=_("Planned time"), required=True)
    responsible_unit = schema.TextLine(title=_("Responsible unit"), required=True)
    note = schema.Text(title=_("Note"), required=False)


@implementer(IParticipationItem)
class ParticipationItem(Item):
    """A row of the list."""
