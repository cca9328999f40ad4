"""HTML email bodies → plain text, for :func:`pipeline.ingest.email_text.extract_body`.

:func:`html_to_text` renders block elements as lines, lists as ``- `` / ``1. `` items, and marks
blockquotes / quote containers with ``> `` and signature containers with a ``-- `` line, so the
plain-text quote and signature removal of :mod:`pipeline.ingest.email_text` applies unchanged.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.ingest.email_text import TextRules


_SKIP_TAGS = frozenset({"script", "style", "head", "title", "template", "noscript", "svg", "object", "iframe"})
_BLOCK_TAGS = frozenset({
    "div", "section", "article", "header", "footer", "main", "nav", "aside", "address", "center",
    "form", "fieldset", "figure", "figcaption", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot",
    "tr", "caption", "ul", "ol", "hr", "body", "html",
})
_PARAGRAPH_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"})
_VOID_TAGS = frozenset({
    "br", "hr", "img", "meta", "link", "input", "wbr", "area", "base", "col", "embed", "source", "track", "param",
})
_LIST_MARKER_RE = re.compile(r"\s*(?:-|\d+\.)\s*")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


class _HtmlText(HTMLParser):
    """Renders HTML as plain text lines, each tagged with its blockquote depth."""

    def __init__(self, rules: TextRules) -> None:
        super().__init__(convert_charrefs=True)
        self._quote_names = rules.html_quote_containers
        self._signature_names = rules.html_signature_containers
        self.lines: list[tuple[int, str]] = []
        self._line: list[str] = []
        self._line_depth = 0
        self._stack: list[tuple[str, str | None]] = []  # open elements: (tag, effect)
        self._lists: list[str] = []  # "ul" / "ol" of the open lists, innermost last
        self._counters: list[int] = []  # items seen so far in each open list

    # state derived from the open elements
    def _count(self, effect: str) -> int:
        return sum(1 for _, e in self._stack if e == effect)

    def _append(self, text: str) -> None:
        if not self._line:
            self._line_depth = self._count("quote")
        self._line.append(text)

    def _newline(self, opening: bool = False) -> None:
        text = re.sub(r" {2,}", " ", "".join(self._line)).strip() if not self._count("pre") else "".join(self._line)
        if opening and _LIST_MARKER_RE.fullmatch(text):
            return  # <li><p>text</p></li>: the marker stays on the text's line
        if text.strip():
            self.lines.append((self._line_depth, text.rstrip()))
        self._line = []
        self._line_depth = self._count("quote")

    def _paragraph(self, opening: bool = False) -> None:
        self._newline(opening)
        if self._line:
            return
        if self.lines and self.lines[-1][1] != "":
            self.lines.append((self._count("quote"), ""))

    def _effect(self, tag: str, attrs: list[tuple[str, str | None]]) -> str | None:
        if tag in _SKIP_TAGS:
            return "skip"
        if tag == "pre":
            return "pre"
        names = set()
        for key, value in attrs:
            if key in ("class", "id") and value:
                names.update(value.lower().split())
        if tag == "blockquote" or names & self._quote_names:
            return "quote"
        if names & self._signature_names:
            return "signature"
        return None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._newline()
            return
        if tag in _VOID_TAGS:
            if tag == "hr":
                self._paragraph()
            return
        effect = self._effect(tag, attrs)
        if tag in _PARAGRAPH_TAGS or effect in ("quote", "signature"):
            self._paragraph(opening=True)
        elif tag in _BLOCK_TAGS or tag == "li":
            self._newline(opening=tag != "li")
        self._stack.append((tag, effect))
        if effect == "signature":
            self._newline()
            self.lines.append((self._count("quote"), "-- "))
        if tag in ("ul", "ol"):
            self._lists.append(tag)
            self._counters.append(0)
        elif tag == "li":
            if self._lists and self._lists[-1] == "ol":
                self._counters[-1] += 1
                self._append(f"{self._counters[-1]}. ")
            else:
                self._append("- ")
        elif tag in ("td", "th") and "".join(self._line).strip():
            self._append(" | ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if not any(t == tag for t, _ in self._stack):
            return  # stray end tag
        while self._stack:
            if self._stack[-1][1] == "pre":
                self._newline()  # flush while the line still counts as preformatted
            open_tag, effect = self._stack.pop()
            if open_tag in ("ul", "ol") and self._lists:
                self._lists.pop()
                self._counters.pop()
            if open_tag in _PARAGRAPH_TAGS or effect in ("quote", "signature"):
                self._paragraph()
            elif open_tag in _BLOCK_TAGS or open_tag == "li":
                self._newline()
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._count("skip"):
            return
        if self._count("pre"):
            parts = data.split("\n")
            for i, part in enumerate(parts):
                if i:
                    self._newline()
                self._append(part)
            return
        text = re.sub(r"\s+", " ", data)
        if not self._line:
            text = text.lstrip()
        if text:
            self._append(text)

    def text(self) -> str:
        self._newline()
        out: list[str] = []
        for depth, line in self.lines:
            if not line and out and out[-1].lstrip("> ") == "":
                continue  # one blank line at most
            out.append(("> " * depth + line).rstrip() if depth else line)
        return "\n".join(out).strip("\n")


def html_to_text(html: str, rules: TextRules) -> str:
    """Readable plain text of an HTML body.

    Block elements and ``<br>`` become line breaks, list items ``- `` / ``1. `` lines, entities
    characters; ``<style>``, ``<script>`` and ``<head>`` are dropped. Blockquotes and the quote
    containers of ``rules`` come out as ``> `` lines, signature containers after a ``-- `` line,
    so :func:`pipeline.ingest.email_text.clean_body` removes them like in plain-text mail.
    """
    parser = _HtmlText(rules)
    parser.feed(html)
    parser.close()
    return parser.text().replace("\xa0", " ").translate(_ZERO_WIDTH)
