"""ReportLab's ``Paragraph``, minus work it would repeat.

* Plain text is not run through the markup parser. Most of a packet's paragraphs are
  text as the author wrote it (escaped, without tags); for those the parser's only
  output is one fragment in the style's font with the text in it. That fragment is
  made once per style and copied, which is what the parser itself does per run of text.
* Lines are not broken twice for the same width. Platypus wraps most paragraphs more
  than once: ``KeepTogether`` measures its content and the frame then wraps each part
  again, and a table wraps its cells to size the rows and again to draw them. Breaking
  lines is the costliest step of the layout (every word is measured).

Everything else, splitting included, is ReportLab's own.
"""

from __future__ import annotations

import copy
from weakref import WeakKeyDictionary

from reportlab.platypus import KeepTogether
from reportlab.platypus import Paragraph as _ReportLabParagraph
from reportlab.platypus.paragraph import textTransformFrags
from reportlab.platypus.paraparser import ParaParser

_SAMPLE = "x"
_plain_fragments: WeakKeyDictionary = WeakKeyDictionary()  # style -> parsed fragment


def _plain_fragment(style):
    """The fragment ReportLab's parser makes for plain text in ``style``."""
    fragment = _plain_fragments.get(style)
    if fragment is None:
        _style, frags, bullet = ParaParser().parse(_SAMPLE, style)
        if frags is None or len(frags) != 1 or bullet or frags[0].text != _SAMPLE:
            return None
        fragment = _plain_fragments[style] = frags[0]
    return fragment


class Paragraph(_ReportLabParagraph):
    _wrapped_for: float | None = None

    def _setup(self, text, style, bulletText, frags, cleaner):
        if frags is None and isinstance(text, str) and "<" not in text and "&" not in text:
            cleaned = cleaner(text)
            template = _plain_fragment(style) if cleaned else None
            if template is not None:
                fragment = copy.copy(template)
                fragment.text = cleaned
                # fresh lists: nothing may be shared between paragraphs
                fragment.link, fragment.us_lines = [], []
                frags = [fragment]
                textTransformFrags(frags, style)
                super()._setup(text, style, bulletText, frags, cleaner)
                self.text = cleaned  # as the parsing path leaves it
                return
        super()._setup(text, style, bulletText, frags, cleaner)

    def wrap(self, availWidth, availHeight):
        # The line breaks depend on the width only; ``split`` may drop blPara, and then
        # the lines are broken afresh.
        if availWidth == self._wrapped_for and hasattr(self, "blPara"):
            return self.width, self.height
        result = super().wrap(availWidth, availHeight)
        # (a width too narrow to hold text returns early, leaving no lines to keep)
        laid_out = hasattr(self, "blPara") and self.width == availWidth
        self._wrapped_for = availWidth if laid_out else None
        return result



class KeepParagraphsTogether(KeepTogether):
    """``KeepTogether`` for a few paragraphs (a heading and its first lines).

    To measure its content ReportLab deep-copies the document's current frame, in case a
    flowable adds content to the frame while it is wrapped. Paragraphs never do, and the
    copy was the costliest part of keeping each observation's heading with its text, so
    it is skipped when the content is paragraphs only.
    """

    def wrap(self, aW, aH):
        doc = getattr(getattr(self, "canv", None), "_doctemplate", None)
        frame = getattr(doc, "frame", None)
        if frame is None or not all(isinstance(f, _ReportLabParagraph) for f in self._content):
            return super().wrap(aW, aH)
        doc.frame = None  # _listWrapOn copies the frame only when there is one
        try:
            return super().wrap(aW, aH)
        finally:
            doc.frame = frame
