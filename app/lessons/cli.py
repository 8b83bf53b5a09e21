"""``oyla pack validate PATH``, ``oyla pack build DIR OUT.zip`` and ``oyla pack import PATH``.

``register(subparsers)`` adds the ``pack`` command; each leaf sets ``func(args) -> int`` (the exit status).
"""

from __future__ import annotations

import sys
import tempfile
import zipfile
from pathlib import Path

from app.lessons.model import PackError, PackIssue
from app.textsafe import terminal_text


def _print_issues(issues: list[PackIssue]) -> None:
    for issue in issues:
        print(terminal_text(f"{issue.file}:{issue.line}: {issue.text()}"))


def cmd_validate(args) -> int:  # noqa: ANN001 - argparse namespace
    from app.lessons.archive import ArchiveError, unpack_zip
    from app.lessons.loader import validate_pack

    path = Path(args.path)
    if path.is_dir():
        issues = validate_pack(path)
    elif path.is_file() and zipfile.is_zipfile(path):  # is_file: a pipe or device would never end
        # The same checks as an import, unpacked into a throwaway folder outside the data folder.
        with tempfile.TemporaryDirectory(prefix="oyla-validate-") as tmp:
            try:
                unpack_zip(path, Path(tmp))
            except ArchiveError as err:
                print(terminal_text(f"{path.name}: {err}"))
                return 1
            issues = validate_pack(Path(tmp))
    else:
        print(f"{terminal_text(path)}: not a pack folder or .zip file", file=sys.stderr)
        return 1
    _print_issues(issues)
    if issues:
        print(f"{len(issues)} problem(s) in {terminal_text(path)}")
        return 1
    print(f"{terminal_text(path)}: OK")
    return 0


def cmd_build(args) -> int:  # noqa: ANN001
    from app.lessons.archive import build

    try:
        out = build(Path(args.dir), Path(args.out))
    except PackError as err:
        _print_issues(err.errors)
        print(f"{len(err.errors)} problem(s); nothing written", file=sys.stderr)
        return 1
    print(f"wrote {terminal_text(out)}")
    return 0


def cmd_import(args) -> int:  # noqa: ANN001
    from app.lessons.archive import import_pack

    try:
        pack = import_pack(Path(args.path))
    except PackError as err:
        _print_issues(err.errors)
        print(f"{len(err.errors)} problem(s); nothing imported", file=sys.stderr)
        return 1
    print(terminal_text(f"imported {pack.id} {pack.version} into {pack.folder}"))
    return 0


def register(subparsers) -> None:  # noqa: ANN001 - argparse's private _SubParsersAction
    pack = subparsers.add_parser("pack", help="check, build and import lesson packs")
    sub = pack.add_subparsers(dest="pack_command", required=True)
    p = sub.add_parser("validate", help="check a pack folder or .zip; prints file:line: message for each problem")
    p.add_argument("path")
    p.set_defaults(func=cmd_validate)
    p = sub.add_parser("build", help="validate a pack folder and zip it")
    p.add_argument("dir")
    p.add_argument("out", metavar="OUT.zip")
    p.set_defaults(func=cmd_build)
    p = sub.add_parser("import", help="install a pack (.zip or folder) into Oyla's data folder")
    p.add_argument("path")
    p.set_defaults(func=cmd_import)
