"""The hourly limit per client: atomic, released when a submission fails,
bounded in memory, and keyed on the applicant behind a trusted proxy."""

from concurrent.futures import ThreadPoolExecutor
from plone import api
from threading import Barrier
from zwgk.applications.ratelimit import SUBMISSIONS
from zwgk.applications.ratelimit import RateLimiter
from zwgk.testing.applications import body
from zwgk.testing.applications import staffed_units

import pytest
import requests
import transaction


JSON = {"Accept": "application/json", "Content-Type": "application/json"}
LIMIT = 5


@pytest.fixture
def site(functional_portal):
    portal = functional_portal
    czj, _jqz = staffed_units(portal)
    api.portal.set_registry_record("zwgk.applications.submissions_per_hour", LIMIT)
    transaction.commit()
    return portal, czj, f"{portal.absolute_url()}/@disclosure-applications"


def post(url, data, headers=None):
    return requests.post(
        url, json=data, headers={**JSON, **(headers or {})}, timeout=60
    )


def test_simultaneous_posts_from_one_client_stay_within_the_limit(site):
    """The probe: ten at once gave 8 accepted against a limit of 5."""
    _portal, czj, url = site
    data = body(czj, email=None, delivery="pickup")
    start = Barrier(10)

    def one(_number):
        start.wait()
        return post(url, data).status_code

    with ThreadPoolExecutor(max_workers=10) as pool:
        codes = list(pool.map(one, range(10)))
    assert sorted(codes) == [201] * LIMIT + [429] * (10 - LIMIT), codes


def test_a_refused_or_aborted_submission_gives_its_place_back(site):
    from zwgk.applications.public import submit_online
    from zwgk.applications.validation import Invalid

    portal, czj, _url = site
    request = portal.REQUEST
    api.portal.set_registry_record("zwgk.applications.submissions_per_hour", 1)
    client = request.getClientAddr() or "unknown"
    with pytest.raises(Invalid):
        submit_online(body(czj, phone=""), request)
    assert SUBMISSIONS.would_allow(client, 1)
    submit_online(body(czj, email=None, delivery="pickup"), request)
    assert not SUBMISSIONS.would_allow(client, 1)
    transaction.abort()  # a conflict, a failure after the intake: retried anew
    assert SUBMISSIONS.would_allow(client, 1)


def test_a_slot_is_counted_once_and_released_once():
    limiter = RateLimiter(window=60)
    first = limiter.reserve("a", 2, now=0)
    assert limiter.reserve("a", 2, now=1) is not None
    assert limiter.reserve("a", 2, now=2) is None
    first.release()
    first.release()  # after a failed commit and the abort that follows
    assert limiter.reserve("a", 2, now=3) is not None
    assert limiter.reserve("a", 2, now=4) is None


def test_idle_clients_are_forgotten_and_memory_is_bounded():
    limiter = RateLimiter(window=60, max_clients=100)
    for number in range(50):
        limiter.allow(f"10.0.0.{number}", 5, now=0)
    assert limiter.clients() == 50
    limiter.allow("10.0.1.1", 5, now=61)  # an hour later, for them
    assert limiter.clients() == 1
    for number in range(1000):
        limiter.allow(f"10.1.{number // 250}.{number % 250}", 5, now=100)
    assert limiter.clients() == 100


def test_behind_a_trusted_proxy_each_applicant_has_a_limit(site, monkeypatch):
    from ZPublisher import HTTPRequest

    _portal, czj, url = site
    data = body(czj, email=None, delivery="pickup")
    monkeypatch.setattr(HTTPRequest, "trusted_proxies", ("127.0.0.1",))
    for _ in range(LIMIT):
        forwarded = {"X-Forwarded-For": "203.0.113.7"}
        assert post(url, data, forwarded).status_code == 201
    assert post(url, data, {"X-Forwarded-For": "203.0.113.7"}).status_code == 429
    assert post(url, data, {"X-Forwarded-For": "198.51.100.9"}).status_code == 201


def test_without_a_trusted_proxy_the_header_is_ignored(site):
    _portal, czj, url = site
    data = body(czj, email=None, delivery="pickup")
    for number in range(LIMIT):
        forged = {"X-Forwarded-For": f"203.0.113.{number}"}
        assert post(url, data, forged).status_code == 201
    assert post(url, data, {"X-Forwarded-For": "198.51.100.9"}).status_code == 429
