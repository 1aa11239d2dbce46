"""A lone surrogate ("a\\ud800b") was stored and shown as "a?b": every text
zwgk checks refuses it with a Chinese message, and nothing is stored."""

from zwgk.applications.codes import register
from zwgk.testing.applications import body
from zwgk.testing.applications import open_form
from zwgk.testing.applications import staffed_units
from zwgk.testing.applications import token

import json
import pytest
import requests
import transaction


JSON = {"Accept": "application/json", "Content-Type": "application/json"}


@pytest.fixture
def site(functional_portal):
    portal = functional_portal
    czj, _jqz = staffed_units(portal)
    transaction.commit()
    return portal, czj


def stored(portal):
    transaction.begin()
    return len(register(portal).numbers)


@pytest.mark.parametrize("field", ["name", "information", "address"])
def test_rest_refuses_a_lone_surrogate(site, field):
    portal, czj = site
    data = json.dumps(body(czj, **{field: "a\ud800b"}))  # "\\ud800" in the JSON
    assert "\\ud800" in data
    answer = requests.post(
        f"{portal.absolute_url()}/@disclosure-applications",
        data=data,
        headers=JSON,
        timeout=30,
    )
    assert answer.status_code == 400, answer.text
    assert "含有无效字符" in answer.json()["errors"][field]
    assert stored(portal) == 0


def test_the_form_refuses_bytes_that_are_not_utf8(site):
    portal, czj = site
    session = requests.Session()
    page = open_form(session, f"{portal.absolute_url()}/@@apply")
    fields = body(czj) | {"_authenticator": token(page), "website": ""}
    encoded = "&".join(
        f"{k}={requests.utils.quote(v)}" for k, v in fields.items() if k != "name"
    )
    answer = session.post(
        f"{portal.absolute_url()}/@@apply",
        data=f"name=a%ffb&{encoded}",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        timeout=30,
    )
    assert answer.status_code == 400
    assert "含有无效字符" in answer.text
    assert stored(portal) == 0


def test_validation_refuses_it_whatever_the_way_in():
    from zwgk.applications.validation import Invalid
    from zwgk.applications.validation import check

    data = {
        "applicant_type": "natural_person",
        "name": "张\ud800三",
        "id_type": "resident_id",
        "id_number": "11010519491231002X",
        "phone": "0791-88888888",
        "unit": "u",
        "information": "某文件",
        "form": "paper",
        "delivery": "pickup",
    }
    with pytest.raises(Invalid) as refused:
        check(data, {"u": "某局"})
    assert set(refused.value.errors) == {"name"}
