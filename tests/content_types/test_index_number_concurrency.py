"""Two editors creating items at the same moment never get the same 索引号."""

from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from ZODB.POSException import ConflictError
from zwgk.index_numbers import allocate_serial

import transaction


def test_concurrent_allocations_conflict_and_retry_gives_unique_serials(functional):
    portal = functional["portal"]
    setRoles(portal, TEST_USER_ID, ["Manager"])
    api.content.create(
        container=portal,
        type="OrgUnit",
        id="jqz",
        title="蛟桥镇",
        code="123601009",
        level="town",
    )
    transaction.commit()

    db = functional["zodbDB"]
    managers = [transaction.TransactionManager() for _ in range(2)]
    connections = [db.open(transaction_manager=tm) for tm in managers]
    try:
        units = [c.root()["Application"]["plone"]["jqz"] for c in connections]
        first = allocate_serial(units[0], 2026)
        second = allocate_serial(units[1], 2026)
        assert first == second == 1  # both read the same state...
        managers[0].commit()
        try:
            managers[1].commit()  # ...so the second commit must fail
            raise AssertionError("the second allocation committed a duplicate")
        except ConflictError:
            managers[1].abort()
        retried = allocate_serial(units[1], 2026)  # what Zope's retry does
        managers[1].commit()
        assert retried == 2
    finally:
        for c in connections:
            c.close()
