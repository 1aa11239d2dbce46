"""``bin/instance zwgk_import``: bulk loads with progress, all or nothing."""

from plone import api
from zwgk.bulk.cli import main
from zwgk.bulk.cli import parse_args
from zwgk.bulk.cli import run
from zwgk.directories import spreadsheet as directory_io

import csv
import io
import json
import pytest
import transaction


HEADER = [header for _key, header in directory_io.COLUMNS]


def record(n, **changes):
    data = {
        "@type": "GovernmentInformation",
        "parent": "czj",
        "id": f"info-{n}",
        "title": f"第{n}号通知",
        "written_date": "2026-03-01",
        "topic": "finance",
        "genre": "notice",
        "disclosure_attribute": "proactive",
    }
    data.update(changes)
    return data


def test_json_records_with_progress(unit, tmp_path):
    path = tmp_path / "info.json"
    path.write_text(json.dumps([record(n) for n in range(1, 1201)]), encoding="utf-8")
    out = io.StringIO()
    summary = run(api.portal.get(), parse_args([str(path)]), out)
    assert summary == "新增 1200 条"
    lines = out.getvalue().splitlines()
    assert [line.split("（")[0] for line in lines] == [
        "已处理 500/1200",
        "已处理 1000/1200",
        "已处理 1200/1200",
    ]
    infos = [o for o in unit.objectValues() if o.portal_type == "GovernmentInformation"]
    assert len(infos) == 1200


def test_jsonl_and_directory_table(unit, directory, tmp_path):
    jsonl = tmp_path / "info.jsonl"
    jsonl.write_text("\n".join(json.dumps(record(n)) for n in (1, 2)), encoding="utf-8")
    assert run(api.portal.get(), parse_args([str(jsonl)]), io.StringIO()) == "新增 2 条"

    table = tmp_path / "目录.csv"
    row = ["1", "政府预算", "", "预算表", "《预算法》", "批准后20日内", "区财政局"]
    row += ["政府网站", "全社会", "主动", "区级"]
    with table.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([HEADER, row])
    args = parse_args([str(table), "czj/czyjs", "--mode", "add"])
    summary = run(api.portal.get(), args, io.StringIO())
    assert summary == "新增 1，更新 0，删除 0，未变 0"


def test_bad_inputs(unit, tmp_path):
    from zwgk.bulk.loader import BulkImportError
    from zwgk.directories.importer import DirectoryImportError

    broken = tmp_path / "x.json"
    broken.write_text("[{", encoding="utf-8")
    with pytest.raises(BulkImportError) as info:
        run(api.portal.get(), parse_args([str(broken)]), io.StringIO())
    assert info.value.errors[0].startswith("文件不是有效的 JSON")
    table = tmp_path / "x.csv"
    table.write_bytes(b"")
    with pytest.raises(DirectoryImportError) as info:
        run(api.portal.get(), parse_args([str(table), "czj"]), io.StringIO())
    assert info.value.errors == ["“czj”不是标准目录"]


def test_main_commits_once_or_not_at_all(
    functional_app, functional_portal, tmp_path, capsys
):
    from plone.app.testing import SITE_OWNER_NAME
    from plone.app.testing import TEST_USER_ID
    from plone.app.testing import setRoles

    setRoles(functional_portal, TEST_USER_ID, ["Manager"])
    api.content.create(
        container=functional_portal,
        type="OrgUnit",
        id="czj",
        title="财政局",
        code="113601005",
        level="district",
    )
    transaction.commit()
    site = functional_portal.getId()
    path = tmp_path / "info.json"
    path.write_text(
        json.dumps([record(1), record(2, topic="weather")]), encoding="utf-8"
    )
    with pytest.raises(SystemExit) as exit_info:
        main(functional_app, [str(path), "--site", site, "--user", SITE_OWNER_NAME])
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert "导入失败，未作任何改动" in err
    assert "第2条（第2号通知）" in err
    transaction.begin()
    assert functional_portal["czj"].objectIds() == []

    path.write_text(json.dumps([record(1), record(2)]), encoding="utf-8")
    main(functional_app, [str(path), "--site", site, "--user", SITE_OWNER_NAME])
    assert "导入完成：新增 2 条" in capsys.readouterr().out
    transaction.begin()
    assert sorted(functional_portal["czj"].objectIds()) == ["info-1", "info-2"]
