"""Problems the audits found in screens, not yet fixed, each with who fixes what.

A problem listed here is printed as a known gap instead of failing its test;
anything else the audits find fails. docs/accessibility.md lists the same
gaps for users. Remove an entry as soon as its fix lands.
"""

from __future__ import annotations

import re

# Empty: the audits find no problem today. Add a pattern here (with who fixes
# it) only for a problem that cannot be fixed in the same change.
KNOWN_GAPS: dict[str, str] = {}


def split(problems: list[str]) -> tuple[list[str], list[str]]:
    """(new problems, known gaps) among ``problems``."""
    new: list[str] = []
    known: list[str] = []
    for problem in problems:
        if any(re.search(pattern, problem) for pattern in KNOWN_GAPS):
            known.append(problem)
        else:
            new.append(problem)
    return new, known
