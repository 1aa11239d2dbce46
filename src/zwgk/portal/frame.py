"""The portal's frame around every page: header (name, 适老化, search) and
footer (网站标识码, 备案号, 主办/承办单位, contacts), as viewlets the theme places."""

from plone import api
from plone.app.layout.viewlets.common import ViewletBase
from zwgk import _
from zwgk.portal.display import MODES
from zwgk.portal.display import NORMAL
from zwgk.portal.display import current_modes
from zwgk.portal.display import display_url
from zwgk.portal.settings import site_settings


SEARCH_VIEW = "@@zwgk-search"  # 智能查询 (its own branch); GET with SearchableText
DISPLAY_LABELS = {
    "large": _("Larger text"),
    "contrast": _("High contrast"),
    NORMAL: _("Standard display"),
}


class HeaderViewlet(ViewletBase):
    """District name, emblem-free logo area, display modes and the search box."""

    def update(self):
        super().update()
        self.settings = site_settings()
        self.portal_url = api.portal.get().absolute_url()

    def district_name(self):
        return self.settings["district_name"] or api.portal.get().Title()

    def subtitle(self):
        return self.settings["subtitle"]

    def logo_url(self):
        """The site logo an administrator uploaded (Site control panel), if any."""
        if api.portal.get_registry_record("plone.site_logo", default=None):
            return f"{self.portal_url}/@@site-logo"
        return None

    def search_url(self):
        return f"{self.portal_url}/{SEARCH_VIEW}"

    def display_links(self):
        active = current_modes(self.request)
        return [
            {
                "mode": mode,
                "title": DISPLAY_LABELS[mode],
                "url": display_url(self.request, mode),
                "active": mode in active if mode != NORMAL else not active,
            }
            for mode in (*MODES, NORMAL)
        ]


class FooterViewlet(ViewletBase):
    """The identifiers a government website must show, from the registry."""

    LINES = (
        ("sponsor", "organizer"),
        ("website_code", "icp_number", "police_number"),
        ("phone", "email", "address"),
    )
    LINKS = {"icp_number": "icp_url", "police_number": "police_url"}

    def update(self):
        super().update()
        from zwgk.portal.settings import ISiteSettings

        self.fields = ISiteSettings
        self.settings = site_settings()

    def lines(self):
        """Rows of {label, value, url}; empty settings are left out."""
        rows = []
        for names in self.LINES:
            row = [
                {
                    "name": name,
                    "label": self.fields[name].title,
                    "value": self.settings[name],
                    "url": self._url(name),
                }
                for name in names
                if self.settings[name]
            ]
            if row:
                rows.append(row)
        return rows

    def _url(self, name):
        if name == "email":
            return f"mailto:{self.settings['email']}"
        return self.settings.get(self.LINKS.get(name, ""), "") or None
