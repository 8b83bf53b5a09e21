"""SVG drawings in packs: a real XML parser and allow-lists, the same check for zips, folders and built-in packs."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from app.lessons.archive import ArchiveError, build, builtin_packs_dir, import_pack
from app.lessons.library import library
from app.lessons.loader import load_pack, validate_pack
from app.lessons.svg import MAX_SVG_BYTES, svg_problem
from app.storage import paths
from tests.lessons.packfactory import edit, make_pack

SVG = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">{}</svg>'

# name -> (SVG bytes, words the reason must contain)
HOSTILE = {
    "script": (SVG.format("<script>alert(1)</script>"), "<script>"),
    "svg:script (prefixed)": ('<svg:svg xmlns:svg="http://www.w3.org/2000/svg"><svg:script>alert(1)</svg:script>'
                              "</svg:svg>", "<script>"),
    "script in a foreign namespace": (SVG.format('<x:script xmlns:x="http://www.inkscape.org/namespaces/inkscape"/>'),
                                      "foreign namespace"),
    "unbound prefix": ("<svg><svg:script>alert(1)</svg:script></svg>", "unbound prefix"),
    "upper-case SCRIPT": (SVG.format("<SCRIPT>alert(1)</SCRIPT>"), "<SCRIPT>"),
    "foreignObject": (SVG.format("<foreignObject><p>hi</p></foreignObject>"), "<foreignObject>"),
    "animate href": (SVG.format('<use href="#x"><animate attributeName="href" to="javascript:alert(1)"/></use>'),
                     "<animate>"),
    "link": (SVG.format('<a href="#x"><text>hi</text></a>'), "<a>"),
    "animate alone": (SVG.format('<rect><animate attributeName="fill" to="red"/></rect>'), "<animate>"),
    "set": (SVG.format('<rect><set attributeName="xlink:href" to="http://x"/></rect>'), "<set>"),
    "onload": ('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "event handler"),
    "onclick upper": (SVG.format('<rect ONCLICK="alert(1)"/>'), "event handler"),
    "use of another file": (SVG.format('<use href="other.svg#a"/>'), "links outside"),
    "xlink:href to the web": (SVG.format('<use xlink:href="http://example.com/a.svg#a"/>'), "links outside"),
    "href javascript": (SVG.format('<use href=" javascript:alert(1)"/>'), "links outside"),
    "image with data: svg": (SVG.format('<image href="data:image/svg+xml;base64,PHN2Zy8+"/>'), "<image>"),
    "pattern with data: uri": (SVG.format('<pattern xlink:href="data:image/svg+xml,&lt;svg/&gt;"/>'), "links outside"),
    "fill url to the web": (SVG.format('<rect fill="url(http://example.com/p.svg#g)"/>'), "links outside"),
    "style url to the web": (SVG.format('<rect style="fill: url(\'http://example.com/a\')"/>'), "links outside"),
    "style url to a data uri": (SVG.format('<rect style="fill:url(data:image/svg+xml;base64,AAA)"/>'),
                                "links outside"),
    "style escape": (SVG.format('<rect style="fill:\\75rl(http://x)"/>'), "not allowed"),
    "style expression": (SVG.format('<rect style="width: expression(alert(1))"/>'), "expression"),
    "style element import": (SVG.format("<style>@import 'http://example.com/a.css';</style>"), "@import"),
    "style element url": (SVG.format("<style>rect { fill: url(http://example.com/a) }</style>"), "links outside"),
    "style element in CDATA": (SVG.format("<style><![CDATA[@import url(x.css);]]></style>"), "@import"),
    "import hidden by comment": (SVG.format("<style>@im/**/port 'x.css';</style>"), "not allowed"),
    "image-set": (SVG.format("<style>rect { fill: image-set('http://x' 1x) }</style>"), "image-set"),
    "doctype": ('<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">'
                + SVG.format(""), "DOCTYPE"),
    "billion laughs": ('<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
                       + SVG.format("<text>&b;</text>"), "DOCTYPE"),
    "undeclared entity": (SVG.format("<text>&nbsp;</text>"), "undefined entity"),
    "xml-stylesheet": ('<?xml version="1.0"?><?xml-stylesheet href="http://example.com/a.css"?>' + SVG.format(""),
                       "processing instruction"),
    "xml:base": (SVG.format('<g xml:base="http://example.com/"/>'), "xml:base"),
    "html root": ("<html><body>hi</body></html>", "<html>"),
    "xhtml inside": (SVG.format('<div xmlns="http://www.w3.org/1999/xhtml"/>'), "<div>"),
    "unknown attribute": (SVG.format('<rect formaction="x"/>'), "formaction"),
    "not xml": ("this is not a drawing", "well-formed"),
    "empty": ("", "well-formed"),
    "too deep": (SVG.format("<g>" * 200 + "</g>" * 200), "nested"),
}

ALLOWED = {
    "gradient by id": SVG.format('<defs><linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient>'
                                 '</defs><rect width="5" height="5" fill="url(#g)" style="stroke:url(\'#g\')"/>'),
    "use and xlink:href to fragments": SVG.format('<defs><circle id="c" r="2"/></defs><use xlink:href="#c" x="3"/>'
                                                  '<use href="#c"/>'),
    "style element with local url": SVG.format('<style>.a { fill: url(#g); font-family: sans-serif }</style>'
                                               '<text class="a" x="1" y="5">Сәлем &amp; &#x263A;</text>'),
    "inkscape plain save": (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!-- Created with Inkscape -->\n'
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" '
        'xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:cc="http://creativecommons.org/ns#" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" width="10" height="10" sodipodi:docname="a.svg">'
        '<sodipodi:namedview pagecolor="#ffffff" inkscape:zoom="1"/>'
        '<metadata><rdf:RDF><cc:Work rdf:about=""><dc:format>image/svg+xml</dc:format>'
        '<dc:type rdf:resource="http://purl.org/dc/dcmitype/StillImage"/></cc:Work></rdf:RDF></metadata>'
        '<g inkscape:label="Layer 1" inkscape:groupmode="layer"><path d="M0 0L10 10" stroke="#000"/></g></svg>'),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_svg_is_refused_with_a_reason(case):
    text, words = HOSTILE[case]
    problem = svg_problem(text.encode("utf-8"))
    assert problem is not None and words in problem, problem
    assert "\n" not in problem and len(problem) < 200


@pytest.mark.parametrize("case", sorted(ALLOWED))
def test_plain_drawings_pass(case):
    assert svg_problem(ALLOWED[case].encode("utf-8")) is None


def test_builtin_drawings_pass_and_the_builtin_pack_validates():
    root = builtin_packs_dir()
    drawings = sorted(root.rglob("*.svg"))
    assert drawings, "the built-in pack has SVG drawings"
    for drawing in drawings:
        assert svg_problem(drawing.read_bytes()) is None, drawing
    assert validate_pack(root / "first-steps") == []


def test_size_and_element_count_are_bounded():
    assert "larger than" in svg_problem(b" " * (MAX_SVG_BYTES + 1))
    many = SVG.format('<rect width="1" height="1"/>' * 150_000).encode()
    started = time.perf_counter()
    assert "too many" in svg_problem(many)
    print(f"\n{len(many) / 1e6:.1f} MB of elements refused in {time.perf_counter() - started:.2f} s")


def with_drawing(tmp_path: Path, svg: str) -> Path:
    pack = make_pack(tmp_path / "src")
    (pack / "01-first" / "images" / "bad.svg").write_text(svg, encoding="utf-8")
    return pack


def test_folder_pack_with_a_bad_svg_does_not_load(tmp_path):
    """Folder packs (validate, the library, built-in packs) run the same check as zip imports, even when the
    lesson text does not show the drawing."""
    pack = with_drawing(tmp_path, HOSTILE["svg:script (prefixed)"][0])
    issues = validate_pack(pack)
    assert [(i.file, i.line) for i in issues] == [("01-first/images/bad.svg", 0)]
    assert "<script>" in issues[0].text() and "only plain SVG" in issues[0].text()
    # The same pack already sitting in the packs folder (copied there by hand) is listed as broken, not loaded.
    installed = paths.subdir("packs") / "test-pack"
    pack.rename(installed)
    [entry] = [e for e in library() if e.id == "test-pack"]
    assert entry.pack is None and "bad.svg" in str(entry.error)


@pytest.mark.parametrize("case", ["animate href", "style url to the web", "billion laughs", "image with data: svg"])
def test_zip_and_folder_imports_refuse_bad_svgs_and_keep_the_old_pack(tmp_path, case):
    good = import_pack(make_pack(tmp_path / "good"))
    pack = with_drawing(tmp_path, HOSTILE[case][0])
    edit(pack / "pack.yaml", "version: 1.2.3", "version: 2.0.0")
    archive = tmp_path / "bad.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted(pack.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(pack).as_posix())
    for source in (archive, pack):
        with pytest.raises(ArchiveError, match="only plain SVG"):
            import_pack(source)
    assert load_pack(good.folder).version == "1.2.3"
    assert sorted(p.name for p in paths.subdir("packs").iterdir()) == ["test-pack"]


def test_build_refuses_a_bad_svg(tmp_path):
    pack = with_drawing(tmp_path, HOSTILE["script"][0])
    with pytest.raises(Exception, match="plain SVG"):
        build(pack, tmp_path / "out.zip")
    assert not (tmp_path / "out.zip").exists()
