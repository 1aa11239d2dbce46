"""有效性: valid, expired (失效) or repealed (废止), with date and note."""

from plone.app.vocabularies.catalog import CatalogSource
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from z3c.relationfield.schema import RelationChoice
from zope import schema
from zope.interface import Invalid
from zope.interface import invariant
from zope.interface import provider
from zwgk import _


@provider(IFormFieldProvider)
class IValidity(model.Schema):
    """有效性 of a document; 失效/废止 keep the page public with a notice."""

    model.fieldset(
        "validity",
        label=_("Validity"),
        fields=["validity", "validity_date", "validity_note", "replaced_by"],
    )

    validity = schema.Choice(
        title=_("Validity"),
        vocabulary="zwgk.vocabularies.validity",
        default="valid",
        required=True,
    )

    validity_date = schema.Date(
        title=_("Date of expiry or repeal"),
        required=False,
    )

    validity_note = schema.Text(
        title=_("Note on validity"),
        description=_("Why it lost validity and what replaces it."),
        required=False,
    )

    replaced_by = RelationChoice(
        title=_("Replaced by"),
        description=_("The document that replaces this one, if any."),
        source=CatalogSource(portal_type="GovernmentInformation"),
        required=False,
    )

    @invariant
    def ended_needs_date(data):
        if getattr(data, "validity", "valid") != "valid" and not getattr(
            data, "validity_date", None
        ):
            raise Invalid(_("Expired or repealed information needs the date."))
