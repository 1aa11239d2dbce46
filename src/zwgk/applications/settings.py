"""依申请公开设置: the per-client submission limit, and its control panel.

The limit (``zwgk.applications.submissions_per_hour``) guards the anonymous
form and REST endpoint against floods; a district with a busy 政务服务中心
kiosk behind one address raises it here (Site Setup → 插件配置 → 依申请公开).
"""

from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from plone.restapi.controlpanels import RegistryConfigletPanel
from zope import schema
from zope.component import adapter
from zope.interface import Interface
from zwgk import _
from zwgk.interfaces import IZwgkLayer


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


class ApplicationSettingsEditForm(RegistryEditForm):
    schema = IApplicationSettings
    schema_prefix = PREFIX
    label = _("Disclosure on application")
    description = _("Limits of the public application form and REST endpoint.")


class ApplicationSettingsControlPanel(ControlPanelFormWrapper):
    form = ApplicationSettingsEditForm


@adapter(Interface, IZwgkLayer)
class ApplicationSettingsControlpanel(RegistryConfigletPanel):
    """``@controlpanels/zwgk-applications`` over REST."""

    schema = IApplicationSettings
    schema_prefix = PREFIX
    configlet_id = "zwgk-applications"
    configlet_category_id = "Products"
