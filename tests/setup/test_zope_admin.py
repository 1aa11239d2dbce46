"""The admin account of ``make start``: created once, updated on every run."""

from zwgk.setuphandlers.zope_admin import ensure_admin


def test_created_then_updated(app):
    users = app.acl_users
    admin = ensure_admin(app, "zwgk-admin", "first-pw")
    assert "Manager" in admin.getRoles()
    assert users.authenticate("zwgk-admin", "first-pw", app.REQUEST)
    ensure_admin(app, "zwgk-admin", "second-pw")  # the second `make start`
    assert users.authenticate("zwgk-admin", "second-pw", app.REQUEST)
    assert not users.authenticate("zwgk-admin", "first-pw", app.REQUEST)
