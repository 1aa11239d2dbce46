"""GovernmentInformation 政府信息: a published document with its metadata block."""

from plone.app.vocabularies.catalog import CatalogSource
from plone.dexterity.content import Container
from plone.supermodel import model
from z3c.relationfield.schema import RelationChoice
from z3c.relationfield.schema import RelationList
from zope import schema
from zope.interface import implementer
from zwgk import _


class IGovernmentInformation(model.Schema):
    """文号, 发布机构, 成文日期, 发布日期, 主题分类, 体裁 and the items it fulfils.

    索引号, 公开属性 and 有效性 come from behaviors; attachments are children.
    """

    document_number = schema.TextLine(title=_("Document number"), required=False)
    publisher = schema.TextLine(
        title=_("Issuing organisation"),
        description=_("Defaults to the unit the information belongs to."),
        required=False,
    )
    written_date = schema.Date(title=_("Date written"), required=True)
    publication_date = schema.Date(title=_("Date published"), required=False)
    topic = schema.Choice(
        title=_("Topic"), vocabulary="zwgk.vocabularies.topics", required=True
    )
    genre = schema.Choice(
        title=_("Genre"), vocabulary="zwgk.vocabularies.genres", required=True
    )
    # 政府信息公开专栏: where the information shows besides the unit's list
    statutory_category = schema.Choice(
        title=_("Article 20 category"),
        description=_(
            "The kind of information the Regulations (Article 20) require to be "
            "disclosed proactively."
        ),
        vocabulary="zwgk.vocabularies.statutory_categories",
        required=False,
    )
    disclosure_rule = schema.Bool(
        title=_("Disclosure rule"),
        description=_(
            "Tick for the unit's own rules on disclosure work (信息公开制度)."
        ),
        default=False,
        required=False,
    )
    report_year = schema.Int(
        title=_("Annual report year"),
        description=_(
            "Only for the annual report on government information disclosure: "
            "the year it reports on."
        ),
        min=2008,
        max=2200,
        required=False,
    )
    disclosure_items = RelationList(
        title=_("Disclosure items fulfilled"),
        value_type=RelationChoice(source=CatalogSource(portal_type="DisclosureItem")),
        default=[],
        required=False,
    )


@implementer(IGovernmentInformation)
class GovernmentInformation(Container):
    """Folderish so attachments (File, Image) live inside it."""
