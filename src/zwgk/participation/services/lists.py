"""REST: a participation list's ``@participation-list-import`` and ``-export``.

As the directories' services (``zwgk.directories.services``): a multipart
``file`` with an optional ``mode``, or JSON ``{"file": {"data": <base64>,
"filename": "清单.xlsx"}, "mode": "replace" | "add"}``; a bad file answers
400 with ``errors`` and changes nothing.
"""

from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from zope.interface import alsoProvides
from zwgk.directories.exporter import set_download_headers
from zwgk.directories.services import _upload
from zwgk.participation.list_import import REPLACE
from zwgk.participation.list_import import DirectoryImportError
from zwgk.participation.list_import import UnknownFormat
from zwgk.participation.list_import import check_permission
from zwgk.participation.list_import import export_file
from zwgk.participation.list_import import import_list

import json


class ListImport(Service):
    def reply(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        try:
            data, filename, mode = _upload(self.request)
            mode = mode or REPLACE
            check_permission(self.context, mode)
            counts = import_list(self.context, data, filename, mode)
        except DirectoryImportError as error:
            self.request.response.setStatus(400)
            return {
                "type": "BadRequest",
                "message": "导入失败，清单未作任何改动",
                "errors": error.errors,
            }
        return {"mode": mode, **counts}


class ListExport(Service):
    def render(self):
        self.check_permission()
        try:
            data, content_type, filename = export_file(
                self.context, self.request.form.get("format", "xlsx")
            )
        except UnknownFormat as error:
            self.request.response.setStatus(400)
            self.request.response.setHeader("Content-Type", self.content_type)
            return json.dumps({"type": "BadRequest", "message": str(error)})
        set_download_headers(self.request.response, filename, content_type, len(data))
        return data
