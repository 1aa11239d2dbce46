"""公开目录: browsing the published directories by area, level and unit."""

from plone import api
from plone.app.testing import logout
from zwgk.testing import add_directory
from zwgk.testing import add_unit
from zwgk.testing import page

import re


class TestDirectories:
    def setup_units(self, manager):
        section = manager["zwgk"]
        czj = add_unit(section, "czj", "财政局", "113601005", "district")
        jqz = add_unit(section, "jqz", "蛟桥镇", "MB1F77361", "town")
        add_directory(czj, "区财政预决算目录", "budgets-and-final-accounts", "district")
        add_directory(jqz, "镇财政预决算目录", "budgets-and-final-accounts", "town")
        add_directory(jqz, "镇社会救助目录", "social-assistance", "town")
        add_directory(
            jqz, "镇养老服务目录（草稿）", "elderly-care-services", "town", ""
        )
        return section, czj, jqz

    def test_all_public_directories_with_their_table_link(self, manager):
        section, czj, _jqz = self.setup_units(manager)
        logout()
        html = page(section, "directories")
        for title in ("区财政预决算目录", "镇财政预决算目录", "镇社会救助目录"):
            assert title in html
        assert "镇养老服务目录（草稿）" not in html  # not approved: not public
        # the areas' official order (财政预决算 before 社会救助), district first
        assert html.index("区财政预决算目录") < html.index("镇财政预决算目录")
        assert html.index("镇财政预决算目录") < html.index("镇社会救助目录")
        assert f"{czj.absolute_url()}/" in html and "财政预决算" in html

    def test_filter_by_area_level_and_unit(self, manager):
        section, _czj, _jqz = self.setup_units(manager)
        logout()
        html = page(section, "directories", area="budgets-and-final-accounts")
        assert "区财政预决算目录" in html and "镇财政预决算目录" in html
        assert "镇社会救助目录" not in html
        html = page(section, "directories", level="town")
        assert "区财政预决算目录" not in html and "镇社会救助目录" in html
        html = page(section, "directories", unit="czj")
        assert "区财政预决算目录" in html and "镇财政预决算目录" not in html
        html = page(section, "directories", unit="no-such-unit")
        assert "没有符合条件的标准目录" in html
        # the form keeps the choice (GET, works without JavaScript)
        html = page(section, "directories", level="town")
        assert re.search(r'<option value="town"\s+selected="selected"', html)

    def test_unit_scope(self, manager):
        _section, _czj, jqz = self.setup_units(manager)
        html = page(jqz, "directories")
        assert "镇社会救助目录" in html and "区财政预决算目录" not in html
        assert 'name="unit"' not in html  # no units below the town to choose

    def test_directory_under_revision_links_its_approved_version(self, manager):
        _section, czj, _jqz = self.setup_units(manager)
        directory = czj.directories()[0]
        api.content.transition(obj=directory, transition="revise")
        logout()
        html = page(manager["zwgk"], "directories")
        assert "区财政预决算目录" in html
        # its own page shows the public the approved version
        assert f'href="{directory.absolute_url()}"' in html
        assert "zwgk-approved-version" in directory.restrictedTraverse("@@view")()
