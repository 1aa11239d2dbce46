"""Page caching (plone.app.caching) for the portal.

Cached pages' ETags contain the catalog counter, so publishing or editing
anything gives every page a new ETag and a new RAM-cache key: the next
anonymous reader never gets a stale page. Settings in the registry are not
in the ETag, so changing one empties the page cache.
"""

from plone.app.caching.operations.utils import PAGE_CACHE_KEY
from plone.app.caching.operations.utils import getRAMCache


# zwgk's rulesets (caching.zcml) and the registry records that map to them
RULESETS = ("zwgk.content", "zwgk.listing")
MODERATE_CACHING = "plone.app.caching.moderateCaching"
OPERATION_MAPPING = "plone.caching.interfaces.ICacheSettings.operationMapping"
TYPE_RULESETS = (
    "plone.app.caching.interfaces.IPloneCacheSettings.contentTypeRulesetMapping"
)
PURGED_TYPES = "plone.app.caching.interfaces.IPloneCacheSettings.purgedContentTypes"


def clear_page_cache(event=None):
    """Forget the pages plone.app.caching keeps in RAM (only those)."""
    cache = getRAMCache(PAGE_CACHE_KEY)
    ramcache = getattr(cache, "ramcache", None)
    if ramcache is not None:
        ramcache.invalidate(PAGE_CACHE_KEY)
