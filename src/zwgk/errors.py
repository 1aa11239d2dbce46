"""The answer to a BadParameter (zwgk.parameters): 400 with its Chinese
message, as JSON to REST clients and as plain text otherwise."""

from Products.Five import BrowserView

import json


class BadParameterView(BrowserView):
    """Exception view (``index.html`` for BadParameter); context: the exception."""

    def __call__(self):
        response = self.request.response
        response.setStatus(400, lock=True)
        response.setHeader("Cache-Control", "no-store")
        # args, not str(): a template that raised it (Chameleon) appends
        # where to the exception's text
        message = str(self.context.args[0]) if self.context.args else "请求参数无效"
        if "json" in (self.request.getHeader("Accept", "") or ""):
            response.setHeader("Content-Type", "application/json")
            return json.dumps(
                {"type": "BadRequest", "message": message}, ensure_ascii=False
            )
        response.setHeader("Content-Type", "text/plain; charset=utf-8")
        return message
