"""Printed and exported documents: registers (帐/册), cards (卡), report tables.

`layout` describes a document as data; `pdf` and `xlsx` render one layout
each way, so the two files always carry the same columns and rows.
"""

from fpdesk.domain.messages import ClerkError


class NothingToPrint(ClerkError, ValueError):
    """An empty document was asked for (a village with no women, no tables)."""
