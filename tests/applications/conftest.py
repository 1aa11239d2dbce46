"""Fixtures of the 依申请公开 tests."""

import pytest


@pytest.fixture(autouse=True)
def fresh_limits():
    from zwgk.applications.ratelimit import QUERIES
    from zwgk.applications.ratelimit import SUBMISSIONS

    SUBMISSIONS.reset()
    QUERIES.reset()
    yield
    SUBMISSIONS.reset()
    QUERIES.reset()
