"""政务舆情: public-opinion events, transfer orders (转办单) to the units
concerned, deadlines in hours and working days, reports back, escalation
(催办 → 督办 → 通报). Private to the disclosure office and those units.
"""
