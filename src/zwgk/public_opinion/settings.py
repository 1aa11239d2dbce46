"""政务舆情设置: the deadlines a grade implies and the escalation steps
(Site Setup → 插件配置 → 政务舆情). The defaults and the documents they come
from are in ``zwgk.public_opinion.deadlines`` and the README.
"""

from zope import schema
from zope.interface import Interface
from zwgk import _
from zwgk.controlpanels import registry_panel


PREFIX = "zwgk.public_opinion"


def _hours(title, default, description=""):
    return schema.Int(title=title, description=description, min=1, default=default)


class IOpinionSettings(Interface):
    authoritative_information_hours = _hours(
        _("Hours for authoritative information (especially major and major events)"),
        5,
        "国办发〔2016〕80号",
    )
    press_conference_hours = _hours(
        _("Hours for a press conference (especially major and major events)"),
        24,
        "国办发〔2016〕61号",
    )
    response_hours = _hours(
        _("Hours to respond (large and general events)"), 48, "国办发〔2016〕61号"
    )
    feedback_working_days = _hours(
        _("Working days for the written feedback on a transfer order"), 3
    )
    due_soon_hours = _hours(
        _("Hours before an hour deadline that count as due soon"), 2
    )
    escalation_step_hours = _hours(
        _("Hours late per escalation step (hour deadlines)"), 24
    )
    escalation_step_working_days = _hours(
        _("Working days late per escalation step (working-day deadlines)"), 2
    )


OpinionSettingsControlPanel, OpinionSettingsControlpanel = registry_panel(
    IOpinionSettings,
    PREFIX,
    "zwgk-public-opinion",
    _("Public opinion"),
    _("Deadlines of transfer orders by grade, and the escalation steps."),
)
