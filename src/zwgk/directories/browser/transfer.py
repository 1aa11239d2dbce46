"""UI: upload a spreadsheet into a directory (导入), download it (导出)."""

from plone import api
from plone.protect import CheckAuthenticator
from Products.Five import BrowserView
from zExceptions import BadRequest
from zwgk import _
from zwgk.directories.exporter import UnknownFormat
from zwgk.directories.exporter import export_file
from zwgk.directories.exporter import set_download_headers
from zwgk.directories.importer import MODES
from zwgk.directories.importer import REPLACE
from zwgk.directories.importer import DirectoryImportError
from zwgk.directories.importer import check_permission
from zwgk.directories.importer import import_directory
from zwgk.parameters import text


class DirectoryImportForm(BrowserView):
    """导入标准目录: file + mode; errors listed per row, nothing saved."""

    errors = ()
    modes = MODES

    def __call__(self):
        if self.request.method == "POST" and "form.submitted" in self.request.form:
            CheckAuthenticator(self.request)
            if self.handle():
                return self.request.response.redirect(self.context.absolute_url())
        return self.index()

    @property
    def mode(self):
        mode = self.request.form.get("mode", REPLACE)
        return mode if mode in MODES else REPLACE

    def handle(self):
        upload = self.request.form.get("file")
        if not getattr(upload, "filename", ""):
            self.errors = ["请选择要导入的 Excel（.xlsx）或 CSV 文件"]
            return False
        check_permission(self.context, self.mode)
        try:
            counts = import_directory(
                self.context, upload.read(), upload.filename, self.mode
            )
        except DirectoryImportError as error:
            self.errors = error.errors
            return False
        api.portal.show_message(
            _(
                "import_done",
                default="Imported: ${added} added, ${updated} updated, "
                "${removed} removed, ${unchanged} unchanged.",
                mapping=counts,
            ),
            request=self.request,
        )
        return True


class DirectoryExportView(BrowserView):
    """导出: ``@@directory-export?format=xlsx|csv`` as a download."""

    def __call__(self):
        try:
            data, content_type, filename = export_file(
                self.context, text(self.request.form, "format", "xlsx")
            )
        except UnknownFormat as error:
            raise BadRequest(str(error)) from None
        set_download_headers(self.request.response, filename, content_type, len(data))
        return data
