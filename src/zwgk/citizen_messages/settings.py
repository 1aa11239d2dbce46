"""网民留言设置: how long units have to answer, how long the office has to
screen, and the per-client submission limit (Site Setup → 插件配置 → 网民留言).

No statute fixes the answer time for citizens' messages: a district
promises a number of working days and sets it here.
"""

from zope import schema
from zope.interface import Interface
from zwgk import _
from zwgk.controlpanels import registry_panel


PREFIX = "zwgk.citizen_messages"


class IMessageSettings(Interface):
    answer_working_days = schema.Int(
        title=_("Working days a unit has to answer a message"),
        description=_("Counted from the day after the hand-over."),
        min=1,
        default=5,
    )
    screening_working_days = schema.Int(
        title=_("Working days the office has to screen a message"),
        min=1,
        default=1,
    )
    submissions_per_hour = schema.Int(
        title=_("Messages per client and hour"),
        description=_("More are refused with a message."),
        min=1,
        default=5,
    )


MessageSettingsControlPanel, MessageSettingsControlpanel = registry_panel(
    IMessageSettings,
    PREFIX,
    "zwgk-citizen-messages",
    _("Citizens' messages"),
    _("Answer times and the limit of the public message form."),
)
