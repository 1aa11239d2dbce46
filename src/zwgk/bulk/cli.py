"""``bin/instance zwgk_import``: bulk loads from the command line (批量导入).

    bin/instance zwgk_import [--site Plone] [--dry-run] FILE.json
    bin/instance zwgk_import [--site Plone] [--mode replace|add] FILE.xlsx DIRECTORY

A .json file holds a list of records for ``zwgk.bulk.loader`` (one JSON object per
line in a .jsonl file); an .xlsx/.csv file is a standard directory table
imported into DIRECTORY, a path below the site (e.g. zwgk/czj/czyjs).
Everything is checked first and committed once at the end: a bad file
changes nothing. Progress goes to standard output.
"""

from AccessControl.SecurityManagement import newSecurityManager
from pathlib import Path
from Testing.makerequest import makerequest
from zope.component.hooks import setSite
from zope.globalrequest import setRequest
from zwgk.bulk import loader as bulk
from zwgk.directories.importer import MODES
from zwgk.directories.importer import REPLACE
from zwgk.directories.importer import DirectoryImportError
from zwgk.directories.importer import import_directory

import argparse
import json
import sys
import time
import transaction


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="bin/instance zwgk_import", description="批量导入政务公开内容或标准目录"
    )
    parser.add_argument(
        "file", type=Path, help=".json/.jsonl 记录，或 .xlsx/.csv 目录表"
    )
    parser.add_argument("directory", nargs="?", help="目录表导入到的标准目录路径")
    parser.add_argument("--site", default="Plone", help="站点标识（默认 Plone）")
    parser.add_argument("--mode", choices=sorted(MODES), default=REPLACE)
    parser.add_argument("--user", default="admin", help="以哪个 Zope 管理员身份导入")
    parser.add_argument("--dry-run", action="store_true", help="只检查，不保存")
    return parser.parse_args(argv)


class Progress:
    """Prints ``已处理 n/total（每秒 x 条）`` every ``every`` items and at the end."""

    def __init__(self, out, every=500):
        self.out, self.every, self.start = out, every, time.monotonic()

    def __call__(self, done, total):
        if done % self.every and done != total:
            return
        rate = done / max(time.monotonic() - self.start, 1e-9)
        print(f"已处理 {done}/{total}（每秒 {rate:.0f} 条）", file=self.out, flush=True)


def read_records(path):
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix.lower() == ".jsonl":
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    data = json.loads(text)
    return data if isinstance(data, list) else [data]


def run(site, args, out=sys.stdout):
    """Do the import in the current transaction; returns a summary line."""
    suffix = args.file.suffix.lower()
    progress = Progress(out)
    if suffix in (".xlsx", ".csv"):
        if not args.directory:
            raise DirectoryImportError(["导入目录表时请给出标准目录的路径"])
        directory = site.unrestrictedTraverse(args.directory.strip("/"), None)
        if getattr(directory, "portal_type", None) != "DisclosureDirectory":
            raise DirectoryImportError([f"“{args.directory}”不是标准目录"])
        counts = import_directory(
            directory, args.file.read_bytes(), args.file.name, args.mode, progress
        )
        return "新增 {added}，更新 {updated}，删除 {removed}，未变 {unchanged}".format(
            **counts
        )
    if suffix in (".json", ".jsonl"):
        try:
            records = read_records(args.file)
        except ValueError as error:
            raise bulk.BulkImportError([f"文件不是有效的 JSON：{error}"]) from None
        added = bulk.load(site, records, progress)
        return f"新增 {len(added)} 条"
    raise bulk.BulkImportError([f"不支持的文件类型“{args.file.name}”"])


def main(app, argv):
    """zopectl.command entry point: ``bin/instance zwgk_import …``."""
    args = parse_args(argv)
    app = makerequest(app)
    setRequest(app.REQUEST)
    site = app.get(args.site)
    if site is None:
        sys.exit(f"站点“{args.site}”不存在")
    setSite(site)
    user = app.acl_users.getUserById(args.user)
    if user is None:
        sys.exit(f"Zope 管理员“{args.user}”不存在")
    newSecurityManager(None, user.__of__(app.acl_users))
    started = time.monotonic()
    try:
        summary = run(site, args)
    except (bulk.BulkImportError, DirectoryImportError) as error:
        transaction.abort()
        print("导入失败，未作任何改动：", file=sys.stderr)
        for line in error.errors:
            print(f"  {line}", file=sys.stderr)
        sys.exit(1)
    if args.dry_run:
        transaction.abort()
        print(f"检查通过（未保存）：{summary}")
        return
    transaction.get().note(f"zwgk_import {args.file.name}")
    transaction.commit()
    print(f"导入完成：{summary}，用时 {time.monotonic() - started:.1f} 秒")
