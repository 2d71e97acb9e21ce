"""WeasyPrint 70's text layouts on kept Pango contexts: the one adaptation of its engine.

WeasyPrint makes a new Pango context for every piece of text it measures or draws (its
``Layout.setup``: about 2,000 for the 5k-word release, each also building the text's font
description anew), though a context says no more than the font map, the language and the
direction, and Pango keeps the fonts in the font map, not in the context. Here a
configuration of our own (``KeptContexts``, the PDF writer's) keeps one context per
language and direction, and the font descriptions it has built; a text's layout is made
on them. Nothing else of WeasyPrint's setup changes: the layout, its font description,
its language and direction are Pango's same values, so the PDFs are byte for byte the ones
WeasyPrint makes on its own (tests/test_pdf_kept_engine.py, over the samples, every house
style and generated releases, against WeasyPrint's own setup with a new configuration).

Narrow and guarded, as an adaptation of another's code must be:
- Only WeasyPrint ``ADAPTED`` (its version and its own setup's code, fingerprinted): under
  any other version, or if anything else replaced the setup, ``install`` changes nothing and
  WeasyPrint works as it ships.
- Only for text laid out with a ``KeptContexts`` configuration, and only plain text: a text
  with decorations (underlines: its font metrics come from the context) or font features
  (kerning, variants) is set up by WeasyPrint's own code, as is all text laid out with
  any other configuration.
- Contexts are per configuration, which the PDF writer keeps per thread (pdf_writer._Faces):
  no context is shared between threads.
"""

from __future__ import annotations

import hashlib
from types import CodeType, FunctionType
from typing import Protocol

import weasyprint
from weasyprint.text import line_break
from weasyprint.text.constants import LST_TO_ISO, PANGO_DIRECTION
from weasyprint.text.ffi import ffi, gobject, pango, unicode_to_char_p
from weasyprint.text.fonts import FontConfiguration, font_features, get_font_description

# The WeasyPrint this adaptation is written for: its version and a fingerprint of the code
# of its Layout.setup (bytecode, names and constants; setup_fingerprint).
ADAPTED = ("70.0", "3fbcad8184ce")

# WeasyPrint's own setup, as it ships.
ENGINE_SETUP = line_break.Layout.setup

_FEATURES = ("font_kerning", "font_variant_ligatures", "font_variant_position",
             "font_variant_caps", "font_variant_numeric", "font_variant_alternates",
             "font_variant_east_asian", "font_feature_settings")
_FACE = ("font_family", "font_style", "font_stretch", "font_weight", "font_size",
         "font_variant_caps", "font_variation_settings")


class KeptContexts(FontConfiguration):  # type: ignore[misc]  # WeasyPrint is untyped
    """A WeasyPrint font configuration whose texts are laid out on kept Pango contexts
    (one per language and direction) with kept font descriptions, where install() took."""

    def __init__(self) -> None:
        super().__init__()
        # (language, direction) -> (Pango context, Pango language): C pointers
        self.contexts: dict[tuple[object, object], tuple[object, object]] = {}
        self.descriptions: dict[tuple[object, ...], object] = {}
        self.featured: dict[tuple[object, ...], bool] = {}


class _Style(Protocol):
    """What the setup reads of a WeasyPrint computed style."""

    font_config: object

    def __getitem__(self, name: str) -> object: ...


class _TextLayout(Protocol):
    """What the setup writes of a WeasyPrint text layout (its Layout)."""

    style: _Style
    first_line_direction: int
    layout: object
    language: object
    ascent: object
    underline_position: object
    strikethrough_position: object


def setup_fingerprint(setup: FunctionType) -> str:
    """A short fingerprint of a function's code: its bytecode, names and constants (and
    those of the code inside it), the same in every process."""
    return hashlib.sha256(_code_text(setup.__code__).encode()).hexdigest()[:12]


def _code_text(code: CodeType) -> str:
    consts = [_code_text(const) if hasattr(const, "co_code") else repr(const)
              for const in code.co_consts]
    return repr((code.co_code, code.co_names, code.co_varnames, consts))


def adapted() -> bool:
    """Whether this WeasyPrint is the one the adaptation is written for."""
    return (weasyprint.__version__, setup_fingerprint(ENGINE_SETUP)) == ADAPTED


def install() -> bool:
    """Lay out the texts of KeptContexts configurations on their kept contexts, from now on
    (once per process; WeasyPrint's own setup for every other text). False where this
    WeasyPrint is not the adapted one: then nothing changes. (Two threads that install at
    once both put the same function in place.)"""
    if line_break.Layout.setup is _kept_setup:
        return True
    if line_break.Layout.setup is not ENGINE_SETUP or not adapted():
        return False
    line_break.Layout.setup = _kept_setup
    return True


def _kept_setup(layout: _TextLayout, style: _Style) -> None:
    """WeasyPrint's Layout.setup, on the configuration's kept context and description."""
    config = style.font_config
    if not isinstance(config, KeptContexts) or style["text_decoration_line"] != "none" \
            or _has_features(config, style):
        ENGINE_SETUP(layout, style)
        return
    layout.style = style
    layout.first_line_direction = 0
    context, layout.language = _context(config, style)
    layout.layout = ffi.gc(pango.pango_layout_new(context), gobject.g_object_unref)
    pango.pango_layout_set_auto_dir(layout.layout, False)
    pango.pango_layout_set_font_description(layout.layout, _description(config, style))
    # (no decorations: no metrics of them, as WeasyPrint leaves them)
    layout.ascent = layout.underline_position = layout.strikethrough_position = None


def _has_features(config: KeptContexts, style: _Style) -> bool:
    key = tuple(style[name] for name in _FEATURES)
    featured = config.featured.get(key)
    if featured is None:
        featured = config.featured[key] = bool(font_features(*key))
    return featured


def _context(config: KeptContexts, style: _Style) -> tuple[object, object]:
    """The kept context for the style's language and direction, and its Pango language."""
    override = str(style["font_language_override"])
    tag = (LST_TO_ISO.get(override.lower(), override) if override != "normal"
           else style["lang"] or None)
    key = (tag, style["direction"])
    kept = config.contexts.get(key)
    if kept is None:
        context = ffi.gc(pango.pango_font_map_create_context(config.font_map),
                         gobject.g_object_unref)
        pango.pango_context_set_round_glyph_positions(context, False)
        pango.pango_context_set_base_dir(context, PANGO_DIRECTION[style["direction"]])
        if tag:
            tag_p, _ = unicode_to_char_p(tag)
            language = pango.pango_language_from_string(tag_p)
            pango.pango_context_set_language(context, language)
        else:
            language = pango.pango_language_get_default()
        kept = config.contexts[key] = (context, language)
    return kept


def _description(config: KeptContexts, style: _Style) -> object:
    """The style's font description, built once (Pango copies it into each layout)."""
    key = tuple(style[name] for name in _FACE)
    description = config.descriptions.get(key)
    if description is None:
        description = config.descriptions[key] = get_font_description(style)
    return description
