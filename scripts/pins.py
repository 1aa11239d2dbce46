"""Write versions.cfg (buildout) from constraints.txt (pip): one pin set, two formats.

Usage: python scripts/pins.py [--check]
With --check, exit 1 if versions.cfg is not what constraints.txt says.
"""

from pathlib import Path

import sys


ROOT = Path(__file__).resolve().parent.parent
HEADER = """\
# Generated from constraints.txt by scripts/pins.py -- do not edit by hand.
# Known-good pin set for zwgk on Plone 6.2.2 / Python 3.11 (buildout).
[buildout]
allow-picked-versions = false
show-picked-versions = true

[versions]
"""


def read_constraints(path=ROOT / "constraints.txt"):
    pins = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name, _, version = line.partition("==")
        pins[name.strip()] = version.strip()
    return pins


def render(pins):
    lines = [
        f"{name} = {version}"
        for name, version in sorted(pins.items(), key=lambda i: i[0].lower())
    ]
    return HEADER + "\n".join(lines) + "\n"


def main(argv):
    text = render(read_constraints())
    target = ROOT / "versions.cfg"
    if "--check" in argv:
        if target.read_text(encoding="utf-8") != text:
            print("versions.cfg differs from constraints.txt: run `make versions`")
            return 1
        return 0
    target.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
