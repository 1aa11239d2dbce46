"""依申请公开设置: the per-client submission limit, and its control panel.

The limit (``zwgk.applications.submissions_per_hour``) guards the anonymous
form and REST endpoint against floods; a district with a busy 政务服务中心
kiosk behind one address raises it here (Site Setup → 插件配置 → 依申请公开).
"""

from zope import schema
from zope.interface import Interface
from zwgk import _
from zwgk.controlpanels import registry_panel


PREFIX = "zwgk.applications"


class IApplicationSettings(Interface):
    submissions_per_hour = schema.Int(
        title=_("Applications per client and hour"),
        description=_(
            "Submissions one address may make in an hour, online or over "
            "REST; more are refused with a message. Staff registering "
            "applications are not limited."
        ),
        min=1,
        default=5,
    )


ApplicationSettingsControlPanel, ApplicationSettingsControlpanel = registry_panel(
    IApplicationSettings,
    PREFIX,
    "zwgk-applications",
    _("Disclosure on application"),
    _("Limits of the public application form and REST endpoint."),
)
