"""公开领域和渠道设置: a district's own areas and channels, and their control panel.

The 25 pilot areas and the national channels ship in ``zwgk/data``; a
district adds its own as ``token|标题`` lines in the registry records
``zwgk.extra_areas`` and ``zwgk.extra_channels`` (Site Setup → 插件配置 →
公开领域和渠道). A line is refused unless its token is lowercase letters,
digits and hyphens and not a built-in one: a token is stored on content, so
a clash would silently relabel it.
"""

from zope import schema
from zope.interface import Interface
from zope.interface import Invalid
from zwgk import _
from zwgk.controlpanels import registry_panel
from zwgk.vocabularies import csv_terms

import re


PREFIX = "zwgk"
TOKEN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def term_line(builtin_file):
    """A constraint for ``token|标题`` lines extending ``builtin_file``'s terms."""

    def check(line):
        token, separator, title = (part.strip() for part in line.partition("|"))
        if not separator or not token or not title:
            raise Invalid(_("Write one entry a line as token|title."))
        if not TOKEN.match(token):
            raise Invalid(
                _(
                    "The token ${token} may only hold lowercase letters, digits "
                    "and hyphens.",
                    mapping={"token": token},
                )
            )
        if token in dict(csv_terms(builtin_file)):
            raise Invalid(
                _("The token ${token} is built in already.", mapping={"token": token})
            )
        return True

    return check


class IVocabularySettings(Interface):
    extra_areas = schema.List(
        title=_("Additional disclosure areas"),
        description=_(
            "Areas beyond the 25 pilot areas, one a line as token|title, "
            "e.g. river-chief|河长制."
        ),
        value_type=schema.TextLine(constraint=term_line("areas.csv")),
        required=False,
        default=[],
    )
    extra_channels = schema.List(
        title=_("Additional disclosure channels"),
        description=_(
            "Channels beyond the national ones, one a line as token|title, "
            "e.g. village-board|村务公开栏."
        ),
        value_type=schema.TextLine(constraint=term_line("channels.csv")),
        required=False,
        default=[],
    )


VocabularySettingsControlPanel, VocabularySettingsControlpanel = registry_panel(
    IVocabularySettings,
    PREFIX,
    "zwgk-vocabularies",
    _("Disclosure areas and channels"),
    _(
        "The district's own disclosure areas and channels, added to the "
        "national ones in every form, facet and feed."
    ),
)
