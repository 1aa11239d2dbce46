"""Marker interfaces of zwgk."""

from zope.publisher.interfaces.browser import IDefaultBrowserLayer


class IZwgkLayer(IDefaultBrowserLayer):
    """Browser layer: views and resources that only exist where zwgk is installed."""
