#!/usr/bin/env python3
"""Fill unfinished French strings from a list of ``source<TAB>translation`` lines.

    scripts/update_translations            # new strings appear as unfinished
    scripts/fill_translations.py < fr.tsv  # fill them
    scripts/update_translations --check    # restore lupdate's layout, compile, check

Each line names an English source string exactly as written in the code
(``&`` for a mnemonic, ``\\n`` for a line break) and its French translation.
Only unfinished messages are filled, in every context where the source
appears; finished translations are never overwritten. A text with plural
forms gives them singular first, separated by ``||``. A line of three fields,
``context<TAB>source<TAB>translation``, replaces that one message even when it
is finished (to move a mnemonic, say). Lines that match nothing are listed, so
a typo does not pass unnoticed.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "translations" / "wheelshare_fr.ts"


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t")


def main() -> int:
    wanted: dict[str, str] = {}
    forced: dict[tuple[str, str], str] = {}
    for number, line in enumerate(sys.stdin, 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if "\t" not in line:
            print(f"line {number}: expected source<TAB>translation", file=sys.stderr)
            return 2
        fields = [_unescape(f) for f in line.split("\t")]
        if len(fields) == 3:
            forced[(fields[0], fields[1])] = fields[2]
        else:
            wanted[fields[0]] = "\t".join(fields[1:])

    tree = ET.parse(TS)
    used: set[str] = set()
    replaced: set[tuple[str, str]] = set()
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or (name, source) not in forced:
                continue
            translation.text = forced[(name, source)]
            translation.attrib.pop("type", None)
            replaced.add((name, source))
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        if source in wanted:
            if message.get("numerus") == "yes":
                # Plural forms, singular first, separated by "||".
                forms = wanted[source].split("||")
                for i, form in enumerate(translation.findall("numerusform")):
                    form.text = forms[min(i, len(forms) - 1)].strip()
            else:
                translation.text = wanted[source]
            del translation.attrib["type"]
            used.add(source)

    # Keep lupdate's own layout: the DOCTYPE line is not kept by ElementTree.
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    for source in wanted.keys() - used:
        print(f"no unfinished message for: {source!r}", file=sys.stderr)
    for context, source in forced.keys() - replaced:
        print(f"no message {source!r} in context {context!r}", file=sys.stderr)
    print(f"filled {len(used)} of {len(wanted)} strings, replaced {len(replaced)} of {len(forced)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
