"""Every page of the disclosure column renders on the demo district, for
anonymous visitors, with the demo's content in the right places.

One test: loading the district takes seconds.
"""

from plone.app.testing import logout


PAGES = (
    "zwgk",
    "zwgk/@@disclosure-guide",
    "zwgk/@@disclosure-rules",
    "zwgk/@@proactive",
    "zwgk/@@proactive?by=area",
    "zwgk/@@proactive?category=livelihood",
    "zwgk/@@annual-reports",
    "zwgk/@@directories",
    "zwgk/@@directories?area=social-assistance&level=town",
    "zwgk/jqz",
    "zwgk/jqz/@@disclosure-guide",
    "zwgk/jqz/@@disclosure-rules",
    "zwgk/jqz/@@proactive",
    "zwgk/jqz/@@annual-reports",
    "zwgk/jqz/@@directories",
    "zcjd",
    "zwgk/shfzj/dbtkbf",
    "zwgk/czj/2026ysgk",
)


def render(portal, page):
    """The page's HTML as the publisher makes it (default view for folders)."""
    path, _, query = page.partition("?")
    request = portal.REQUEST
    request.form.clear()
    for pair in filter(None, query.split("&")):
        key, _, value = pair.partition("=")
        request.form[key] = value
    obj = portal.unrestrictedTraverse(path)
    if "@@" not in path:
        obj = obj.restrictedTraverse(
            obj.getLayout() if hasattr(obj, "getLayout") else "view"
        )
    return obj()


def test_demo_column_pages(demo_portal):
    logout()
    html = {page: render(demo_portal, page) for page in PAGES}
    assert "政府信息公开专栏" in html["zwgk"]
    assert "蛟桥镇" in html["zwgk"] and "南昌经开区财政局" in html["zwgk"]
    guide = html["zwgk/@@disclosure-guide"]
    assert "南昌经开区政务公开办公室" in guide  # 受理机构 of the office
    assert "编制本指南" in guide  # the office's own text
    assert "蛟桥镇党政综合办公室" in html["zwgk/jqz/@@disclosure-guide"]
    assert "保密审查制度" in html["zwgk/@@disclosure-rules"]
    reports = html["zwgk/@@annual-reports"]
    assert reports.index("2025年政府信息公开") < reports.index("2024年政府信息公开")
    assert "蛟桥镇2025年" in reports
    assert "南昌经开区2024年" not in html["zwgk/jqz/@@annual-reports"]
    proactive = html["zwgk/@@proactive"]
    assert "财政预算、决算信息" in proactive
    assert "某化工企业" not in proactive  # withheld
    assert "养老机构运营补贴" not in html["zwgk/@@proactive?category=livelihood"]
    assert "社会救助" in html["zwgk/@@proactive?by=area"]
    filtered = html["zwgk/@@directories?area=social-assistance&level=town"]
    assert "蛟桥镇社会救助领域" in filtered and "冠山管理处社会救助领域" in filtered
    assert "经开区社会救助领域" not in filtered and "养老服务领域" not in filtered
    assert "政策解读" in html["zcjd"] and "就业创业若干措施" in html["zcjd"]
    assert "政策解读" in html["zwgk/shfzj/dbtkbf"]
    assert 'id="portal-column-one"' not in html["zwgk/shfzj/dbtkbf"]  # an article
    budget = html["zwgk/czj/2026ysgk"]
    assert "2026年一般公共预算收支表.csv" in budget
    assert "zwgk/czj/2026ysgk/ysszb/@@download/file" in budget
