"""公众参与事项清单 as a spreadsheet in the UI: download (导出), upload (导入)."""

from plone import api
from plone.protect import CheckAuthenticator
from Products.Five import BrowserView
from zExceptions import BadRequest
from zwgk.directories.exporter import set_download_headers
from zwgk.participation.list_import import MODES
from zwgk.participation.list_import import REPLACE
from zwgk.participation.list_import import DirectoryImportError
from zwgk.participation.list_import import UnknownFormat
from zwgk.participation.list_import import check_permission
from zwgk.participation.list_import import export_file
from zwgk.participation.list_import import import_list


class ListImportForm(BrowserView):
    """导入: file + mode; every problem listed, nothing saved."""

    errors = ()
    modes = MODES

    def __call__(self):
        self.errors = ()
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
            counts = import_list(
                self.context, upload.read(), upload.filename, self.mode
            )
        except DirectoryImportError as error:
            self.errors = error.errors
            self.request.response.setStatus(400)
            return False
        api.portal.show_message(
            "导入完成：新增{added}项，更新{updated}项，删除{removed}项，"
            "未变{unchanged}项".format(**counts),
            request=self.request,
        )
        return True


class ListExportView(BrowserView):
    """``@@participation-list-export?format=xlsx|csv``."""

    def __call__(self):
        try:
            data, content_type, filename = export_file(
                self.context, self.request.form.get("format", "xlsx")
            )
        except UnknownFormat as error:
            raise BadRequest(str(error)) from None
        set_download_headers(self.request.response, filename, content_type, len(data))
        return data
