"""工作日历: China's working days, the kernel every statutory clock counts on.

Modules:
- ``calendar``: weekends, holidays and make-up working days (调休) from
  ``chinesecalendar`` plus the administrator's overrides; never guesses a
  year it does not cover (《政府信息公开条例》counts in working days).
- ``settings``: the registry records of those overrides and their control
  panel (Site Setup → 工作日历), and ``calendar()`` built from them.
"""
