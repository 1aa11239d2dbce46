"""公开属性源头认定: every piece of information states its disclosure attribute."""

from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from zope import schema
from zope.interface import Invalid
from zope.interface import invariant
from zope.interface import provider
from zwgk import _


@provider(IFormFieldProvider)
class IDisclosureAttributes(model.Schema):
    """公开属性: 主动公开 / 依申请公开 / 不予公开 (with statutory ground and reason)."""

    model.fieldset(
        "disclosure",
        label=_("Disclosure attribute"),
        fields=["disclosure_attribute", "withholding_ground", "withholding_reason"],
    )

    disclosure_attribute = schema.Choice(
        title=_("Disclosure attribute"),
        description=_("Decided at source when the information is formed."),
        vocabulary="zwgk.vocabularies.attributes",
        required=True,
    )

    withholding_ground = schema.Choice(
        title=_("Statutory ground for withholding"),
        vocabulary="zwgk.vocabularies.withholding_grounds",
        required=False,
    )

    withholding_reason = schema.Text(
        title=_("Reason for withholding"),
        required=False,
    )

    @invariant
    def withheld_needs_ground_and_reason(data):
        if getattr(data, "disclosure_attribute", None) != "withheld":
            return
        if not getattr(data, "withholding_ground", None):
            raise Invalid(_("Withheld information needs its statutory ground."))
        if not (getattr(data, "withholding_reason", None) or "").strip():
            raise Invalid(_("Withheld information needs a reason."))
