"""The built wheel carries profiles/, content_types/ and themes/ inside zwgk."""

from pathlib import Path

import pytest
import subprocess
import sys
import zipfile


ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "-o",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = out.glob("zwgk-*.whl")
    return set(zipfile.ZipFile(wheel).namelist())


@pytest.mark.parametrize("folder", ["profiles", "content_types", "themes"])
def test_top_level_folder_shipped_as_subpackage(wheel_names, folder):
    expected = {
        f"zwgk/{path.relative_to(ROOT).as_posix()}"
        for path in (ROOT / folder).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert expected
    assert expected <= wheel_names


def test_locales_shipped(wheel_names):
    assert "zwgk/locales/zh_CN/LC_MESSAGES/zwgk.po" in wheel_names


def test_symlinks_point_to_top_level_folders():
    for folder in ("profiles", "content_types", "themes"):
        link = ROOT / "src" / "zwgk" / folder
        assert link.is_symlink()
        assert link.resolve() == (ROOT / folder).resolve()


def test_versions_cfg_matches_constraints():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "pins.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


def test_no_prereleases_pinned():
    import re

    pins = (ROOT / "constraints.txt").read_text().splitlines()
    pre = [p for p in pins if re.search(r"==\S*\d(a|b|rc|\.dev)\d", p)]
    assert pre == []
