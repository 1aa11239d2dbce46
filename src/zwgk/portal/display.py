"""适老化: larger text and high contrast that persist across pages, no JavaScript.

A header link goes to ``@@zwgk-display?mode=large|contrast|normal&came_from=…``,
which keeps the choice in a cookie and sends the reader back; every page
then carries body classes the theme's CSS styles. ``came_from`` must lie in
the portal (no open redirect).
"""

from plone import api
from plone.app.layout.globals.interfaces import IBodyClassAdapter
from Products.Five import BrowserView
from urllib.parse import urlencode
from zope.interface import implementer
from zwgk.parameters import text


COOKIE = "zwgk_display"
# mode -> body class; "normal" clears every mode
MODES = {"large": "zwgk-large-text", "contrast": "zwgk-high-contrast"}
NORMAL = "normal"
ONE_YEAR = 365 * 24 * 3600


def current_modes(request):
    """The modes the reader chose, from the cookie (unknown words ignored)."""
    value = request.cookies.get(COOKIE) or ""
    return frozenset(value.split("-")) & MODES.keys()


def display_url(request, mode):
    """The link that switches ``mode`` on (or all off) and comes back here."""
    came_from = request.get("ACTUAL_URL", "")
    query = request.get("QUERY_STRING", "")
    if query:
        came_from = f"{came_from}?{query}"
    portal_url = api.portal.get().absolute_url()
    return f"{portal_url}/@@zwgk-display?" + urlencode(
        {"mode": mode, "came_from": came_from}
    )


class DisplayModeView(BrowserView):
    """Switch a display mode and redirect back (a GET link, so it works
    without JavaScript); nothing but the reader's own cookie changes."""

    def __call__(self):
        request, response = self.request, self.request.response
        mode = text(request.form, "mode")
        modes = set(current_modes(request))
        if mode == NORMAL:
            modes.clear()
        elif mode in MODES:
            modes.add(mode)
        path = self._cookie_path()
        if modes:
            response.setCookie(
                COOKIE,
                "-".join(sorted(modes)),
                path=path,
                max_age=ONE_YEAR,
                same_site="Lax",
                http_only=True,
                secure=request.get("SERVER_URL", "").startswith("https:"),
            )
        else:
            response.expireCookie(COOKIE, path=path)
        # a per-reader answer: never from a shared cache
        response.setHeader("Cache-Control", "no-store")
        response.redirect(self._came_from(), status=303)
        return ""

    def _cookie_path(self):
        """The portal's path as the browser sees it (virtual hosting too)."""
        portal = api.portal.get()
        steps = self.request.physicalPathToVirtualPath(portal.getPhysicalPath())
        return "/" + "/".join(steps)

    def _came_from(self):
        """Back where the reader was, if that is in the portal; else home."""
        came_from = text(self.request.form, "came_from", max_length=4096)
        portal_url = api.portal.get_tool("portal_url")
        if came_from and portal_url.isURLInPortal(came_from):
            return came_from
        return portal_url()


@implementer(IBodyClassAdapter)
class DisplayModeBodyClasses:
    """``zwgk-large-text`` / ``zwgk-high-contrast`` on every page, from the cookie."""

    def __init__(self, context, request):
        self.context = context
        self.request = request

    def get_classes(self, template=None, view=None):
        return sorted(MODES[mode] for mode in current_modes(self.request))


class DisplayModeETag:
    """The ``zwgkDisplay`` ETag component (plone.app.caching): a page differs
    by display mode, so a caching rule that lists it never serves one
    reader's large-text page to another."""

    def __init__(self, published, request):
        self.published = published
        self.request = request

    def __call__(self):
        return "-".join(sorted(current_modes(self.request)))
