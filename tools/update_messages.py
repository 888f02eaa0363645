"""Merge the message ids in the code into the English message catalogue and compile it.

resources/translations/messages_en.po keeps every translation already written; new ids
are added untranslated (the test of the catalogue fails until they are translated), ids
no longer in the code are dropped, and messages_en.mo is compiled beside it. Needs Babel
(the ``test`` extra). Run through tools/update_messages.sh.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_messages import ROOT, message_ids  # noqa: E402

CATALOGUE = ROOT / "resources" / "translations" / "messages_en.po"
HEADER = ("# English translations of the messages Dagpleje Desktop shows from its services,\n"
          "# domain, store, sync and command line. Made by tools/update_messages.sh; keep the\n"
          "# {placeholders} of each message.")


def merged(old: Catalog | None, ids: dict[str, list[str]]) -> Catalog:
    new = Catalog(locale="en", project="Dagpleje Desktop", domain="messages",
                  charset="utf-8", fuzzy=False, header_comment=HEADER,
                  creation_date=old.creation_date if old is not None else None)
    for msgid, places in ids.items():
        known = old.get(msgid) if old is not None else None
        # Files without line numbers: the catalogue does not change when code moves.
        locations = [(path, None) for path in dict.fromkeys(p.rsplit(":", 1)[0]
                                                            for p in places)]
        new.add(msgid, known.string if known is not None else "", locations=locations)
    return new


def main() -> int:
    old = None
    if CATALOGUE.exists():
        with CATALOGUE.open("rb") as stream:
            old = read_po(stream, locale="en")
    catalogue = merged(old, message_ids())
    with CATALOGUE.open("wb") as stream:
        write_po(stream, catalogue, width=96, sort_output=False, include_previous=False)
    with CATALOGUE.with_suffix(".mo").open("wb") as stream:
        write_mo(stream, catalogue)
    missing = [m.id for m in catalogue if m.id and not m.string]
    print(f"{CATALOGUE.relative_to(ROOT)}: {len(catalogue)} messages, "
          f"{len(missing)} untranslated")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
