"""plone.restapi creates, reads and updates zwgk content (vocabularies: token+title)."""

from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD

import pytest
import requests
import transaction


HEADERS = {"Accept": "application/json", "Content-Type": "application/json"}
AUTH = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)


@pytest.fixture
def portal_url(functional_portal):
    transaction.commit()
    return functional_portal.absolute_url()


def post(url, payload, auth=AUTH):
    return requests.post(url, json=payload, headers=HEADERS, auth=auth, timeout=30)


def test_create_read_update_directory_and_items(portal_url):
    unit = post(
        portal_url,
        {
            "@type": "OrgUnit",
            "id": "czj",
            "title": "财政局",
            "code": "113601005",
            "level": "district",
        },
    )
    assert unit.status_code == 201, unit.text
    directory = post(
        f"{portal_url}/czj",
        {
            "@type": "DisclosureDirectory",
            "id": "ml",
            "title": "财政预决算目录",
            "area": "budgets-and-final-accounts",
            "level": "district",
        },
    )
    assert directory.status_code == 201, directory.text
    for level2 in ("一般公共预算", "政府性基金预算", "三公经费"):
        item = post(
            f"{portal_url}/czj/ml",
            {
                "@type": "DisclosureItem",
                "item_level1": "政府预算",
                "item_level2": level2,
                "content": "预算表",
                "basis": "《预算法》",
                "time_limit": "批准后20日内",
                "time_limit_days": 20,
                "time_limit_unit": "calendar_days",
                "time_limit_start": "approved",
                "responsible_body": "区财政局",
                "channels": ["government-website"],
                "audience": "public",
                "mode": "proactive",
                "levels": ["district"],
            },
        )
        assert item.status_code == 201, item.text
    data = requests.get(
        f"{portal_url}/czj/ml", headers=HEADERS, auth=AUTH, timeout=30
    ).json()
    assert data["area"] == {
        "token": "budgets-and-final-accounts",
        "title": "财政预决算",
    }
    assert [i["title"] for i in data["items"]] == [
        "政府预算 - 一般公共预算",
        "政府预算 - 政府性基金预算",
        "政府预算 - 三公经费",
    ]
    item = requests.get(
        data["items"][0]["@id"], headers=HEADERS, auth=AUTH, timeout=30
    ).json()
    assert item["mode"] == {"token": "proactive", "title": "主动"}
    assert item["channels"] == [{"token": "government-website", "title": "政府网站"}]
    patch = requests.patch(
        data["items"][0]["@id"],
        json={"responsible_body": "区财政局预算科"},
        headers=HEADERS,
        auth=AUTH,
        timeout=30,
    )
    assert patch.status_code == 204


def test_bad_vocabulary_value_refused(portal_url):
    post(
        portal_url,
        {
            "@type": "OrgUnit",
            "id": "czj",
            "title": "财政局",
            "code": "113601005",
            "level": "district",
        },
    )
    response = post(
        f"{portal_url}/czj",
        {
            "@type": "DisclosureDirectory",
            "title": "目录",
            "area": "no-such-area",
            "level": "district",
        },
    )
    assert response.status_code == 400


def test_bad_org_code_refused_with_chinese_message(portal_url):
    response = post(
        portal_url,
        {"@type": "OrgUnit", "title": "某局", "code": "113601006", "level": "district"},
    )
    assert response.status_code == 400
    # plone.restapi reports field errors as the repr of a list (escaped).
    message = response.json()["message"]
    assert "校验位" in message.encode("ascii", "backslashreplace").decode(
        "unicode_escape"
    )


def test_information_gets_index_number_and_it_is_read_only(portal_url):
    post(
        portal_url,
        {
            "@type": "OrgUnit",
            "id": "czj",
            "title": "财政局",
            "code": "113601005",
            "level": "district",
        },
    )
    created = post(
        f"{portal_url}/czj",
        {
            "@type": "GovernmentInformation",
            "title": "关于某事的通知",
            "written_date": "2026-03-02",
            "topic": "finance",
            "genre": "notice",
            "disclosure_attribute": "proactive",
            "index_number": "HACK/2026-99999",
        },
    )
    assert created.status_code == 201, created.text
    number = created.json()["index_number"]
    assert number.startswith("113601005/") and "HACK" not in number
    url = created.json()["@id"]
    requests.patch(
        url, json={"index_number": "x"}, headers=HEADERS, auth=AUTH, timeout=30
    )
    again = requests.get(url, headers=HEADERS, auth=AUTH, timeout=30).json()
    assert again["index_number"] == number


def test_anonymous_cannot_create(portal_url):
    response = post(
        portal_url,
        {"@type": "OrgUnit", "title": "x", "code": "113601005", "level": "district"},
        auth=None,
    )
    assert response.status_code == 401


def test_information_and_interpretation_with_relations(portal_url):
    post(
        portal_url,
        {
            "@type": "OrgUnit",
            "id": "mzj",
            "title": "社会发展局",
            "code": "113601005",
            "level": "district",
        },
    )
    policy = post(
        f"{portal_url}/mzj",
        {
            "@type": "GovernmentInformation",
            "id": "dbbf",
            "title": "最低生活保障实施办法",
            "document_number": "洪经社字〔2026〕2号",
            "written_date": "2026-03-02",
            "publication_date": "2026-03-06",
            "topic": "civil-affairs",
            "genre": "normative",
            "disclosure_attribute": "proactive",
            "text": {"data": "<p>第一条</p>", "content-type": "text/html"},
        },
    )
    assert policy.status_code == 201, policy.text
    reading = post(
        f"{portal_url}/mzj",
        {
            "@type": "PolicyInterpretation",
            "id": "dbbfjd",
            "title": "《最低生活保障实施办法》政策解读",
            "policy": policy.json()["UID"],
            "form": "qa",
            "disclosure_attribute": "proactive",
            "background": {"data": "<p>背景</p>", "content-type": "text/html"},
            "questions": [{"question": "谁可以申请？", "answer": "本区户籍居民。"}],
        },
    )
    assert reading.status_code == 201, reading.text
    body = reading.json()
    assert body["policy"]["@id"].endswith("/mzj/dbbf")
    assert body["form"] == {"token": "qa", "title": "简明问答"}
    assert body["index_number"].startswith("113601005/")

    patched = requests.patch(
        body["@id"],
        json={"questions": [{"question": "标准多少？", "answer": "每月900元。"}]},
        headers=HEADERS,
        auth=AUTH,
        timeout=30,
    )
    assert patched.status_code == 204, patched.text
    again = requests.get(body["@id"], headers=HEADERS, auth=AUTH, timeout=30).json()
    assert again["questions"] == [{"question": "标准多少？", "answer": "每月900元。"}]

    bad = requests.patch(
        body["@id"],
        json={"questions": [{"question": "缺答案"}]},
        headers=HEADERS,
        auth=AUTH,
        timeout=30,
    )
    assert bad.status_code == 400

    info = requests.get(policy.json()["@id"], headers=HEADERS, auth=AUTH, timeout=30)
    assert info.json()["genre"] == {"token": "normative", "title": "行政规范性文件"}
    repealed = requests.patch(
        policy.json()["@id"],
        json={"validity": "repealed", "validity_date": "2026-10-01"},
        headers=HEADERS,
        auth=AUTH,
        timeout=30,
    )
    assert repealed.status_code == 204, repealed.text


def test_type_titles_are_chinese(portal_url):
    types = requests.get(f"{portal_url}/@types", headers=HEADERS, auth=AUTH, timeout=30)
    titles = {t["@id"].rsplit("/", 1)[-1]: t["title"] for t in types.json()}
    assert titles["OrgUnit"] == "机构"
    assert titles["DisclosureDirectory"] == "政务公开事项标准目录"
    assert titles["PolicyInterpretation"] == "政策解读"
