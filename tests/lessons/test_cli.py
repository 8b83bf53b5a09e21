"""``oyla pack validate|build|import`` through argparse, as the main CLI will call them."""

from __future__ import annotations

import argparse

from app.lessons.cli import register
from app.storage import paths
from tests.lessons.packfactory import edit, line_of, make_pack


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="oyla")
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(list(argv))
    return args.func(args)


def test_validate_prints_file_line_message(tmp_path, capsys):
    pack = make_pack(tmp_path)
    assert run("pack", "validate", str(pack)) == 0
    edit(pack / "01-first/lesson.ru.md", "minutes: 45", "minutes: 44")
    edit(pack / "pack.yaml", "version: 1.2.3", "version: one")
    capsys.readouterr()
    assert run("pack", "validate", str(pack)) == 1
    out = capsys.readouterr().out.splitlines()
    assert f"pack.yaml:{line_of(pack / 'pack.yaml', 'version: one')}: \"version\" must look like 1.0.0" in out
    ru_line = line_of(pack / "01-first/lesson.ru.md", "minutes: 44")
    assert any(line.startswith(f"01-first/lesson.ru.md:{ru_line}: \"minutes\" is 44") for line in out)


def test_build_then_validate_and_import_the_zip(tmp_path, capsys):
    pack = make_pack(tmp_path)
    out = tmp_path / "dist" / "pack.zip"
    assert run("pack", "build", str(pack), str(out)) == 0
    assert run("pack", "validate", str(out)) == 0
    assert run("pack", "import", str(out)) == 0
    assert (paths.subdir("packs") / "test-pack" / "pack.yaml").is_file()
    edit(pack / "pack.yaml", "id: test-pack", "id: Bad_Id")
    assert run("pack", "build", str(pack), str(tmp_path / "bad.zip")) == 1
    assert not (tmp_path / "bad.zip").exists()
    assert "pack.yaml:" in capsys.readouterr().out
