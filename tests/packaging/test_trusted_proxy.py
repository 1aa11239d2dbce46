"""The front proxy is configuration: ``make install TRUSTED_PROXIES=…``
writes Zope's ``trusted-proxy`` lines, so behind nginx or HAProxy the
依申请公开 limit keys on each applicant's address, not the proxy's."""

from pathlib import Path

import os
import shutil
import subprocess
import sys


ROOT = Path(__file__).resolve().parents[2]
FILES = ("Makefile", "buildout.cfg", "instance.cfg", "versions.cfg", "constraints.txt")
FILES += ("setup.py", "pyproject.toml", "MANIFEST.in", "README.md", "CHANGES.md")


def zope_conf(tmp_path, *make_args):
    """Build the instance in a copy of the project; its zope.conf, parsed."""
    for name in FILES:
        shutil.copy(ROOT / name, tmp_path / name)
    shutil.copytree(ROOT / "src", tmp_path / "src", symlinks=True)
    venv = tmp_path / ".venv" / "bin"
    venv.mkdir(parents=True)
    for tool in ("python", "buildout"):
        (venv / tool).symlink_to(Path(sys.executable).parent / tool)
    (tmp_path / ".stamp-install").touch()  # installed: the venv is this one
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAKE")}
    subprocess.run(
        ["make", "-s", "install", *make_args],
        cwd=tmp_path,
        check=True,
        env=env,
        capture_output=True,
        timeout=300,
    )
    from Zope2.Startup.options import ZopeWSGIOptions

    config = tmp_path / "parts" / "instance" / "etc" / "zope.conf"
    options = ZopeWSGIOptions(configfile=str(config))()
    return config.read_text(), options.configroot


def test_trusted_proxies_reach_zope_conf(tmp_path):
    text, config = zope_conf(tmp_path, "TRUSTED_PROXIES=127.0.0.1 10.0.0.5")
    assert "trusted-proxy 127.0.0.1\ntrusted-proxy 10.0.0.5" in text
    assert config.trusted_proxies == ["127.0.0.1", "10.0.0.5"]


def test_no_proxy_by_default(tmp_path):
    text, config = zope_conf(tmp_path)
    assert "trusted-proxy" not in text
    assert not config.trusted_proxies
