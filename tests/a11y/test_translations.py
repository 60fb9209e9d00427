"""The French translation is complete, faithful to its placeholders, and compiled."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from wheelshare.domain.problems import ProblemCode
from wheelshare.paths import resource
from wheelshare.ui.help import mnemonic
from wheelshare.ui.problems import SENTENCES

ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(shutil.which("pyside6-lupdate") or ROOT / ".venv/bin/pyside6-lupdate").parent
PLACEHOLDER = re.compile(r"\{\w*\}|%L?\d+|%n")


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source") or "", message))
    return out


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = [f.text or "" for f in translation.iter("numerusform")]
    return forms or [translation.text or ""]


def test_every_french_string_is_translated_and_keeps_its_placeholders() -> None:
    messages = _messages(resource("translations", "wheelshare_fr.ts"))
    problems = []
    for context, source, message in messages:
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
            continue
        for text in _translations(message):
            if not text.strip():
                problems.append(f"{context}: {source!r} has an empty translation")
            want = sorted(p for p in PLACEHOLDER.findall(source) if p != "%n")
            have = sorted(p for p in PLACEHOLDER.findall(text) if p != "%n")
            if want != have:
                problems.append(f"{context}: {source!r} -> {text!r} changes placeholders")
            if mnemonic(source) and not mnemonic(text):
                problems.append(f"{context}: {source!r} -> {text!r} loses its Alt+letter")
    print(f"French: {len(messages)} strings, {len(problems)} problems")
    assert not problems, "\n".join(problems)


def test_sources_have_no_string_missing_from_the_translation(tmp_path: Path) -> None:
    # Extract again from the code as it is now: nothing new may appear.
    ts = tmp_path / "check_fr.ts"
    shutil.copyfile(resource("translations", "wheelshare_fr.ts"), ts)
    sources = sorted(str(p) for p in (ROOT / "src/wheelshare/ui").rglob("*.py"))
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), "-silent", "-locations", "none", *sources, "-ts", str(ts)],
        check=True,
        cwd=tmp_path,
    )
    # lupdate reads every string from the code itself, in the context it is
    # looked up in at run time: none is left in the empty context, which a
    # module's own translation shorthand would put it in.
    extracted = {(context, source) for context, source, _ in _messages(ts)}
    assert ("VehicleResults", "Price per day") in extracted
    assert ("Problems", SENTENCES[ProblemCode.OFFLINE]) in extracted
    assert not [source for context, source in extracted if not context]
    new = [
        f"{context}: {source!r}"
        for context, source, message in _messages(ts)
        if (message.find("translation") is not None)
        and message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert not new, "run scripts/update_translations and translate:\n" + "\n".join(new)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_compiled_files_match_their_sources(qapp: object, language: str) -> None:
    # What the app loads (.qm) says what the source (.ts) says, message by message.
    translator = QTranslator()
    assert translator.load(str(resource("translations", f"wheelshare_{language}.qm")))
    stale = []
    for context, source, message in _messages(
        resource("translations", f"wheelshare_{language}.ts")
    ):
        forms = _translations(message)
        if message.get("numerus") == "yes":
            cases = [(1, forms[0]), (5, forms[-1])]
        else:
            cases = [(-1, forms[0])]
        for n, want in cases:
            if want == source:
                continue  # lrelease leaves out entries identical to their source
            got = translator.translate(context, source, None, n)
            if got != want:
                stale.append(f"{context}: {source!r} -> {got!r}, the .ts says {want!r}")
    assert not stale, "run scripts/update_translations to recompile:\n" + "\n".join(stale[:20])


UI = Path(__file__).resolve().parents[2] / "src" / "wheelshare" / "ui"


def _translation_wrappers(path: Path) -> list[str]:
    """Functions that only pass their argument to tr() or translate(), such as
    ``def _tr(text): return QCoreApplication.translate("X", text)``: lupdate
    cannot read the strings given to them, so those stay English in French.
    (Translating a word looked up in a QT_TRANSLATE_NOOP table is fine: the
    table is read where it is written.)"""
    import ast

    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.FunctionDef):
            continue
        body = [
            b
            for b in node.body
            if not (isinstance(b, ast.Expr) and isinstance(b.value, ast.Constant))
        ]
        if len(body) != 1 or not isinstance(body[0], ast.Return):
            continue
        call = body[0].value
        if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Attribute):
            continue
        if call.func.attr not in ("tr", "translate"):
            continue
        params = {a.arg for a in node.args.args}
        if any(isinstance(a, ast.Name) and a.id in params for a in call.args):
            found.append(f"{path.relative_to(UI)}:{node.lineno} {node.name}()")
    return found


def test_no_translation_wrappers_hide_strings_from_lupdate() -> None:
    found = [w for path in sorted(UI.rglob("*.py")) for w in _translation_wrappers(path)]
    assert not found, "translate each literal where it is written:\n" + "\n".join(found)
