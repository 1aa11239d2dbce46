"""公众参与: public participation in major administrative decisions.

《重大行政决策程序暂行条例》(国务院令第713号): a draft major decision is
published for comment with the draft and an explanation (起草说明), how to
comment and the deadline; the period is normally at least 30 days, a
shorter one needs a stated reason that is shown to the public (第十四条,
第十五条); the adoption of comments is fed back.

- 公众参与事项清单 (``ParticipationList`` with its ``ParticipationItem`` rows):
  the decisions of a unit's year open to participation, with scope, methods
  (``terms.METHODS``: the Art. 14 methods plus stakeholders attending
  meetings and live streaming), planned time and responsible unit.
- 意见征集 / 重大决策预公开 (``Consultation``): draft, 起草说明, attachments,
  period (``periods``: the 30-day rule and the state computed from the dates
  in Beijing time, at read time and as a catalog query), channels,
  participation events.
- Comments (``comments``): stored in a BTree on the consultation, never in
  the catalog; pre-moderated, hidden with a recorded reason, each with its
  adoption outcome. ``intake`` is the one way in (form, REST, staff).
- 采纳情况说明 (``feedback``): counts, table and summary; publishing it marks
  the consultation 已反馈 and tells each commenter who left an email.

Modules: ``terms`` (vocabularies), ``periods``, ``comments``, ``validation``,
``intake``, ``moderation``, ``feedback``, ``duplicates``, ``export``,
``list_io`` / ``list_import`` (the list as a spreadsheet), ``indexers``,
``subscribers``, ``demo``, ``browser/`` (pages) and ``services/`` (REST).
"""
