"""Per-client limits for anonymous applicants (防刷).

Kept in memory per Zope process, on purpose: a persistent counter would
make every submission write the same object and conflict with every other
one. With several instances behind a balancer the effective limit is the
limit times the instances; the front proxy should limit too.
"""

from collections import defaultdict
from collections import deque

import threading
import time


HOUR = 3600


class RateLimiter:
    """At most ``limit`` hits per key within ``window`` seconds."""

    def __init__(self, window=HOUR):
        self.window = window
        self._hits = defaultdict(deque)
        self._lock = threading.Lock()

    def allow(self, key, limit, now=None):
        """Record a hit for ``key`` and say whether it is within the limit."""
        now = time.monotonic() if now is None else now
        with self._lock:
            hits = self._hits[key]
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            if len(hits) >= limit:
                return False
            hits.append(now)
            return True

    def would_allow(self, key, limit, now=None):
        now = time.monotonic() if now is None else now
        with self._lock:
            hits = self._hits.get(key, ())
            return sum(1 for t in hits if t > now - self.window) < limit

    def reset(self):
        with self._lock:
            self._hits.clear()


SUBMISSIONS = RateLimiter()
# Wrong query codes: slows down guessing a code for a known number.
QUERIES = RateLimiter()
QUERY_FAILURES_PER_HOUR = 30
