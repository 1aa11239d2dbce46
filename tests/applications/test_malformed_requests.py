"""Malformed requests to 依申请公开 answer 400 (or 404) in Chinese, not 500."""

from zwgk.testing import STAFF_PASSWORD
from zwgk.testing import assert_bad_request
from zwgk.testing.applications import body
from zwgk.testing.applications import staffed_units

import pytest
import requests
import transaction


JSON = {"Accept": "application/json", "Content-Type": "application/json"}


@pytest.fixture
def site(functional_portal):
    portal = functional_portal
    czj, _jqz = staffed_units(portal)
    transaction.commit()
    return czj, f"{portal.absolute_url()}/@disclosure-applications"


def test_staff_registration_with_a_list_for_channel(site):
    czj, url = site
    data = body(czj, channel=["post"], received_on="2026-03-02")
    answer = requests.post(
        url, json=data, headers=JSON, auth=("czj-editor", STAFF_PASSWORD), timeout=30
    )
    assert_bad_request(answer)
    assert answer.json()["errors"]["channel"]


@pytest.mark.parametrize(
    "deep",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"a":' * 5000 + "1" + "}" * 5000,
        '{"name": ' + "[" * 900 + "]" * 900 + "}",
    ],
)
@pytest.mark.parametrize("path", ["", "/YSQ-20260302-7K3M/withdraw"])
def test_a_deeply_nested_body_is_refused(site, deep, path):
    _czj, url = site
    answer = requests.post(f"{url}{path}", data=deep, headers=JSON, timeout=60)
    assert_bad_request(answer)


def test_a_moderately_nested_body_is_still_read(site):
    czj, url = site
    data = body(czj, website="")
    data["extra"] = [[[["嵌套"]]]]
    answer = requests.post(url, json=data, headers=JSON, timeout=30)
    assert answer.status_code == 201, answer.text


def test_a_code_that_is_not_utf8(site):
    _czj, url = site
    answer = requests.get(f"{url}/YSQ-20260302-7K3M?code=%fe", headers=JSON, timeout=30)
    assert_bad_request(answer)
    # in a JSON body it is a wrong code, as any other
    answer = requests.post(
        f"{url}/YSQ-20260302-7K3M/withdraw",
        data='{"code": "\\ud800"}',
        headers=JSON,
        timeout=30,
    )
    assert answer.status_code == 404, answer.text
    assert answer.json()["message"] == "受理编号或查询码不正确"


def test_statistics_with_a_repeated_year(site):
    czj, _url = site
    answer = requests.get(
        f"{czj.absolute_url()}/@disclosure-statistics?year:list=2026",
        headers=JSON,
        auth=("czj-editor", STAFF_PASSWORD),
        timeout=30,
    )
    assert_bad_request(answer)
