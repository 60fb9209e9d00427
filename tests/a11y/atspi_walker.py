"""Walk wheelshare's accessibility tree over AT-SPI, as a screen reader does.

Runs under the system Python (Debian's python3-pyatspi), in a process of its
own, against a wheelshare already running on the same display and session
bus. It visits every main screen (through the Go menu's actions) and the
dialogs reachable from them, and prints one line per problem::

    FAIL <where>: <what>

then ``CHECKED <n>`` and ``SCREENS <names>``. It exits 0 when it could do its
walk (problems are for the test to judge) and 2 when it could not.

Usage: /usr/bin/python3 atspi_walker.py [seconds to wait for the data]
"""

from __future__ import annotations

import subprocess
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
import pyatspi  # noqa: E402
from gi.repository import GLib  # noqa: E402

FAILURES: list[str] = []
CHECKED = 0
ANNOUNCED: list[str] = []

# Roles a focusable object must not have: they tell a screen-reader user nothing.
VAGUE_ROLES = {pyatspi.ROLE_UNKNOWN, pyatspi.ROLE_INVALID, pyatspi.ROLE_REDUNDANT_OBJECT}
TABLE_ROLES = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE}
LIST_ROLES = {pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX}


def pump(seconds: float) -> None:
    """Let events arrive (announcements are collected meanwhile)."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.02)


def fail(where: str, what: str) -> None:
    FAILURES.append(f"{where}: {what}")


def children(obj):  # type: ignore[no-untyped-def]
    for i in range(obj.childCount):
        try:
            child = obj.getChildAtIndex(i)
        except Exception:  # a child that went away while walking
            continue
        if child is not None:
            yield child


def showing(obj) -> bool:  # type: ignore[no-untyped-def]
    try:
        return obj.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def label_of(obj) -> str:  # type: ignore[no-untyped-def]
    """The object's name, or the name of what labels it."""
    if obj.name and obj.name.strip():
        return obj.name.strip()
    try:
        for relation in obj.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                for i in range(relation.getNTargets()):
                    target = relation.getTarget(i)
                    if target is not None and target.name.strip():
                        return target.name.strip()
    except Exception:
        pass
    return ""


def describe(obj) -> str:  # type: ignore[no-untyped-def]
    return f"{obj.getRoleName()} {obj.name[:50]!r}"


def context(obj) -> str:  # type: ignore[no-untyped-def]
    """The nearest ancestor with a name, and the object's index there, to find it."""
    try:
        parent = obj.parent
        index = obj.getIndexInParent()
        while parent is not None and not parent.name.strip():
            index = parent.getIndexInParent()
            parent = parent.parent
        if parent is not None:
            return f" (inside {parent.getRoleName()} {parent.name[:40]!r}, child {index})"
    except Exception:
        pass
    return ""


def check_object(obj, where: str) -> None:  # type: ignore[no-untyped-def]
    global CHECKED
    role = obj.getRole()
    state = obj.getState()
    focusable = state.contains(pyatspi.STATE_FOCUSABLE)
    if focusable:
        CHECKED += 1
        if role in VAGUE_ROLES:
            fail(where, f"focusable {describe(obj)} has no meaningful role")
        if not label_of(obj) and role not in (pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TABLE_CELL):
            fail(where, f"focusable {obj.getRoleName()} has no name{context(obj)}")
    if role in (pyatspi.ROLE_IMAGE, pyatspi.ROLE_ICON):
        CHECKED += 1
        if not label_of(obj):
            fail(where, "image without a name")
    if role == pyatspi.ROLE_PUSH_BUTTON:
        CHECKED += 1
        if not label_of(obj):
            fail(where, "button without a name (icon-only?)")
    if role in TABLE_ROLES:
        check_table(obj, where)
    if role in LIST_ROLES:
        CHECKED += 1
        for i, item in enumerate(children(obj)):
            if i >= 5:
                break
            if not item.name.strip():
                fail(where, f"item {i} of list {obj.name!r} has no text")


def check_table(table, where: str) -> None:  # type: ignore[no-untyped-def]
    global CHECKED
    CHECKED += 1
    if not label_of(table):
        fail(where, "table without a name")
    try:
        iface = table.queryTable()
    except NotImplementedError:
        fail(where, f"table {table.name!r} has no table interface")
        return
    for col in range(iface.nColumns):
        header = iface.getColumnHeader(col)
        text = (header.name if header is not None else "") or iface.getColumnDescription(col)
        if not (text or "").strip():
            fail(where, f"column {col} of table {table.name!r} has no header")
    for row in range(min(iface.nRows, 3)):
        cell = iface.getAccessibleAt(row, 0)
        if cell is None or not cell.name.strip():
            fail(where, f"row {row} of table {table.name!r} has no text")


def walk(obj, where: str) -> None:  # type: ignore[no-untyped-def]
    if not showing(obj):
        return
    check_object(obj, where)
    for child in children(obj):
        walk(child, where)


def find(obj, pred, need_showing: bool = True):  # type: ignore[no-untyped-def]
    if need_showing and not showing(obj):
        return None
    try:
        if pred(obj):
            return obj
    except Exception:
        return None
    for child in children(obj):
        found = find(child, pred, need_showing)
        if found is not None:
            return found
    return None


def press(obj) -> None:  # type: ignore[no-untyped-def]
    action = obj.queryAction()
    for i in range(action.nActions):
        if action.getName(i).lower() in ("press", "click", "activate"):
            action.doAction(i)
            return
    action.doAction(0)


def application(timeout: float):  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in children(desktop):
            if app.name == "wheelshare" and app.childCount > 0:
                return app
        time.sleep(0.5)
    return None


def main_frame(app):  # type: ignore[no-untyped-def]
    for child in children(app):
        if child.getRole() == pyatspi.ROLE_FRAME and "wheelshare" in child.name:
            return child
    return None


def dialogs(app) -> list:  # type: ignore[no-untyped-def]
    return [c for c in children(app) if c.getRole() == pyatspi.ROLE_DIALOG]


def go_menu_items(frame) -> list:  # type: ignore[no-untyped-def]
    bar = find(frame, lambda o: o.getRole() == pyatspi.ROLE_MENU_BAR)
    if bar is None:
        return []
    menus = list(children(bar))
    if len(menus) < 2:
        return []
    popup = next(children(menus[1]), None)
    return list(children(popup)) if popup is not None else []


def menu_item(frame, menu_index: int, position: int):  # type: ignore[no-untyped-def]
    bar = find(frame, lambda o: o.getRole() == pyatspi.ROLE_MENU_BAR)
    menus = list(children(bar))
    popup = next(children(menus[menu_index]))
    return list(children(popup))[position]


def on_event(event) -> None:  # type: ignore[no-untyped-def]
    text = ""
    try:
        if event.type.startswith("object:announcement"):
            text = str(event.any_data)
        elif event.type.startswith("object:property-change:accessible-name"):
            text = event.source.name
    except Exception:
        return
    if text:
        ANNOUNCED.append(text)


def open_dialog(app, frame, trigger, where: str) -> None:  # type: ignore[no-untyped-def]
    """Press ``trigger`` (a button, or a keysym typed as a person would), walk
    the dialog that opens, and close it with its Close or Cancel button."""
    before = {id(d) for d in dialogs(app)}
    helper = None
    if isinstance(trigger, tuple):
        # A menu action that opens a modal dialog holds up the accessibility call
        # until the dialog closes: a helper process makes that call and waits.
        helper = subprocess.Popen([sys.executable, __file__, "--press-menu", *map(str, trigger)])
    else:
        press(trigger)
    pump(1.5)
    opened = [d for d in dialogs(app) if id(d) not in before] or dialogs(app)
    if not opened:
        fail(where, "pressing it opened no dialog")
        return
    dialog = opened[-1]
    global CHECKED
    CHECKED += 1
    if not dialog.name.strip():
        fail(where, "dialog without a title")
    name = f"dialog {dialog.name!r}"
    print(f"SCREEN {name}", flush=True)
    walk(dialog, name)
    closer = find(
        dialog,
        lambda o: (
            o.getRole() == pyatspi.ROLE_PUSH_BUTTON
            and o.name.replace("&", "") in ("Close", "Cancel", "Fermer", "Annuler")
        ),
    )
    if closer is None:
        fail(name, "no Close or Cancel button to leave it")
        return
    press(closer)
    pump(0.8)
    if helper is not None:
        helper.wait(timeout=30)


def search_announces_count(frame, where: str, wait: float) -> None:  # type: ignore[no-untyped-def]
    """Press Search on the current screen: the result count must be announced."""
    button = find(
        frame,
        lambda o: o.getRole() == pyatspi.ROLE_PUSH_BUTTON and o.name.replace("&", "") == "Search",
    )
    if button is None:
        fail(where, "no Search button")
        return
    ANNOUNCED.clear()
    press(button)
    pump(wait)
    counts = [t for t in ANNOUNCED if any(ch.isdigit() for ch in t) or t.startswith("No ")]
    print(f"ANNOUNCED {where}: {ANNOUNCED[-3:]!r}", flush=True)
    if not counts:
        fail(where, "the number of results was not announced after a search")


def error_is_description(frame, where: str) -> None:  # type: ignore[no-untyped-def]
    """Type a place that does not exist: its error becomes the field's description."""
    field = find(
        frame,
        lambda o: (
            o.getRole() in (pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY)
            and label_of(o).replace("&", "").startswith("Place")
        ),
    )
    if field is None:
        fail(where, "no Place field to check error descriptions on")
        return
    before = field.description
    field.queryEditableText().setTextContents("Qqqzzzville")
    button = find(
        frame,
        lambda o: o.getRole() == pyatspi.ROLE_PUSH_BUTTON and o.name.replace("&", "") == "Search",
    )
    press(button)
    # The place may be looked up on a worker first (offline list, then online).
    end = time.monotonic() + 10
    while time.monotonic() < end and "Qqqzzzville" not in field.description:
        pump(0.25)
    after = field.description
    print(f"ERROR DESCRIPTION {where}: {after[:100]!r}", flush=True)
    if not after.strip() or after == before or "Qqqzzzville" not in after:
        fail(where, f"the place error is not the field's description (it reads {after!r})")
    field.queryEditableText().setTextContents("")
    press(button)
    pump(0.5)


def press_menu(menu_index: int, position: int) -> int:
    app = application(10)
    frame = main_frame(app) if app is not None else None
    if frame is None:
        return 2
    press(menu_item(frame, menu_index, position))
    return 0


def main(argv: list[str]) -> int:
    if len(argv) > 1 and argv[1] == "--press-menu":
        return press_menu(int(argv[2]), int(argv[3]))
    wait = float(argv[1]) if len(argv) > 1 else 60.0
    app = application(60)
    if app is None:
        print("NO APP: wheelshare did not appear on the accessibility bus", flush=True)
        return 2
    frame = None
    end = time.monotonic() + 30
    while frame is None and time.monotonic() < end:
        frame = main_frame(app)
        time.sleep(0.3)
    if frame is None:
        print("NO WINDOW", flush=True)
        return 2
    listener = pyatspi.Registry
    listener.registerEventListener(on_event, "object:announcement")
    listener.registerEventListener(on_event, "object:property-change:accessible-name")

    # Wait for the data: the results table of Find a vehicle gets rows.
    end = time.monotonic() + wait
    while time.monotonic() < end:
        table = find(frame, lambda o: o.getRole() in TABLE_ROLES)
        try:
            if table is not None and table.queryTable().nRows > 0:
                break
        except Exception:
            pass
        pump(0.5)

    screens = go_menu_items(frame)
    names = []
    for index in range(len(screens)):
        item = go_menu_items(frame)[index]
        press(item)
        pump(1.0)
        where = frame.name
        names.append(where)
        print(f"SCREEN {where}", flush=True)
        walk(frame, where)
        if index == 0:
            search_announces_count(frame, where, 3.0)
            error_is_description(frame, where)
            profile = find(
                frame,
                lambda o: (
                    o.getRole() == pyatspi.ROLE_PUSH_BUTTON and "wheelchair" in o.name.lower()
                ),
            )
            if profile is not None:
                open_dialog(app, frame, profile, f"{where} / {profile.name}")
        if index == 1:
            search_announces_count(frame, where, 3.0)
    real_feed = find(
        frame,
        lambda o: o.getRole() == pyatspi.ROLE_PUSH_BUTTON and "real feed" in o.name.lower(),
    )
    if real_feed is not None:
        open_dialog(app, frame, real_feed, real_feed.name)
    help_item = menu_item(frame, 2, 0)
    if help_item.name.replace("&", "") != "Keyboard shortcuts":
        fail("Help menu", f"first item is {help_item.name!r}, not Keyboard shortcuts")
    open_dialog(app, frame, (2, 0), "Help / Keyboard shortcuts")

    for line in FAILURES:
        print(f"FAIL {line}", flush=True)
    print(f"CHECKED {CHECKED}", flush=True)
    print(f"SCREENS {len(names)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
