"""Render the TeX that pymdownx.arithmatex marks into MathML at build time.

Browsers draw MathML natively, so pages need no math JavaScript, no web fonts and no CDN.
"""
from __future__ import annotations

import html
import re

from latex2mathml.converter import convert

ARITHMATEX = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">\s*\\(?P<open>[(\[])(?P<tex>.*?)\\[)\]]\s*</(?P=tag)>', re.S
)


def render(page_html: str) -> str:
    def to_mathml(match: re.Match) -> str:
        display = "block" if match.group("open") == "[" else "inline"
        mathml = convert(html.unescape(match.group("tex")).strip(), display=display)
        # A wide equation scrolls; tabindex lets keyboard users scroll it too.
        focus = ' tabindex="0"' if display == "block" else ""
        return f'<{match.group("tag")} class="arithmatex"{focus}>{mathml}</{match.group("tag")}>'

    return ARITHMATEX.sub(to_mathml, page_html)
