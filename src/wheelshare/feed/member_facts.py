"""A venue's facts one by one, and what a later import keeps of those members gave.

A fact a member gave (a correction a moderator accepted, or an established
member published) or a moderator put back records, in its provenance entry,
``source_value``: what the venue's source (OpenStreetMap, A11yJSON…) said of
that fact when the member's value replaced it. A later import of the source
keeps the member's value as long as the source still says the same thing: the
member knows better than a source nobody has touched since. Once the source
says something new, someone changed it there after the member did, so the
source's new value wins and the fact's entry goes (the fact then reads as the
source's, which is what the provenance of a fact without an entry says).
"""

from __future__ import annotations

from typing import Any

from wheelshare.domain import ValidationError
from wheelshare.domain.contribution import FACT_PATHS
from wheelshare.domain.vocabulary import VenueCriterion
from wheelshare.domain.wire import venue_from_wire

SOURCE_VALUE = "source_value"
_KEPT_SOURCES = ("member", "moderator")


def fact_value(data: dict[str, Any], fact: str) -> Any:
    """The fact's value as the venue's record holds it (None when absent)."""
    node: Any = data.get("accessibility") or {}
    for part in FACT_PATHS[VenueCriterion(fact)]:
        node = (node or {}).get(part)
    return node


def set_fact(data: dict[str, Any], fact: str, value: Any) -> None:
    node = data.setdefault("accessibility", {})
    *parents, last = FACT_PATHS[VenueCriterion(fact)]
    for part in parents:
        node = node.setdefault(part, {})
    node[last] = value


def with_source_value(
    entry: dict[str, Any], replaced: dict[str, Any] | None, replaced_value: Any
) -> dict[str, Any]:
    """``entry`` for a fact whose value replaces ``replaced_value``, told by the
    ``replaced`` provenance entry: none means that value was the source's."""
    if replaced is None:
        return {**entry, SOURCE_VALUE: replaced_value}
    if SOURCE_VALUE in replaced:
        return {**entry, SOURCE_VALUE: replaced[SOURCE_VALUE]}
    return entry


def keep_member_facts(current: dict[str, Any], imported: dict[str, Any]) -> dict[str, Any]:
    """``imported`` (a fresh record from the source) with the facts of
    ``current`` that members gave and the source has not changed since.

    An entry from before ``source_value`` was recorded keeps its fact and takes
    this import's value as the one to compare with next time. Should the kept
    facts not fit with the source's others (the domain refuses the venue, say
    step-free with three steps), the source's record is taken whole."""
    provenance = current.get("provenance") or {}
    merged = {**imported, "accessibility": _copy(imported.get("accessibility") or {})}
    kept: dict[str, Any] = {}
    for fact in FACT_PATHS:
        entry = provenance.get(fact.value)
        if not isinstance(entry, dict) or entry.get("source") not in _KEPT_SOURCES:
            continue
        from_source = fact_value(imported, fact.value)
        if SOURCE_VALUE in entry and entry[SOURCE_VALUE] != from_source:
            continue  # changed at the source since the member's fact: the source wins
        set_fact(merged, fact.value, fact_value(current, fact.value))
        kept[fact.value] = {**entry, SOURCE_VALUE: from_source}
    if not kept:
        return imported
    merged["provenance"] = kept
    try:
        # (The imported record has no id of ours yet; the venue keeps its own.)
        venue_from_wire({**merged, "id": current["id"]})
    except ValidationError:
        return imported
    return merged


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    return value
