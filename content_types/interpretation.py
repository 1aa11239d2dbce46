"""PolicyInterpretation 政策解读: published together with the policy it explains."""

from plone.app.textfield import RichText
from plone.app.vocabularies.catalog import CatalogSource
from plone.dexterity.content import Container
from plone.namedfile.field import NamedBlobFile
from plone.namedfile.field import NamedBlobImage
from plone.schema import JSONField
from plone.supermodel import model
from z3c.relationfield.schema import RelationChoice
from zope import schema
from zope.interface import implementer
from zwgk import _

import json


QA_SCHEMA = json.dumps(
    {
        "type": "array",
        "items": {
            "type": "object",
            "properties": {
                "question": {"type": "string", "minLength": 1},
                "answer": {"type": "string", "minLength": 1},
            },
            "required": ["question", "answer"],
            "additionalProperties": False,
        },
    }
)

# The sections of an interpretation the district notice asks for (§1.7).
SECTIONS = (
    ("background", _("Background and basis")),
    ("objectives", _("Objectives and tasks")),
    ("main_content", _("Main content")),
    ("standards", _("Standards of implementation")),
    ("measures", _("Measures benefiting the public")),
    ("differences", _("Differences between new and old policy")),
    ("follow_up", _("Follow-up work")),
)


class IPolicyInterpretation(model.Schema):
    """解读: the policy (required), form, sections, Q&A, image, audio/video."""

    policy = RelationChoice(
        title=_("Policy interpreted"),
        source=CatalogSource(portal_type="GovernmentInformation"),
        required=True,
    )
    form = schema.Choice(
        title=_("Form of interpretation"),
        vocabulary="zwgk.vocabularies.interpretation_forms",
        required=True,
    )

    model.fieldset(
        "sections",
        label=_("Sections"),
        fields=[name for name, _title in SECTIONS],
    )
    background = RichText(title=SECTIONS[0][1], required=False)
    objectives = RichText(title=SECTIONS[1][1], required=False)
    main_content = RichText(title=SECTIONS[2][1], required=False)
    standards = RichText(title=SECTIONS[3][1], required=False)
    measures = RichText(title=SECTIONS[4][1], required=False)
    differences = RichText(title=SECTIONS[5][1], required=False)
    follow_up = RichText(title=SECTIONS[6][1], required=False)

    model.fieldset(
        "media",
        label=_("Q&A and media"),
        fields=["questions", "image", "media", "media_url"],
    )
    questions = JSONField(
        title=_("Questions and answers"),
        schema=QA_SCHEMA,
        default=[],
        required=False,
    )
    image = NamedBlobImage(title=_("Graphic interpretation"), required=False)
    media = NamedBlobFile(title=_("Audio or video"), required=False)
    media_url = schema.URI(title=_("Audio or video link"), required=False)


@implementer(IPolicyInterpretation)
class PolicyInterpretation(Container):
    """Folderish so extra graphics and files can be attached."""
