"""DisclosureDirectory 政务公开事项标准目录: one unit's items of one area."""

from plone.app.vocabularies.catalog import CatalogSource
from plone.dexterity.content import Container
from plone.supermodel import model
from z3c.relationfield.schema import RelationChoice
from zope import schema
from zope.interface import implementer
from zope.interface import invariant
from zwgk import _


class IDisclosureDirectory(model.Schema):
    """标准目录: area, level, competent department, version, effective date."""

    area = schema.Choice(
        title=_("Area"),
        vocabulary="zwgk.vocabularies.areas",
        required=True,
    )
    level = schema.Choice(
        title=_("Level"),
        vocabulary="zwgk.vocabularies.levels",
        required=True,
    )
    competent_department = RelationChoice(
        title=_("Competent department"),
        description=_("The unit that reviews and approves this directory."),
        source=CatalogSource(portal_type="OrgUnit"),
        required=False,
    )
    version = schema.TextLine(
        title=_("Version"),
        default="1.0",
        required=True,
    )
    # 生效日期; not "effective_date": Dublin Core's publication DateTime
    in_force_from = schema.Date(
        title=_("Effective date"),
        required=False,
    )

    @invariant
    def not_approved_by_its_own_unit(data):
        """REST (create and PATCH), bulk loads and the edit form; the add form
        has a field validator (its data do not know the container)."""
        from z3c.form.validator import Data
        from zwgk.units.groups import check_competent_department

        context = data.__context__ if isinstance(data, Data) else data
        if context is not None:
            check_competent_department(
                context, getattr(data, "competent_department", None)
            )


@implementer(IDisclosureDirectory)
class DisclosureDirectory(Container):
    """Items are its children, in table order."""

    def items_in_order(self):
        return [
            obj for obj in self.objectValues() if obj.portal_type == "DisclosureItem"
        ]
