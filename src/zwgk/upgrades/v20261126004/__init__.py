"""工作日历: registry records and the control panel."""
