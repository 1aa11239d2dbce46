"""Pages of the 政府信息公开专栏: ``column``, ``guide``, ``proactive``, ``lists``."""
