"""政务舆情 over HTTP: Anonymous and other units see nothing (pages, REST,
search); the unit concerned reports with the order's form."""

from datetime import datetime
from datetime import timedelta
from plone import api
from zwgk.codes import CHINA
from zwgk.testing import STAFF_PASSWORD
from zwgk.testing.citizen_messages import staffed

import re
import requests
import transaction


JSON = {"Accept": "application/json"}
TOKEN = re.compile(r'name="_authenticator"[^>]*value="([^"]+)"')
TITLE = "网传某小区停水三天无人管"


def test_only_the_office_and_the_unit_concerned(functional_portal):
    from zwgk.public_opinion.access import opinion_folder

    portal = functional_portal
    czj, jqz = staffed(portal)
    event = api.content.create(
        container=opinion_folder(portal),
        type="OpinionEvent",
        title=TITLE,
        source="media",
        summary="多个平台出现某小区连续停水的帖子。",
        grade="general",
        first_seen=datetime.now(CHINA) - timedelta(hours=50),
    )
    order = api.content.create(
        container=event, type="TransferOrder", title="转办单", units=[czj.UID()]
    )
    transaction.commit()
    url, site = order.absolute_url(), portal.absolute_url()
    for address in (url, event.absolute_url(), f"{site}/public-opinion"):
        assert requests.get(address, headers=JSON, timeout=30).status_code == 401
        other = requests.get(
            address, headers=JSON, auth=("jqz-editor", STAFF_PASSWORD), timeout=30
        )
        assert other.status_code in (401, 403)
    for auth in (None, ("jqz-editor", STAFF_PASSWORD)):
        found = requests.get(
            f"{site}/@search",
            headers=JSON,
            auth=auth,
            params={"SearchableText": "停水"},
            timeout=30,
        ).json()
        assert found["items_total"] == 0
    page = requests.get(
        f"{site}/@@search", params={"SearchableText": "停水"}, timeout=30
    )
    assert TITLE not in page.text
    assert TITLE not in requests.get(f"{site}/@@feed.rss", timeout=30).text

    session = requests.Session()
    session.auth = ("czj-editor", STAFF_PASSWORD)
    view = session.get(url, timeout=30)
    assert view.status_code == 200 and "回应舆情" in view.text and "已逾期" in view.text
    data = {
        "_authenticator": TOKEN.search(view.text).group(1),
        "action": "report",
        "unit": czj.UID(),
        "found": "经核查，系管网维修停水一天。",
        "done": "已恢复供水。",
        "response_way": "authoritative_information",
        "response_link": "https://example.org/zwgk/tzgg/1",
        "responded_at": (datetime.now(CHINA) - timedelta(hours=1)).strftime(
            "%Y-%m-%dT%H:%M"
        ),
    }
    answer = session.post(f"{url}/@@opinion-order", data=data, timeout=30)
    assert answer.status_code == 200 and "反馈已提交" in answer.text
    assert "逾期完成" in answer.text  # responded after the 48 hours
    refused = requests.post(
        f"{url}/@@opinion-order",
        data=data,
        auth=("jqz-editor", STAFF_PASSWORD),
        timeout=30,
        allow_redirects=False,
    )
    assert refused.status_code in (302, 401, 403)  # 302: to 权限不足
    assert "反馈已提交" not in refused.text
