"""The demo's exemption from "one installation, one scope", used explicitly by tests.

A real installation refuses a childminder account unless its data is her home (her own
laptop, fed by sync). Tests of what a childminder may see need the office's data and her
login in ONE database, which only the fictional demo installation may have: they mark
their test installation as a demo installation first, through this helper, so every such
test says so where it makes the account.
"""

from __future__ import annotations

from dagpleje_desktop.services.context import AppContext
from dagpleje_desktop.services.security.installation_scope import mark_demo


def share_with_childminders(ctx: AppContext) -> None:
    """Mark the installation as a demo one: childminder accounts may be made on it."""
    with ctx.db.transaction() as s:
        mark_demo(s)
