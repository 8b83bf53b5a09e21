"""``oyla pack validate|build|import`` through argparse, as the main CLI will call them."""

from __future__ import annotations

import argparse
import zipfile

import pytest

from app.lessons.archive import ArchiveError, import_pack
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


def test_escape_sequences_in_names_and_yaml_never_reach_the_terminal_raw(tmp_path, capsys):
    """A pack cannot print a fake green "OK", clear the screen or move the cursor through its names or YAML."""
    pack = make_pack(tmp_path)
    edit(pack / "pack.yaml", "authors: [Tester]", 'authors: [Tester]\n"\\e[32mOK\\e[0m\\r": 1')
    edit(pack / "pack.yaml", "  - 01-first\n", '  - 01-first\n  - "x\\e[2J\\x9b1Ay"\n')
    edit(pack / "pack.yaml", 'en: "Test"', 'en: "Te\\e[2J\\u202est"')
    clean = make_pack(tmp_path / "clean") / "pack.yaml"
    archives = []
    for index, name in enumerate(["01-first/\x1b[32mOK.md", "01-first/a\x9b2J.md", "01-first/\u202egnp.md"]):
        archives.append(tmp_path / f"names{index}.zip")
        with zipfile.ZipFile(archives[-1], "w") as zf:
            for path in sorted(pack.rglob("*")):
                if path.is_file() and path.name != "pack.yaml":
                    zf.write(path, path.relative_to(pack).as_posix())
            zf.write(clean, "pack.yaml")
            zf.writestr(name, b"x")
    capsys.readouterr()
    assert run("pack", "validate", str(pack)) == 1
    for archive in archives:
        assert run("pack", "validate", str(archive)) == 1
        with pytest.raises(ArchiveError, match="not a valid name"):
            import_pack(archive)
    out = capsys.readouterr()
    text = out.out + out.err
    assert not any(ch in text for ch in "\x1b\x9b\r\u202e"), text
    assert "\\x1b[32mOK" in text and "\\x9b" in text and "\\u202e" in text
    assert 'pack.yaml:4: "title.en" has a control character' in text
    assert not any(p.name.startswith("test-pack") for p in paths.subdir("packs").iterdir())
