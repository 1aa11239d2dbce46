"""OrgUnit 机构: a department, town/sub-district office or village committee.

Holds what its 政府信息公开指南 prints, and its own directories, information
and interpretations.
"""

from plone.app.textfield import RichText
from plone.dexterity.content import Container
from plone.supermodel import model
from zope import schema
from zope.interface import implementer
from zwgk import _
from zwgk.codes import InvalidCode
from zwgk.codes import validate_org_code


class InvalidOrgCode(schema.ValidationError):
    """A schema error whose text is the Chinese explanation of the bad code."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message

    def doc(self):
        return self.message


def org_code_constraint(value):
    try:
        validate_org_code(value)
    except InvalidCode as exc:
        raise InvalidOrgCode(str(exc)) from exc
    return True


class IOrgUnit(model.Schema):
    """机构 (部门 / 镇处 / 村居)."""

    code = schema.ASCIILine(
        title=_("Organisation code"),
        description=_(
            "9-character organisation code or 18-character unified social credit code."
        ),
        constraint=org_code_constraint,
        required=True,
    )
    level = schema.Choice(
        title=_("Level"),
        vocabulary="zwgk.vocabularies.levels",
        required=True,
    )

    model.fieldset(
        "contact",
        label=_("Contact (for the disclosure guide)"),
        fields=[
            "application_office",
            "address",
            "office_hours",
            "phone",
            "fax",
            "email",
            "postal_code",
        ],
    )
    # 受理机构: the office that receives applications, if not the unit itself
    application_office = schema.TextLine(
        title=_("Receiving office"),
        description=_("The office that receives applications; empty: the unit."),
        required=False,
    )
    address = schema.TextLine(title=_("Address"), required=False)
    office_hours = schema.TextLine(title=_("Office hours"), required=False)
    phone = schema.TextLine(title=_("Phone"), required=False)
    fax = schema.TextLine(title=_("Fax"), required=False)
    email = schema.TextLine(title=_("Email"), required=False)
    postal_code = schema.TextLine(
        title=_("Postal code"), required=False, max_length=6, min_length=6
    )

    model.fieldset(
        "guide",
        label=_("Disclosure guide"),
        fields=["guide_text", "disclosure_office"],
    )
    guide_text = RichText(
        title=_("Text of the disclosure guide"),
        description=_("Shown above the parts of the guide built from the unit's data."),
        required=False,
    )
    # 公开办: its guide is the district's guide (zwgk/@@disclosure-guide)
    disclosure_office = schema.Bool(
        title=_("Disclosure office"),
        description=_("The district's government information disclosure office."),
        default=False,
        required=False,
    )


@implementer(IOrgUnit)
class OrgUnit(Container):
    """An organisation unit; the code is stored normalised."""

    def directories(self):
        """The unit's standard directories, whatever their state (trusted code)."""
        return [
            obj
            for obj in self.objectValues()
            if obj.portal_type == "DisclosureDirectory"
        ]

    def __setattr__(self, name, value):
        if name == "code" and value:
            value = validate_org_code(value)
        super().__setattr__(name, value)
