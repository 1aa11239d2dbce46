"""The Zope administrator account that ``make start`` prints."""


def ensure_admin(app, user_id, password):
    """Create the Zope admin, or reset its password and Manager role.

    The root user folder is a PluggableAuthService: PlonePAS's patched
    ``_doChangeUser`` needs plugin types the root does not register, so an
    existing account is updated through the ZODB user and role managers.
    """
    users = app.acl_users
    if users.getUserById(user_id) is None:
        users._doAddUser(user_id, password, ["Manager"], [])
    elif hasattr(getattr(users, "users", None), "updateUserPassword"):
        users.users.updateUserPassword(user_id, password)
        users.roles.assignRoleToPrincipal("Manager", user_id)
    else:  # a classic Zope user folder
        users._doChangeUser(user_id, password, ["Manager"], [])
    return users.getUserById(user_id)
