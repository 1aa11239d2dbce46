"""附件下载: an anonymous visitor downloads an attachment of public information
and the browser gets its Chinese file name (RFC 6266 ``filename*``)."""

from datetime import date
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from plone.namedfile.file import NamedBlobFile
from urllib.parse import unquote

import pytest
import requests
import transaction


FILENAME = "2026年部门预算公开表（草案）.xlsx"
DATA = b"PK\x03\x04 not really a workbook"


@pytest.fixture
def info_url(functional_portal):
    portal = functional_portal
    setRoles(portal, TEST_USER_ID, ["Manager"])
    unit = api.content.create(
        container=portal["zwgk"],
        type="OrgUnit",
        id="czj",
        title="财政局",
        code="113601005",
        level="district",
    )
    info = api.content.create(
        container=unit,
        type="GovernmentInformation",
        id="ysgk",
        title="2026年部门预算公开",
        written_date=date(2026, 3, 1),
        topic="finance",
        genre="report",
        disclosure_attribute="proactive",
    )
    api.content.create(
        container=info,
        type="File",
        id="ysb",
        title="部门预算公开表",
        file=NamedBlobFile(DATA, filename=FILENAME),
    )
    for obj in (unit, info):
        api.content.transition(obj=obj, to_state="published")
    transaction.commit()
    return info.absolute_url()


def test_anonymous_downloads_with_the_chinese_file_name(info_url):
    page = requests.get(info_url, timeout=30)
    assert page.status_code == 200
    link = f"{info_url}/ysb/@@download/file"
    assert link in page.text and FILENAME in page.text

    download = requests.get(link, timeout=30)
    assert download.status_code == 200
    assert download.content == DATA
    disposition = download.headers["Content-Disposition"]
    assert disposition.startswith("attachment")
    assert unquote(disposition.split("filename*=UTF-8''")[1]) == FILENAME
