"""Is an SVG file a plain, self-contained drawing? Checked with a real XML parser against allow-lists.

Lesson packs come from anywhere, and an SVG is a document format that can run scripts, animate links, load
other files and styles, and expand entity bombs. ``svg_problem(data)`` parses the bytes with expat (namespaces
resolved, so ``<svg:script>`` is seen as ``script``) and returns ``None`` for a plain drawing or a short English
reason. Refused: a DOCTYPE or entities, processing instructions (``<?xml-stylesheet?>``), elements and attributes
outside the allow-lists below (scripts, ``foreignObject``, ``image``, links, every animation element, event
handlers), ``href``/``xlink:href`` to anything but ``#fragment``, CSS (``style`` attributes and ``<style>``) with
``url(`` to anything but ``#id``, ``@import``, ``expression(``, ``image-set(`` or escapes, and a ``url(`` to
anything but ``#id`` in any attribute. Metadata written by drawing programs (Inkscape, Sodipodi, RDF, Dublin Core)
is allowed, but its elements get the same attribute value checks and may not reuse a risky SVG element name.
"""

from __future__ import annotations

import re
import xml.parsers.expat as expat


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


MAX_SVG_BYTES = 5 * 1024 * 1024
MAX_ELEMENTS = 100_000
MAX_DEPTH = 100

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
XML_NS = "http://www.w3.org/XML/1998/namespace"
EDITOR_NS = frozenset({
    "http://www.inkscape.org/namespaces/inkscape",
    "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "http://creativecommons.org/ns#",
    "http://web.resource.org/cc/",
    "http://purl.org/dc/elements/1.1/",
    "http://purl.org/dc/terms/",
})

ELEMENTS = _words("""
svg g defs symbol use title desc metadata switch
path rect circle ellipse line polyline polygon text tspan textPath
linearGradient radialGradient stop pattern clipPath mask marker style
filter feBlend feColorMatrix feComponentTransfer feComposite feConvolveMatrix feDiffuseLighting
feDisplacementMap feDistantLight feDropShadow feFlood feFuncA feFuncB feFuncG feFuncR feGaussianBlur feMerge
feMergeNode feMorphology feOffset fePointLight feSpecularLighting feSpotLight feTile feTurbulence
""")

ATTRIBUTES = _words("""
id class style transform lang tabindex role focusable version baseProfile viewBox preserveAspectRatio
x y z x1 y1 x2 y2 cx cy r rx ry fx fy fr width height d points pathLength dx dy rotate
textLength lengthAdjust startOffset method spacing side
fill fill-opacity fill-rule stroke stroke-width stroke-linecap stroke-linejoin stroke-miterlimit stroke-dasharray
stroke-dashoffset stroke-opacity opacity color display visibility overflow clip clip-path clip-rule mask filter
font font-family font-size font-size-adjust font-weight font-style font-variant font-stretch text-anchor
text-decoration dominant-baseline alignment-baseline baseline-shift letter-spacing word-spacing writing-mode
direction unicode-bidi kerning white-space
marker marker-start marker-mid marker-end markerWidth markerHeight markerUnits refX refY orient
gradientUnits gradientTransform spreadMethod offset stop-color stop-opacity
patternUnits patternContentUnits patternTransform clipPathUnits maskUnits maskContentUnits mask-type
filterUnits primitiveUnits in in2 result stdDeviation mode operator k1 k2 k3 k4 type values tableValues slope
intercept amplitude exponent order kernelMatrix divisor bias targetX targetY edgeMode kernelUnitLength
preserveAlpha surfaceScale diffuseConstant specularConstant specularExponent azimuth elevation pointsAtX
pointsAtY pointsAtZ limitingConeAngle scale xChannelSelector yChannelSelector radius baseFrequency numOctaves
seed stitchTiles flood-color flood-opacity lighting-color color-interpolation color-interpolation-filters
color-rendering shape-rendering text-rendering image-rendering vector-effect paint-order mix-blend-mode isolation
enable-background media requiredExtensions systemLanguage href
""")

RISKY_NAMES = _words("""
script foreignobject animate set animatemotion animatetransform animatecolor image use a style feimage iframe
object embed handler listener discard tref mpath cursor font-face-uri color-profile audio video link base svg
""")

FRAGMENT = re.compile(r"\s*#[A-Za-z_][\w.:-]*\s*")
URL_CALL = re.compile(r"url\s*\(", re.IGNORECASE)
LOCAL_URL = re.compile(r"url\s*\(\s*(['\"]?)#[A-Za-z_][\w.:-]*\1\s*\)", re.IGNORECASE)
CSS_BAD = re.compile(r"@import|expression\s*\(|image-set\s*\(|\bimage\s*\(|cross-fade\s*\(|element\s*\(|"
                     r"-moz-binding|\bbehavior\s*:|javascript:|\\", re.IGNORECASE)
CSS_COMMENT = re.compile(r"/\*.*?(\*/|$)", re.DOTALL)


class _Refused(Exception):
    pass


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"


def _check_urls(value: str, where: str) -> None:
    """Every ``url(`` in ``value`` must be ``url(#id)``."""
    for match in URL_CALL.finditer(value):
        if not LOCAL_URL.match(value, match.start()):
            raise _Refused(f"{where} links outside the drawing: {_short(value[match.start():])}")


def _check_css(css: str, where: str) -> None:
    for text in (css, CSS_COMMENT.sub("", css)):  # a comment must not hide (or make) a forbidden word
        bad = CSS_BAD.search(text)
        if bad:
            raise _Refused(f"{where} has CSS that is not allowed: {_short(bad.group(0))}")
        _check_urls(text, where)


def _split(name: str) -> tuple[str, str]:
    namespace, _, local = name.rpartition(" ")
    return namespace, local


class _Checker:
    def __init__(self) -> None:
        self.depth = 0
        self.count = 0
        self.root: str | None = None
        self.style: list[str] | None = None  # text of the <style> element being read

    def start(self, name: str, attrs: dict[str, str]) -> None:
        namespace, local = _split(name)
        self.count += 1
        self.depth += 1
        if self.count > MAX_ELEMENTS or self.depth > MAX_DEPTH:
            raise _Refused("the drawing has too many or too deeply nested elements")
        editor = namespace in EDITOR_NS
        if editor:
            if local.lower() in RISKY_NAMES:
                raise _Refused(f"element <{local}> in a foreign namespace")
        elif namespace not in ("", SVG_NS) or local not in ELEMENTS:
            raise _Refused(f"element <{local}> is not allowed")
        if self.root is None:
            self.root = local
            if editor or local != "svg":
                raise _Refused("the root element is not <svg>")
        if self.style is not None:
            raise _Refused("elements inside <style>")
        for key, value in attrs.items():
            self._attribute(key, value, local, editor)
        if local == "style" and not editor:
            self.style = []

    def _attribute(self, key: str, value: str, element: str, editor: bool) -> None:
        namespace, local = _split(key)
        where = f"<{element} {local}>"
        if local.lower().startswith("on"):
            raise _Refused(f"event handler {where}")
        if local.lower() == "href":
            if namespace not in ("", XLINK_NS) or not FRAGMENT.fullmatch(value):
                raise _Refused(f"{where} links outside the drawing: {_short(value)}")
        elif namespace == XLINK_NS:
            if local not in ("title", "type"):
                raise _Refused(f"attribute xlink:{local} is not allowed")
        elif namespace == XML_NS:
            if local not in ("space", "lang"):
                raise _Refused(f"attribute xml:{local} is not allowed")
        elif namespace in EDITOR_NS or (editor and namespace == ""):
            pass  # drawing-program bookkeeping; values are still checked below
        elif namespace or (local not in ATTRIBUTES and not local.startswith("aria-")):
            raise _Refused(f"attribute {local} is not allowed on <{element}>")
        if local == "style":
            _check_css(value, where)
        _check_urls(value, where)

    def end(self, name: str) -> None:
        self.depth -= 1
        if self.style is not None and _split(name)[1] == "style":
            css, self.style = "".join(self.style), None
            _check_css(css, "<style>")

    def text(self, data: str) -> None:
        if self.style is not None:
            self.style.append(data)


def _refuse(what: str):  # noqa: ANN202 - an expat handler that always refuses
    def handler(*_args: object) -> None:
        raise _Refused(what)
    return handler


def svg_problem(data: bytes) -> str | None:
    """``None`` when ``data`` is a plain SVG drawing, else a short English reason (for ``{detail}`` in errors)."""
    if len(data) > MAX_SVG_BYTES:
        return f"larger than {MAX_SVG_BYTES // 2**20} MB"
    checker = _Checker()
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _refuse("a DOCTYPE (DTD) is not allowed")
    parser.EntityDeclHandler = _refuse("entities are not allowed")
    parser.ExternalEntityRefHandler = _refuse("entities are not allowed")
    parser.SkippedEntityHandler = _refuse("entities are not allowed")
    parser.ProcessingInstructionHandler = _refuse("processing instructions are not allowed")
    parser.StartElementHandler = checker.start
    parser.EndElementHandler = checker.end
    parser.CharacterDataHandler = checker.text
    try:
        parser.Parse(data, True)
    except _Refused as refused:
        return str(refused)
    except expat.ExpatError as err:
        return f"not well-formed XML ({expat.ErrorString(err.code)}, line {err.lineno})"
    except RecursionError:
        return "the drawing is nested too deeply"
    if checker.root is None:
        return "the root element is not <svg>"
    return None
