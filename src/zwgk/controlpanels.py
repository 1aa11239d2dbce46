"""设置面板: a registry schema as a control panel under 插件配置 and over REST.

Each feature with settings declares its schema and calls ``registry_panel``
once: it gets the Site Setup form (registered as a browser page) and the
plone.restapi adapter that ``@controlpanels/<id>`` lists and edits, both
bound to zwgk's browser layer and to the configlet in controlpanel.xml.
"""

from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from plone.restapi.controlpanels import RegistryConfigletPanel
from zope.component import adapter
from zope.interface import Interface
from zwgk.interfaces import IZwgkLayer


CATEGORY = "Products"  # 插件配置 (add-on configuration)


def registry_panel(schema, prefix, configlet_id, label, description=""):
    """(form view, REST adapter) editing ``schema``'s records at ``prefix``."""
    name = schema.__name__.lstrip("I")
    form = type(
        f"{name}EditForm",
        (RegistryEditForm,),
        {
            "schema": schema,
            "schema_prefix": prefix,
            "label": label,
            "description": description,
        },
    )
    view = type(f"{name}ControlPanel", (ControlPanelFormWrapper,), {"form": form})
    rest = type(
        f"{name}Controlpanel",
        (RegistryConfigletPanel,),
        {
            "schema": schema,
            "schema_prefix": prefix,
            "configlet_id": configlet_id,
            "configlet_category_id": CATEGORY,
        },
    )
    return view, adapter(Interface, IZwgkLayer)(rest)
