"""Page caching (plone.app.caching) for the portal.

Cached pages' ETags contain the catalog counter, so publishing or editing
anything gives every page a new ETag and a new RAM-cache key: the next
anonymous reader never gets a stale page. Settings in the registry are not
in the ETag, so changing one empties the page cache.
"""

from plone.app.caching.operations.utils import PAGE_CACHE_KEY
from plone.app.caching.operations.utils import getRAMCache


def clear_page_cache(event=None):
    """Forget the pages plone.app.caching keeps in RAM (only those)."""
    cache = getRAMCache(PAGE_CACHE_KEY)
    ramcache = getattr(cache, "ramcache", None)
    if ramcache is not None:
        ramcache.invalidate(PAGE_CACHE_KEY)
