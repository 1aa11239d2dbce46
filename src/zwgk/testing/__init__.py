"""plone.app.testing layers for zwgk (used by the pytest fixtures in tests/)."""

from datetime import date
from plone import api
from plone.app.contenttypes.testing import PLONE_APP_CONTENTTYPES_FIXTURE
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PloneSandboxLayer
from plone.app.testing import applyProfile
from plone.testing.zope import WSGI_SERVER_FIXTURE

import transaction
import zwgk


class ZwgkLayer(PloneSandboxLayer):
    defaultBases = (PLONE_APP_CONTENTTYPES_FIXTURE,)

    def setUpZope(self, app, configurationContext):
        self.loadZCML(package=zwgk)

    def setUpPloneSite(self, portal):
        applyProfile(portal, "zwgk:default")


FIXTURE = ZwgkLayer()


class ZwgkFunctionalTesting(FunctionalTesting):
    """Each test starts with an empty page cache: every test's database starts
    from the same catalog counter, so a page cached by an earlier test would
    carry the same ETag as this test's different page."""

    def testSetUp(self):
        super().testSetUp()
        from zwgk.portal.caching import clear_page_cache

        clear_page_cache()


INTEGRATION_TESTING = IntegrationTesting(bases=(FIXTURE,), name="Zwgk:Integration")
FUNCTIONAL_TESTING = ZwgkFunctionalTesting(
    bases=(FIXTURE, WSGI_SERVER_FIXTURE), name="Zwgk:Functional"
)

ATTACHMENT_FILENAME = "附件1：2026年政务公开工作要点任务分工表.pdf"
ATTACHMENT_PARENT = "zwgk/gkb/2026zwgkgzyd"


class ZwgkDemoLayer(PloneSandboxLayer):
    """The demo district (南昌经开区) committed into the layer's storage, so a
    real browser talking to the WSGI server sees it. Loading it takes a while:
    one layer for all browser tests."""

    defaultBases = (FIXTURE,)

    def setUpPloneSite(self, portal):
        from plone import api

        with api.env.adopt_roles(["Manager"]):
            applyProfile(portal, "zwgk:demo")
            add_attachment(portal.unrestrictedTraverse(ATTACHMENT_PARENT))
            # Commit while the site is still set: indexing runs at commit and
            # needs it (relations resolve through the site's intids), and
            # plone.testing swallows a failing commit at the end of set-up,
            # which left the browser tests an empty district.
            transaction.commit()


def add_attachment(information, filename=ATTACHMENT_FILENAME):
    """A File with a Chinese file name inside a piece of information (附件):
    the demo data has none."""
    from plone import api
    from plone.namedfile.file import NamedBlobFile

    return api.content.create(
        container=information,
        type="File",
        id="attachment-1",
        title=filename.rsplit(".", 1)[0],
        file=NamedBlobFile(
            data=b"%PDF-1.4\n% zwgk test attachment\n%%EOF\n",
            contentType="application/pdf",
            filename=filename,
        ),
    )


DEMO_FIXTURE = ZwgkDemoLayer()
BROWSER_TESTING = FunctionalTesting(
    bases=(DEMO_FIXTURE, WSGI_SERVER_FIXTURE), name="Zwgk:Browser"
)


def create_finance_unit(portal, directory_id="czyjs"):
    """The 财政局 unit with its 财政预决算 directory: a fixture for tests and
    benchmarks. Returns (unit, directory)."""
    from plone import api

    unit = api.content.create(
        container=portal,
        type="OrgUnit",
        id="czj",
        title="财政局",
        code="113601005",
        level="district",
    )
    directory = api.content.create(
        container=unit,
        type="DisclosureDirectory",
        id=directory_id,
        title="财政预决算领域基层政务公开标准目录",
        area="budgets-and-final-accounts",
        level="district",
    )
    return unit, directory


# Staffed units and directory rows, shared by the tests of many features.

STAFF_PASSWORD = "pw-12345678"
STAFF_KINDS = ("editors", "reviewers", "approvers")


def add_staffed_unit(container, unit_id, title, code, level="district"):
    """A published unit with one account per staff group: <unit>-editor,
    <unit>-reviewer, <unit>-approver (password STAFF_PASSWORD)."""
    from plone import api

    unit = api.content.create(
        container=container,
        type="OrgUnit",
        id=unit_id,
        title=title,
        code=code,
        level=level,
    )
    api.content.transition(obj=unit, to_state="published")
    for kind in STAFF_KINDS:
        user_id = f"{unit_id}-{kind[:-1]}"
        api.user.create(
            email=f"{user_id}@example.org", username=user_id, password=STAFF_PASSWORD
        )
        api.group.add_user(groupname=f"{unit_id}-{kind}", username=user_id)
    return unit


def make_item(directory, level1, level2, **extra):
    from plone import api

    fields = dict(
        item_level1=level1,
        item_level2=level2 or None,
        content="一般公共预算收支表",
        basis="《中华人民共和国预算法》",
        time_limit="批准后20日内",
        responsible_body="区财政局",
        channels=["government-website"],
        audience="public",
        mode="proactive",
        levels=["district"],
    )
    fields.update(extra)
    return api.content.create(
        container=directory, type="DisclosureItem", title=level1, **fields
    )


# Pages and content of the portal's sections, for page tests.


def page(context, name, **form):
    request = context.REQUEST
    request.form.clear()
    request.form.update(form)
    return context.restrictedTraverse(f"@@{name}")()


def add_unit(section, unit_id, title, code, level, **fields):
    """A published OrgUnit (no staff: see ``add_staffed_unit``)."""
    unit = api.content.create(
        container=section,
        type="OrgUnit",
        id=unit_id,
        title=title,
        code=code,
        level=level,
        **fields,
    )
    api.content.transition(obj=unit, to_state="published")
    return unit


def add_directory(unit, title, area, level, state="published"):
    directory = api.content.create(
        container=unit, type="DisclosureDirectory", title=title, area=area, level=level
    )
    make_item(directory, "事项", "", levels=[level])
    if state == "published":
        api.content.transition(obj=directory, to_state="published")
    return directory


def add_information(unit, title, **fields):
    values = {
        "written_date": date(2026, 3, 1),
        "topic": "finance",
        "genre": "normative",
        "disclosure_attribute": "proactive",
    }
    values.update(fields)
    return api.content.create(
        container=unit, type="GovernmentInformation", title=title, **values
    )


def assert_bad_request(answer):
    """A 400 that says in Chinese what is wrong (JSON ``message`` or text)."""
    import re

    assert answer.status_code == 400, (answer.status_code, answer.text[:300])
    is_json = "json" in answer.headers.get("Content-Type", "")
    message = answer.json()["message"] if is_json else answer.text
    assert re.search("[\u4e00-\u9fff]", message), message
    return message
