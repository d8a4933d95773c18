"""Making untrusted text inert for display: control characters and bidi overrides shown, not obeyed."""
from __future__ import annotations

import re

# C0 and C1 controls except tab and newline, DEL, and the bidirectional
# embedding/override/isolate characters that can reorder what a reader sees.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␛ for ESC
    if code == 0x7F:
        return "\u2421"
    return f"<U+{code:04X}>"


def inert(text: str) -> str:
    """Replace characters a terminal would act on with visible stand-ins."""
    return _UNSAFE.sub(_visible, text)


def one_line(text: str) -> str:
    """Inert text folded onto one line (runs of whitespace become one space)."""
    return " ".join(inert(text).split())
