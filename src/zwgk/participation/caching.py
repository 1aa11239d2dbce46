"""Cached listings follow the date (缓存与日期).

The home page and the 公众参与 section list the consultations open today
and their days left. Their cached copies are keyed on the catalog counter,
which does not move at midnight when a consultation opens or closes by its
dates; the ETag value ``zwgkToday`` (Beijing's date) makes a new day a new
page.
"""

from plone.app.caching.interfaces import IETagValue
from zope.component import adapter
from zope.interface import Interface
from zope.interface import implementer
from zwgk.participation import periods


@implementer(IETagValue)
@adapter(Interface, Interface)
class TodayETag:
    def __init__(self, published, request):
        self.published = published
        self.request = request

    def __call__(self):
        return periods.today().isoformat()
