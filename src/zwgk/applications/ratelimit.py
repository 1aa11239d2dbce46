"""Per-client limits for anonymous applicants (防刷).

Kept in memory per Zope process, on purpose: a persistent counter would
make every submission write the same object and conflict with every other
one. With several instances behind a balancer the effective limit is the
limit times the instances; the front proxy should limit too.

A submission reserves its place (``reserve``) before it does anything else,
atomically, so simultaneous posts from one client cannot all pass a check
made before any of them is counted; a refused or failed submission gives
its place back (``Slot.release``). Clients with no hit within the window
are forgotten, and at most ``max_clients`` are kept, so the memory stays
bounded whatever the number of addresses.
"""

from collections import OrderedDict
from collections import deque

import threading
import time


HOUR = 3600
MAX_CLIENTS = 10_000


class Slot:
    """One counted hit; ``release`` takes it back (once)."""

    def __init__(self, limiter, key, when):
        self.limiter, self.key, self.when = limiter, key, when
        self.released = False

    def release(self, *_ignored):
        """Give the place back (also usable as a transaction hook)."""
        if not self.released:
            self.released = True
            self.limiter._forget(self.key, self.when)


class RateLimiter:
    """At most ``limit`` hits per key within ``window`` seconds."""

    def __init__(self, window=HOUR, max_clients=MAX_CLIENTS):
        self.window = window
        self.max_clients = max_clients
        self._hits = OrderedDict()  # key -> deque of times; least recent first
        self._lock = threading.Lock()

    def _expire(self, now):
        """Forget the clients whose last hit is older than the window."""
        cutoff = now - self.window
        while self._hits:
            key, hits = next(iter(self._hits.items()))
            if hits and hits[-1] > cutoff:
                break
            del self._hits[key]

    def reserve(self, key, limit, now=None):
        """Count a hit for ``key`` if it is within the limit: its Slot, or None."""
        now = time.monotonic() if now is None else now
        with self._lock:
            self._expire(now)
            hits = self._hits.get(key)
            if hits is None:
                hits = deque()
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            if len(hits) >= limit:
                return None
            hits.append(now)
            self._hits[key] = hits
            self._hits.move_to_end(key)
            while len(self._hits) > self.max_clients:
                self._hits.popitem(last=False)
            return Slot(self, key, now)

    def allow(self, key, limit, now=None):
        """Record a hit for ``key`` and say whether it is within the limit."""
        return self.reserve(key, limit, now) is not None

    def would_allow(self, key, limit, now=None):
        now = time.monotonic() if now is None else now
        with self._lock:
            hits = self._hits.get(key, ())
            return sum(1 for t in hits if t > now - self.window) < limit

    def _forget(self, key, when):
        with self._lock:
            hits = self._hits.get(key)
            if hits is not None and when in hits:
                hits.remove(when)

    def clients(self):
        """How many clients are remembered."""
        with self._lock:
            return len(self._hits)

    def reset(self):
        with self._lock:
            self._hits.clear()


SUBMISSIONS = RateLimiter()
# Wrong query codes: slows down guessing a code for a known number.
QUERIES = RateLimiter()
QUERY_FAILURES_PER_HOUR = 30
TOO_MANY_QUERIES = "查询失败次数过多，请一小时后再试"


def limited_lookup(request, client, find, not_found):
    """(found, None) when ``find()`` finds the case; otherwise (None, the
    refusal as JSON) with the status set. A miss counts toward the client's
    hourly limit of failed queries (tracking number + query code lookups of
    依申请公开 and 网民留言)."""
    if not QUERIES.would_allow(client, QUERY_FAILURES_PER_HOUR):
        request.response.setStatus(429)
        return None, {"type": "TooManyRequests", "message": TOO_MANY_QUERIES}
    found = find()
    if found is None:
        QUERIES.allow(client, QUERY_FAILURES_PER_HOUR)
        request.response.setStatus(404)
        return None, not_found
    return found, None
