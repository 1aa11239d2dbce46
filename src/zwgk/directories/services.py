"""REST: ``POST <directory>/@directory-import``, ``GET <directory>/@directory-export``.

Import takes a multipart form (``file``, optional ``mode``) or a JSON body
``{"file": {"data": <base64>, "encoding": "base64", "filename": "x.xlsx"},
"mode": "replace" | "add"}``. A bad file answers 400 with ``errors``, one
Chinese message per problem, and changes nothing.
"""

from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from plone.restapi.services import Service
from zope.interface import alsoProvides
from zwgk.directories.exporter import UnknownFormat
from zwgk.directories.exporter import export_file
from zwgk.directories.exporter import set_download_headers
from zwgk.directories.importer import REPLACE
from zwgk.directories.importer import DirectoryImportError
from zwgk.directories.importer import check_permission
from zwgk.directories.importer import import_directory
from zwgk.parameters import text

import base64
import binascii
import json


def _upload(request):
    """(data, filename, mode) from a multipart form or a JSON body."""
    upload = request.form.get("file")
    if upload is not None and hasattr(upload, "read"):
        return upload.read(), upload.filename or "", request.form.get("mode")
    body = json_body(request)
    spec = body.get("file") if isinstance(body, dict) else None
    if not isinstance(spec, dict) or not spec.get("data"):
        raise DirectoryImportError(["请提供要导入的文件（file）"])
    if spec.get("encoding", "base64") != "base64":
        raise DirectoryImportError(["文件内容应使用 base64 编码"])
    try:
        data = base64.b64decode(spec["data"], validate=True)
    except (binascii.Error, TypeError, ValueError):
        raise DirectoryImportError(["文件内容不是有效的 base64 编码"]) from None
    return data, str(spec.get("filename") or ""), body.get("mode")


class DirectoryImport(Service):
    def reply(self):
        # As plone.restapi's own @content POST does: API writes are not
        # protected by plone.protect's form tokens.
        alsoProvides(self.request, IDisableCSRFProtection)
        try:
            data, filename, mode = _upload(self.request)
            mode = mode or REPLACE
            check_permission(self.context, mode)
            counts = import_directory(self.context, data, filename, mode)
        except DirectoryImportError as error:
            self.request.response.setStatus(400)
            return {
                "type": "BadRequest",
                "message": "导入失败，目录未作任何改动",
                "errors": error.errors,
            }
        return {"mode": mode, **counts}


class DirectoryExport(Service):
    def render(self):
        self.check_permission()
        fmt = text(self.request.form, "format", "xlsx")
        try:
            data, content_type, filename = export_file(self.context, fmt)
        except UnknownFormat as error:
            self.request.response.setStatus(400)
            self.request.response.setHeader("Content-Type", self.content_type)
            return json.dumps({"type": "BadRequest", "message": str(error)})
        set_download_headers(self.request.response, filename, content_type, len(data))
        return data
