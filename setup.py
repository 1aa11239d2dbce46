"""zwgk: a Plone 6.2 add-on for government-affairs disclosure (政务公开).

`profiles/`, `content_types/` and `themes/` are top-level folders of the
repository (the product's design card asks for them there); relative symlinks
in `src/zwgk/` make them the subpackages `zwgk.profiles`, `zwgk.content_types`
and `zwgk.themes` for pip, wheels and zc.buildout alike.
"""

from pathlib import Path
from setuptools import find_packages
from setuptools import setup


HERE = Path(__file__).parent
long_description = "\n\n".join(
    (HERE / name).read_text(encoding="utf-8") for name in ("README.md", "CHANGES.md")
)

setup(
    name="zwgk",
    version="1.0.0.dev0",
    description="Government-affairs disclosure (政务公开) portal and system for Plone 6.2",
    long_description=long_description,
    long_description_content_type="text/markdown",
    classifiers=[
        "Development Status :: 3 - Alpha",
        "Environment :: Web Environment",
        "Framework :: Plone",
        "Framework :: Plone :: 6.2",
        "Framework :: Plone :: Addon",
        "Framework :: Zope :: 5",
        "License :: OSI Approved :: GNU General Public License v2 (GPLv2)",
        "Natural Language :: Chinese (Simplified)",
        "Operating System :: OS Independent",
        "Programming Language :: Python",
        "Programming Language :: Python :: 3.11",
    ],
    keywords="Plone government disclosure 政务公开",
    author="zwgk developers",
    author_email="zwgk@example.org",
    url="https://example.org/zwgk",
    license="GPL version 2",
    packages=find_packages("src"),
    package_dir={"": "src"},
    include_package_data=True,
    zip_safe=False,
    python_requires=">=3.11",
    install_requires=[
        "Plone",
        "Products.CMFPlone",
        "plone.api",
        "plone.app.caching",
        "plone.app.contenttypes",
        "plone.app.dexterity",
        "plone.restapi",
        "collective.exportimport",
        "openpyxl",
        "chinesecalendar",
        "jieba",
        "Chameleon",  # browser/fragments.py renders with it directly
        "setuptools",
    ],
    extras_require={
        "test": [
            "plone.app.testing",
            "pytest",
            "pytest-plone",
            "zope.pytestlayer",
            "build",
            "requests",
            # real-browser tests (tests/browser) drive Debian's chromium
            "playwright",
        ],
        "lint": [
            "ruff",
            "zpretty",
            "pyroma",
        ],
    },
    entry_points="""
    [z3c.autoinclude.plugin]
    target = plone
    [zopectl.command]
    zwgk_import = zwgk.bulk.cli:main
    """,
)
