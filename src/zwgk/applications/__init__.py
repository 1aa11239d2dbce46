"""依申请公开: disclosure on application (《政府信息公开条例》第二十七条至第三十七条).

Applicants apply without an account; the handlers of the unit asked and the
disclosure office (公开办) handle the application on the statutory clock.
"""
