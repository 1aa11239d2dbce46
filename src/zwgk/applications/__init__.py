"""依申请公开: disclosure on application (《政府信息公开条例》第二十七条至第三十七条).

Applicants apply without an account; the handlers of the unit asked and the
disclosure office (公开办) handle the application on the statutory clock.

Modules:
- ``terms``: the vocabularies of the form and of table 3 of the annual
  report (国办公开办函〔2021〕30号);
- ``validation``: the checks every path shares (ID check characters, lengths);
- ``codes``: tracking numbers and query codes (a register, no shared counter);
- ``clock``: the statutory clock (20 working days, 补正, 第三方 15 days,
  extension), on the working-day calendar;
- ``intake``: receiving an application by channel (第三十一条 receipt dates);
- ``handling``: the workflow's effect on the clock, and the deadline log;
- ``turns``: simultaneous submissions take turns (no ZODB conflicts);
- ``ratelimit``: per-client limits on submissions and wrong query codes;
- ``public``: the two ways in (an applicant online, staff registering a
  paper one), shared by the form and REST;
- ``status``: what the applicant sees with number and query code (办理进度);
- ``counts`` / ``report``: table 3 of the annual report;
- ``indexers``: the catalog knows the tracking number and nothing personal;
- ``browser``: ``@@apply``, ``@@application-status``, the staff pages;
  ``services``: ``@disclosure-applications``, ``@disclosure-statistics``;
- ``demo``: the demo district's applications.
"""
