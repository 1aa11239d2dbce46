"""Malformed feed parameters answer 400 with a Chinese message, not 500."""

from zwgk.testing import assert_bad_request

import pytest
import requests


@pytest.fixture
def site_url(functional_portal):
    return functional_portal.absolute_url()


@pytest.mark.parametrize(
    "query",
    [
        "area=a&area=b",
        "type=GovernmentInformation&type=PolicyInterpretation",
        "limit=1&limit=2",
        "type:list=GovernmentInformation",
        "type=%ff",
        "area=%ff%fe",
        "limit=%C2%B2",  # ², a digit to str.isdigit, not to int
        "limit=" + "9" * 5000,
    ],
)
@pytest.mark.parametrize("feed", ["feed.rss", "feed.json"])
def test_malformed_parameters_are_refused(site_url, feed, query):
    answer = requests.get(f"{site_url}/@@{feed}?{query}", timeout=30)
    assert_bad_request(answer)


def test_a_good_feed_still_answers(site_url):
    answer = requests.get(f"{site_url}/@@feed.json?limit=3", timeout=30)
    assert answer.status_code == 200


def test_a_zope_datetime_is_dated_at_its_instant_in_beijing(beijing_process):
    """``effective`` (a DateTime) in a feed: the instant, at +08:00."""
    from DateTime import DateTime
    from datetime import UTC
    from datetime import datetime
    from datetime import timedelta
    from zwgk.feeds.feed import _when

    when = _when(DateTime())
    assert when.utcoffset() == timedelta(hours=8)
    assert abs(when - datetime.now(UTC)) < timedelta(minutes=1)
