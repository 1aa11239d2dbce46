"""Pages of 公众参与 (Classic UI; every page works without JavaScript).

Citizens: ``public.py`` (the section's listing ``@@public-participation``,
a consultation's page with its comment form, a participation list's page).
Staff: ``staff.py`` (moderation queue, adoption, feedback, registering a
comment, feedback owed, comment export) and ``lists.py`` (the list as a
spreadsheet, both ways).
"""
