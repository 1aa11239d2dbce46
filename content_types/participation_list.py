"""ParticipationList 公众参与事项清单: a unit's decisions open to participation.

One list per unit and year.

Its rows are ``ParticipationItem`` children, in table order; it is reviewed
and published like other disclosure content (zwgk_publication_workflow),
downloaded and imported as a spreadsheet (``zwgk.participation.list_io``).
"""

from plone.dexterity.content import Container
from plone.supermodel import model
from zope import schema
from zope.interface import implementer
from zwgk import _


class IParticipationList(model.Schema):
    """清单: the year it covers; the rows are its items."""

    year = schema.Int(title=_("Year"), min=2000, max=2200, required=True)


@implementer(IParticipationList)
class ParticipationList(Container):
    disclosure_attribute = "proactive"  # published lists are proactive disclosure

    def items_in_order(self):
        return [
            obj for obj in self.objectValues() if obj.portal_type == "ParticipationItem"
        ]
