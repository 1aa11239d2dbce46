"""Pages of 政府信息: ``page`` (a piece's view), ``deadline_list``,
``cleanup_list``, ``review_list`` (staff lists)."""
