#!/usr/bin/env python3
"""A draft survives a SIGKILL of the real program.

Black box: the installed-style binaries only, on a private Xvfb display, driven with the keyboard
through xdotool and observed from outside with yichuang-ctl.

1. `yichuang --training` on a fresh data directory: sign in, F4, F2 (the simulated card), Enter
   (the draft is created), the item by its pinyin initials (pasted, Ctrl+V), Enter, Enter, F6 (one
   material scanned).
2. Once yichuang-ctl shows the scanned material in the draft, the GUI process gets SIGKILL (the
   training platform it started is then stopped by its own PID). `case list --state draft` shows
   exactly that one draft.
3. `yichuang` again on the same directory: sign in, Enter on the drafts it offers, scan the other
   materials (F6), Enter, F9. yichuang-ctl then shows the case accepted for the same masked applicant,
   with the material scanned before the crash, and no draft left.

Every wait is on a condition with a time limit. On failure: a message naming the step, a screenshot
and the programs' logs in the work directory, exit status 1. Every process started here is ended on
every way out (and dies with this script through PR_SET_PDEATHSIG should it be killed).

Usage: intake_crash_binary.py --bin-dir DIR --work-dir DIR
"""

import argparse
import ctypes
import json
import os
import re
import secrets
import select
import shutil
import signal
import subprocess
import sys
import time
import traceback
from pathlib import Path

STAFF = "c2001"
PASSWORD = "train-c2001"  # the training platform's synthetic clerk (tests/platform/training-config.json)
ITEM_QUERY = "sybxjsl"  # 失业保险金申领 by its pinyin initials
ITEM_CODE = "000119004001-210200000000-000-11210200YC0000044M-1-00"

MAIN_WINDOW = "Single-Window Intake"  # window titles with --lang en, as regular expressions
SIGN_IN_DIALOG = "^Sign in"
DRAFTS_DIALOG = "^Open drafts"

# The whole run stays well inside the CTest timeout, so that this script, not CTest, ends the processes.
BUDGET_SECONDS = 240
STEP_TIMEOUT = 60


class Failure(Exception):
    """A step did not happen: the message says which."""


class Interrupted(Exception):
    """SIGTERM or SIGINT (CTest's timeout, Ctrl+C): clean up and stop."""


def _on_signal(signum, _frame):
    raise Interrupted(f"stopped by signal {signum}")


_libc = ctypes.CDLL(None, use_errno=True)


def _die_with_parent(sig):
    def set_death_signal():
        _libc.prctl(1, int(sig))  # PR_SET_PDEATHSIG

    return set_death_signal


def _process_state(pid):
    """The one-letter state of a process, or None when there is no such process."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat[stat.rindex(")") + 2 :].split()[0]


def _alive(pid):
    state = _process_state(pid)
    return state is not None and state not in ("Z", "X")


def _cmdline(pid):
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _processes(field, value):
    """The processes whose parent (field 1) or process group (field 2) is value."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        if int(fields[field]) == value:
            found.append(int(entry.name))
    return found


def _children(pid):
    return _processes(1, pid)


class CrashRun:
    def __init__(self, bin_dir: Path, work: Path):
        self.bin_dir = bin_dir
        self.work = work
        self.data = work / "data"
        self.deadline = time.monotonic() + BUDGET_SECONDS
        self.xvfb = None
        self.display = None
        self.gui = None  # the running yichuang (subprocess.Popen)
        self.gui_log = None
        self.platforms = []  # training platforms: (pid, command line), not children of this script
        self.groups = []  # the process groups of the GUIs started here
        self.clipboard = None  # xclip, the clipboard's owner while there is something to paste
        self.step = "start"
        self.shots = 0

        runtime = work / "runtime"
        runtime.mkdir(mode=0o700)
        self.xauthority = work / "Xauthority"
        base = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
        base.update(
            {
                "YICHUANG_KEYSTORE": "file",
                "XDG_RUNTIME_DIR": str(runtime),
                "XDG_CONFIG_HOME": str(work / "config"),
                "LC_ALL": "C.UTF-8",
            }
        )
        base.pop("YICHUANG_DATA_DIR", None)
        base.pop("YICHUANG_PLUGIN_PATH", None)
        self.ctl_env = dict(base, QT_QPA_PLATFORM="offscreen")
        self.x_env = dict(base, XAUTHORITY=str(self.xauthority))
        # Info messages stay on: the GUI's log tells when its catalog index and the card reader are ready.
        self.gui_env = dict(self.x_env, QT_QPA_PLATFORM="xcb", QT_LOGGING_RULES="*.debug=false")

    # ---- waiting ---------------------------------------------------------------------------

    def wait_for(self, what, predicate, timeout=STEP_TIMEOUT, interval=0.1):
        limit = min(time.monotonic() + timeout, self.deadline)
        while True:
            value = predicate()
            if value:
                return value
            if self.gui is not None and self.gui.poll() is not None:
                raise Failure(f"yichuang ended (exit status {self.gui.returncode}) while waiting for {what}")
            if time.monotonic() >= limit:
                raise Failure(f"timed out after {timeout} s waiting for {what}")
            time.sleep(interval)

    # ---- X display ---------------------------------------------------------------------------

    def start_display(self):
        self.step = "starting Xvfb"
        cookie = secrets.token_hex(16)
        self.xauthority.touch(mode=0o600)
        # The server reads every cookie in the file; the client's entry for the display it got comes after.
        subprocess.run(["xauth", "-q", "-f", str(self.xauthority), "add", ":0", ".", cookie], check=True)
        read_end, write_end = os.pipe()
        log = open(self.work / "xvfb.log", "wb")
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1366x768x24", "-nolisten", "tcp",
             "-auth", str(self.xauthority)],
            pass_fds=(write_end,), stdout=log, stderr=log, stdin=subprocess.DEVNULL,
            preexec_fn=_die_with_parent(signal.SIGTERM))
        os.close(write_end)
        number = b""
        limit = time.monotonic() + 30
        while not number.endswith(b"\n"):
            ready, _, _ = select.select([read_end], [], [], max(0.0, limit - time.monotonic()))
            if not ready:
                raise Failure("Xvfb did not report its display within 30 s (see xvfb.log)")
            chunk = os.read(read_end, 16)
            if not chunk:
                raise Failure(f"Xvfb ended at start (exit status {self.xvfb.wait()}, see xvfb.log)")
            number += chunk
        os.close(read_end)
        self.display = ":" + number.decode().strip()
        subprocess.run(["xauth", "-q", "-f", str(self.xauthority), "add", self.display, ".", cookie], check=True)
        for env in (self.x_env, self.gui_env):
            env["DISPLAY"] = self.display
        print(f"Xvfb on display {self.display}", flush=True)

    def xdotool(self, *args, check=True):
        result = subprocess.run(["xdotool", *args], env=self.x_env, capture_output=True, text=True, timeout=30)
        if check and result.returncode != 0:
            raise Failure(f"xdotool {' '.join(args)} failed: {result.stderr.strip()}")
        return result

    def visible_windows(self, title):
        result = self.xdotool("search", "--onlyvisible", "--name", title, check=False)
        return result.stdout.split()

    def wait_window(self, title, what):
        return self.wait_for(what, lambda: self.visible_windows(title))[0]

    def focus(self, window):
        """Keyboard focus to the window: there is no window manager to give it."""
        self.xdotool("windowfocus", "--sync", window)

    def keys(self, *names):
        for name in names:
            self.xdotool("key", name)

    def type_text(self, text):
        self.xdotool("type", "--delay", "20", text)

    def paste(self, text):
        """Text on the clipboard (xclip serves it), then Ctrl+V in the widget with the focus."""
        self.stop_clipboard()
        self.clipboard = subprocess.Popen(
            ["xclip", "-selection", "clipboard", "-quiet"], env=self.x_env, stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=_die_with_parent(signal.SIGTERM))
        self.clipboard.stdin.write(text.encode())
        self.clipboard.stdin.close()

        def served():
            out = subprocess.run(["xclip", "-selection", "clipboard", "-o"], env=self.x_env, capture_output=True,
                                 timeout=30)
            return out.returncode == 0 and out.stdout.decode(errors="replace") == text

        self.wait_for("the clipboard to hold the text to paste", served)
        self.keys("ctrl+v")

    def stop_clipboard(self):
        if self.clipboard is not None and self.clipboard.poll() is None:
            self.clipboard.terminate()
            try:
                self.clipboard.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.clipboard.kill()
                self.clipboard.wait()
        self.clipboard = None

    def screenshot(self, label):
        if not self.display:
            return None
        self.shots += 1
        path = self.work / f"screen-{self.shots}-{re.sub(r'[^a-z0-9]+', '-', label.lower()).strip('-')}.png"
        subprocess.run(["import", "-display", self.display, "-window", "root", str(path)], env=self.x_env,
                       capture_output=True, timeout=30)
        return path if path.exists() else None

    # ---- the programs --------------------------------------------------------------------------

    def ctl(self, *args):
        result = subprocess.run([str(self.bin_dir / "yichuang-ctl"), *args, "--data-dir", str(self.data)],
                                env=self.ctl_env, capture_output=True, text=True, timeout=60)
        return result

    def cases(self, state=None):
        args = ["case", "list", "--json"] + (["--state", state] if state else [])
        result = self.ctl(*args)
        if result.returncode != 0:
            raise Failure(f"yichuang-ctl {' '.join(args)} failed ({result.returncode}): {result.stderr.strip()}")
        return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]

    def case_detail(self, case_id):
        result = self.ctl("case", "show", case_id, "--json")
        if result.returncode != 0:
            raise Failure(f"yichuang-ctl case show {case_id} failed ({result.returncode}): {result.stderr.strip()}")
        return json.loads(result.stdout)

    def audit(self):
        result = self.ctl("audit", "verify", "--json")
        if result.returncode not in (0, 1) or not result.stdout.strip():
            raise Failure(f"yichuang-ctl audit verify failed ({result.returncode}): {result.stderr.strip()}")
        return json.loads(result.stdout)

    def gui_log_text(self):
        return self.gui_log.read_text(errors="replace") if self.gui_log and self.gui_log.exists() else ""

    def start_gui(self, run):
        self.step = f"starting yichuang (run {run})"
        self.gui_log = self.work / f"yichuang-{run}.log"
        with open(self.gui_log, "wb") as log:
            self.gui = subprocess.Popen(
                [str(self.bin_dir / "yichuang"), "--training", "--lang", "en", "--data-dir", str(self.data)],
                env=self.gui_env, stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True,
                preexec_fn=_die_with_parent(signal.SIGTERM))
        self.groups.append(self.gui.pid)  # its own process group, which the platform it starts joins
        print(f"run {run}: yichuang pid {self.gui.pid}", flush=True)

    def note_platform(self):
        """The training platform the GUI started: its PID, to stop it after the GUI is killed."""
        def find():
            return [p for p in _children(self.gui.pid) if "yichuang-platform" in _cmdline(p)]

        pids = self.wait_for("the training platform started by yichuang", find)
        for pid in pids:
            self.platforms.append((pid, _cmdline(pid)))
            print(f"training platform pid {pid}", flush=True)

    def stop_platforms(self):
        for pid, cmdline in self.platforms:
            if _alive(pid) and _cmdline(pid) == cmdline:
                os.kill(pid, signal.SIGTERM)
                limit = time.monotonic() + 10
                while _alive(pid) and time.monotonic() < limit:
                    time.sleep(0.1)
                if _alive(pid) and _cmdline(pid) == cmdline:
                    os.kill(pid, signal.SIGKILL)
        self.platforms = [(p, c) for p, c in self.platforms if _alive(p)]

    def sign_in(self):
        self.step = "signing in"
        dialog = self.wait_window(SIGN_IN_DIALOG, "the sign-in dialog")
        self.focus(dialog)
        self.type_text(STAFF)
        self.keys("Tab")
        self.type_text(PASSWORD)
        self.keys("Return")
        self.wait_for("the sign-in dialog to close (signed in)", lambda: not self.visible_windows(SIGN_IN_DIALOG))

    def focus_main_window(self):
        self.focus(self.wait_window(MAIN_WINDOW, "the main window"))

    def audit_mark(self, failure_text):
        """A condition: the GUI has written one more audit entry since now, or logged that it failed to
        (failure_text). Either way the GUI went past the step that audits."""
        entries = self.audit()["entries"]
        failures = self.gui_log_text().count(failure_text)

        def passed():
            if self.gui_log_text().count(failure_text) > failures:
                print(f"note: yichuang logged \"{failure_text}\"", flush=True)
                return True
            return self.audit()["entries"] > entries

        return passed

    def wait_material_scanned(self, case_id, material_id):
        def scanned():
            for m in self.case_detail(case_id)["materials"]:
                if m["materialId"] == material_id:
                    return m["state"] == "scanned"
            raise Failure(f"material {material_id} is not in the checklist of {case_id}")

        self.wait_for(f"material {material_id} of {case_id} to be scanned and saved", scanned, interval=0.2)

    # ---- the scenario ----------------------------------------------------------------------------

    def first_run(self):
        self.start_gui(1)
        self.note_platform()
        self.sign_in()
        # The catalog comes from the training platform with the first sync after sign-in.
        self.step = "waiting for the catalog"
        self.wait_for("the catalog index with the platform's items (yichuang log)",
                      lambda: re.search(r"search index built: [1-9]\d* items", self.gui_log_text()))

        self.step = "reading the card (F2)"
        audited = self.audit_mark("card read not audited")
        self.focus_main_window()
        self.keys("F4", "F2")
        # The card read is audited in the same step that fills the form: keys sent after it land on a filled form.
        self.wait_for("the card read in the audit trail", audited)

        self.step = "saving the applicant (Enter)"
        self.keys("Return")
        drafts = self.wait_for("the draft with the applicant", lambda: self.cases("draft"))
        if len(drafts) != 1:
            raise Failure(f"expected one draft after the applicant, found {len(drafts)}: {drafts}")
        draft = drafts[0]
        if not draft.get("applicant") or "*" not in draft["applicant"] or not re.fullmatch(
                r"\d{6}\*{8}\d{3}[\dX]", draft.get("idNumber") or ""):
            raise Failure(f"the draft's applicant is not listed masked: {draft}")
        case_id = draft["caseId"]

        self.step = "choosing the item"
        # The query goes in with one paste, so the search runs once: typed key by key, the list shows the
        # results of the first letters until the last search answers, and Enter would choose from those.
        self.paste(ITEM_QUERY)
        # Enter chooses the first result once the search has answered; until then it only says to choose one.
        for attempt in range(5):
            self.keys("Return")
            try:
                chosen = self.wait_for("the item in the draft", lambda: self.cases("draft")[0].get("itemCode"),
                                       timeout=10, interval=0.2)
            except Failure:
                if attempt == 4:
                    raise
                continue
            if chosen != ITEM_CODE:
                raise Failure(f"Enter on the results for {ITEM_QUERY!r} chose the item {chosen}, not {ITEM_CODE}")
            break
        self.stop_clipboard()

        self.step = "scanning the first material (F6)"
        first = self.case_detail(case_id)["materials"][0]["materialId"]
        self.keys("Return", "F6")
        self.wait_material_scanned(case_id, first)

        self.step = "killing yichuang"
        self.gui.send_signal(signal.SIGKILL)
        status = self.gui.wait(timeout=30)
        if status != -signal.SIGKILL:
            raise Failure(f"yichuang did not end by SIGKILL (status {status})")
        self.gui = None
        print(f"yichuang killed with SIGKILL in the draft {case_id}", flush=True)
        self.stop_platforms()
        if self.platforms:
            raise Failure(f"the training platform {self.platforms} did not stop")

        self.step = "the draft after the crash"
        drafts = self.cases("draft")
        if len(drafts) != 1 or drafts[0]["caseId"] != case_id:
            raise Failure(f"after SIGKILL, expected exactly the draft {case_id}, found {drafts}")
        if drafts[0].get("itemCode") != ITEM_CODE or self.case_detail(case_id)["materials"][0]["state"] != "scanned":
            raise Failure(f"after SIGKILL, the draft lost its item or its scanned material: {drafts[0]}")
        return drafts[0]

    def second_run(self, draft):
        case_id = draft["caseId"]
        self.start_gui(2)
        self.note_platform()
        self.sign_in()

        self.step = "taking up the offered draft"
        dialog = self.wait_window(DRAFTS_DIALOG, "the dialog offering the draft after sign-in")
        audited = self.audit_mark("draft view not audited")
        self.focus(dialog)
        self.keys("Return")
        self.wait_for("the drafts dialog to close", lambda: not self.visible_windows(DRAFTS_DIALOG))
        # Reopening a draft with an applicant is audited (personal data viewed) in the same step that puts it
        # on screen: keys sent after it land on the reopened draft.
        self.wait_for("the reopened draft in the audit trail", audited)

        # The draft reopens on the materials step, in the first material's row (scanned before the crash).
        self.step = "scanning the other materials (F6)"
        materials = self.case_detail(case_id)["materials"]
        self.focus_main_window()
        self.keys("Tab", "Tab")  # the first row's state, its reason, then the second row
        for m in materials[1:]:
            self.keys("F6")
            self.wait_material_scanned(case_id, m["materialId"])

        self.step = "accepting (Enter, F9)"
        self.keys("Return", "F9")

        def decided():
            found = [c for c in self.cases() if c["caseId"] == case_id]
            return found[0] if found and found[0].get("decision") else None

        case = self.wait_for(f"a decision on {case_id}", decided)

        self.step = "checking the accepted case"
        problems = []
        if case.get("decision") != "accepted":
            problems.append(f"decision {case.get('decision')!r}, expected 'accepted'")
        if case.get("state") == "draft":
            problems.append("still a draft")
        for key in ("applicant", "idNumber", "itemCode"):
            if case.get(key) != draft.get(key):
                problems.append(f"{key} {case.get(key)!r}, the draft had {draft.get(key)!r}")
        if not case.get("caseNumber"):
            problems.append("no case number")
        detail = self.case_detail(case_id)
        not_scanned = [m["materialId"] for m in detail["materials"] if m["state"] != "scanned"]
        if not_scanned:
            problems.append(f"materials not scanned: {not_scanned}")
        left = self.cases("draft")
        if left:
            problems.append(f"drafts left: {left}")
        audit = self.audit()
        if not audit.get("ok"):
            problems.append(f"audit trail broken: {audit}")
        if problems:
            raise Failure("after the resume: " + "; ".join(problems))
        print(f"case {case.get('caseNumber')} accepted for {case['applicant']} {case['idNumber']}", flush=True)

        self.step = "closing yichuang"
        self.gui.send_signal(signal.SIGTERM)  # the program closes its window and its platform
        try:
            self.gui.wait(timeout=30)
        except subprocess.TimeoutExpired:
            raise Failure("yichuang did not end within 30 s of SIGTERM")
        self.gui = None

    def run(self):
        self.start_display()
        draft = self.first_run()
        self.second_run(draft)

    def cleanup(self):
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second stop request does not cut the cleaning short
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        if self.gui is not None and self.gui.poll() is None:
            for pid in _children(self.gui.pid):
                if "yichuang-platform" in _cmdline(pid) and pid not in [p for p, _ in self.platforms]:
                    self.platforms.append((pid, _cmdline(pid)))
            self.gui.terminate()  # the program stops its platform itself
            try:
                self.gui.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.gui.kill()
                self.gui.wait()
        self.gui = None
        self.stop_clipboard()
        self.stop_platforms()
        # Anything else left in the GUIs' process groups that works on this run's data (a platform the GUI
        # started before it was recorded here).
        for group in self.groups:
            for pid in _processes(2, group):
                if str(self.data) in _cmdline(pid):
                    os.kill(pid, signal.SIGKILL)
        if self.xvfb is not None and self.xvfb.poll() is None:
            self.xvfb.terminate()
            try:
                self.xvfb.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.xvfb.kill()
                self.xvfb.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin-dir", required=True, type=Path, help="where yichuang and yichuang-ctl are")
    parser.add_argument("--work-dir", required=True, type=Path, help="emptied, then holds the data, logs, screenshots")
    args = parser.parse_args()

    missing = [tool for tool in ("Xvfb", "xauth", "xdotool", "xclip", "import") if not shutil.which(tool)]
    missing += [str(args.bin_dir / p) for p in ("yichuang", "yichuang-ctl", "yichuang-platform")
                if not os.access(args.bin_dir / p, os.X_OK)]
    if missing:
        print(f"FAIL: missing {', '.join(missing)} (installer/install-deps.sh installs the tools)", flush=True)
        return 1

    shutil.rmtree(args.work_dir, ignore_errors=True)
    args.work_dir.mkdir(parents=True)
    signal.signal(signal.SIGTERM, _on_signal)
    signal.signal(signal.SIGINT, _on_signal)
    run = CrashRun(args.bin_dir.resolve(), args.work_dir.resolve())
    try:
        run.run()
    except Exception as error:  # every failure: its step, a screenshot, the GUI's log
        shot = run.screenshot(run.step)
        if not isinstance(error, (Failure, Interrupted)):
            traceback.print_exc()
        print(f"FAIL while {run.step}: {error}", flush=True)
        if shot:
            print(f"screenshot: {shot}", flush=True)
        log = run.gui_log_text()
        if log:
            print(f"last lines of {run.gui_log}:", flush=True)
            print("\n".join(log.splitlines()[-25:]), flush=True)
        return 1
    finally:
        run.cleanup()
    shutil.rmtree(run.data, ignore_errors=True)
    print("PASS: the draft survived SIGKILL of yichuang and was finished after the restart", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
