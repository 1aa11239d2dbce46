"""REST and UI import/export of a directory's spreadsheet."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from urllib.parse import unquote
from zwgk.directories import spreadsheet as directory_io
from zwgk.testing import create_finance_unit

import base64
import csv
import io
import openpyxl
import pytest
import requests
import transaction


AUTH = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
JSON = {"Accept": "application/json"}
HEADER = [header for _key, header in directory_io.COLUMNS]
ROW = [
    "",
    "政府预算",
    "部门预算",
    "部门预算公开表",
    "《中华人民共和国预算法》",
    "批准后20日内",
    "区财政局",
    "政府网站；公开查阅点",
    "全社会",
    "主动",
    "区级",
]


def table(*rows):
    out = io.StringIO(newline="")
    csv.writer(out).writerows([HEADER, *rows])
    return out.getvalue().encode("utf-8")


@pytest.fixture
def directory_url(functional_portal):
    portal = functional_portal
    setRoles(portal, TEST_USER_ID, ["Manager"])
    create_finance_unit(portal, directory_id="ml")
    api.user.create(email="m@example.org", username="member", password="secret-pw1")
    transaction.commit()
    return f"{portal.absolute_url()}/czj/ml"


def titles(functional_portal):
    transaction.begin()  # see what the server committed
    directory = functional_portal["czj"]["ml"]
    return [item.title for item in directory.items_in_order()]


def test_multipart_import(directory_url, functional_portal):
    response = requests.post(
        f"{directory_url}/@directory-import",
        files={"file": ("目录.csv", table(ROW), "text/csv")},
        data={"mode": "add"},
        headers=JSON,
        auth=AUTH,
        timeout=30,
    )
    assert response.status_code == 200, response.text
    assert response.json() == {
        "mode": "add",
        "added": 1,
        "updated": 0,
        "unchanged": 0,
        "removed": 0,
        "total": 1,
    }
    assert titles(functional_portal) == ["政府预算 - 部门预算"]


def test_json_base64_import_then_items_come_back_in_order(directory_url):
    second = ["", "政府决算", "", "决算表", "《预算法》", "批准后20日内"] + ROW[6:]
    body = {
        "file": {
            "data": base64.b64encode(table(second, ROW)).decode(),
            "encoding": "base64",
            "filename": "目录.csv",
        }
    }
    response = requests.post(
        f"{directory_url}/@directory-import",
        json=body,
        headers=JSON,
        auth=AUTH,
        timeout=30,
    )
    assert response.status_code == 200, response.text
    assert response.json()["added"] == 2
    got = requests.get(directory_url, headers=JSON, auth=AUTH, timeout=30).json()
    assert [i["title"] for i in got["items"]] == ["政府决算", "政府预算 - 部门预算"]


def test_bad_file_is_400_with_chinese_rows_and_nothing_saved(
    directory_url, functional_portal
):
    bad = ROW[:4] + [""] + ROW[5:9] + ["随便"] + ROW[10:]
    response = requests.post(
        f"{directory_url}/@directory-import",
        files={"file": ("目录.csv", table(ROW, bad), "text/csv")},
        headers=JSON,
        auth=AUTH,
        timeout=30,
    )
    assert response.status_code == 400
    body = response.json()
    assert body["message"] == "导入失败，目录未作任何改动"
    assert "第3行：缺少“公开依据”" in body["errors"]
    assert "第3行：一级事项“政府预算”、二级事项“部门预算”与第2行重复" in body["errors"]
    assert any(e.startswith("第3行：“公开方式”的值“随便”") for e in body["errors"])
    assert titles(functional_portal) == []


@pytest.mark.parametrize(
    "body,message",
    [
        ({}, "请提供要导入的文件（file）"),
        ({"file": {"data": "不是base64"}}, "文件内容不是有效的 base64 编码"),
        (
            {"file": {"data": base64.b64encode(b"x").decode(), "filename": "a.doc"}},
            "不支持的文件类型“a.doc”，请上传 Excel（.xlsx）或 CSV 文件",
        ),
        (
            {
                "file": {
                    "data": base64.b64encode(table(ROW)).decode(),
                    "filename": "a.csv",
                },
                "mode": "merge",
            },
            "导入方式“merge”无效，应为 replace（替换）或 add（追加）",
        ),
    ],
)
def test_bad_requests_are_explained(directory_url, body, message):
    response = requests.post(
        f"{directory_url}/@directory-import",
        json=body,
        headers=JSON,
        auth=AUTH,
        timeout=30,
    )
    assert response.status_code == 400
    assert response.json()["errors"] == [message]


def test_anonymous_and_members_cannot_import(directory_url, functional_portal):
    for auth in (None, ("member", "secret-pw1")):
        response = requests.post(
            f"{directory_url}/@directory-import",
            files={"file": ("目录.csv", table(ROW), "text/csv")},
            headers=JSON,
            auth=auth,
            timeout=30,
        )
        assert response.status_code == 401, response.text
    assert titles(functional_portal) == []


def test_export_xlsx_and_csv_round_trip(directory_url, functional_portal):
    requests.post(
        f"{directory_url}/@directory-import",
        files={"file": ("目录.csv", table(ROW), "text/csv")},
        headers=JSON,
        auth=AUTH,
        timeout=30,
    )
    xlsx = requests.get(
        f"{directory_url}/@directory-export?format=xlsx",
        headers=JSON,
        auth=AUTH,
        timeout=30,
    )
    assert xlsx.status_code == 200
    assert xlsx.headers["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml"
    )
    disposition = xlsx.headers["Content-Disposition"]
    assert unquote(disposition.split("filename*=UTF-8''")[1]) == (
        "财政预决算领域基层政务公开标准目录.xlsx"
    )
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx.content)).active
    assert [c.value for c in sheet[1]] == HEADER
    assert [c.value for c in sheet[2]][1:4] == [
        "政府预算",
        "部门预算",
        "部门预算公开表",
    ]

    csv_export = requests.get(
        f"{directory_url}/@directory-export?format=csv",
        headers=JSON,
        auth=AUTH,
        timeout=30,
    )
    assert csv_export.headers["Content-Type"] == "text/csv; charset=utf-8"
    again = requests.post(
        f"{directory_url}/@directory-import",
        files={"file": ("x.csv", csv_export.content, "text/csv")},
        headers=JSON,
        auth=AUTH,
        timeout=30,
    )
    assert again.json()["unchanged"] == 1


def test_export_unknown_format(directory_url):
    response = requests.get(
        f"{directory_url}/@directory-export?format=pdf",
        headers=JSON,
        auth=AUTH,
        timeout=30,
    )
    assert response.status_code == 400
    assert response.json()["message"] == "不支持的导出格式“pdf”，可选：xlsx、csv"


def test_ui_form_shows_row_errors_then_imports(directory_url, functional_portal):
    session = requests.Session()
    session.auth = AUTH
    form = session.get(f"{directory_url}/@@directory-import", timeout=30)
    assert form.status_code == 200
    token = form.text.split('name="_authenticator" value="')[1].split('"')[0]
    bad = ROW[:1] + [""] + ROW[2:]
    response = session.post(
        f"{directory_url}/@@directory-import",
        files={"file": ("目录.csv", table(bad), "text/csv")},
        data={"mode": "replace", "_authenticator": token, "form.submitted": "1"},
        timeout=30,
    )
    assert response.status_code == 200
    assert "第2行：缺少“一级事项”" in response.text
    assert titles(functional_portal) == []
    response = session.post(
        f"{directory_url}/@@directory-import",
        files={"file": ("目录.csv", table(ROW), "text/csv")},
        data={"mode": "replace", "_authenticator": token, "form.submitted": "1"},
        timeout=30,
    )
    assert response.url == directory_url
    assert titles(functional_portal) == ["政府预算 - 部门预算"]


def test_ui_form_refuses_a_post_without_csrf_token(directory_url, functional_portal):
    response = requests.post(
        f"{directory_url}/@@directory-import",
        files={"file": ("目录.csv", table(ROW), "text/csv")},
        data={"mode": "replace", "form.submitted": "1"},
        auth=AUTH,
        timeout=30,
    )
    assert response.status_code == 403
    assert titles(functional_portal) == []


def test_ui_export_download_for_anonymous(directory_url):
    response = requests.get(
        f"{directory_url}/@@directory-export?format=csv", timeout=30
    )
    # a private directory is not for anonymous users
    assert response.status_code in (401, 403) or "login" in response.url
