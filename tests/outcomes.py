"""What every run of evalkit must end in: a clean result, or exactly one `evalkit: error:`
line with exit code 2; never a traceback, never a file touched outside --out.

Shared by the robustness tests and the hostile-input suite (imported, not a conftest).
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def one_line_error(code: int, err: str, *fragments: str) -> str:
    """Assert a clean refusal and return its line."""
    lines = [line for line in err.splitlines() if line.strip()]
    assert code == 2, (code, err)
    assert len(lines) == 1 and lines[0].startswith("evalkit: error: "), err
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])
    return lines[0]


def only_diagnostics(err: str) -> bool:
    """stderr of a clean run: warnings and the statistics-cache line, nothing else."""
    return all(line.startswith(("evalkit: warning: ", "statistics: ")) for line in err.splitlines())


def snapshot(root: Path, *, outside: Path | None = None) -> dict[str, str]:
    """Path -> content hash of every file under `root`, skipping `outside` (the run's --out)."""
    found = {}
    for dirpath, dirnames, filenames in os.walk(root):
        directory = Path(dirpath)
        dirnames[:] = [name for name in dirnames if directory / name != outside]
        for name in filenames + [d for d in dirnames if (directory / d).is_symlink()]:
            path = directory / name
            try:
                data = path.read_bytes() if path.is_file() else os.readlink(path).encode()
            except OSError:
                data = b"<unreadable>"
            found[str(path.relative_to(root))] = hashlib.sha256(data).hexdigest()
        for name in dirnames:
            found.setdefault(str((directory / name).relative_to(root)) + "/", "dir")
    return found


def run_evalkit(*args: object, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """The real command line in a child process, running this checkout's code."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run([sys.executable, "-m", "evalkit", *map(str, args)], env=environment, capture_output=True,
                          text=True, timeout=timeout)


def start_evalkit(*args: object, env: dict[str, str] | None = None, **popen: object) -> subprocess.Popen:
    """`run_evalkit` without waiting: for signals, closed pipes and races."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    # Ctrl-C as at a terminal: a shell runs a background job (`pytest ... &`) with SIGINT ignored,
    # and the child would inherit that
    popen.setdefault("preexec_fn", lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    return subprocess.Popen([sys.executable, "-m", "evalkit", *map(str, args)], env=environment, **popen)


def wait_for_sigterm_handler(pid: int) -> None:
    """Until the child has installed its SIGTERM handler (Linux: the SigCgt mask in /proc), so a
    signal sent now reaches evalkit's handling rather than the interpreter still starting."""
    for _ in range(1200):
        caught = next(line for line in Path(f"/proc/{pid}/status").read_text().splitlines() if line.startswith("SigCgt"))
        if int(caught.split()[1], 16) >> (signal.SIGTERM - 1) & 1:
            return
        time.sleep(0.05)
    raise AssertionError("the child never installed a SIGTERM handler")


_BLOCKED = """
import sys, time
import evalkit.cli as cli

def blocked(*args, **kwargs):  # stands in for scoring: as long as it takes a signal to arrive
    sys.stderr.write("scoring\\n")
    sys.stderr.flush()
    time.sleep(600)

cli.score = blocked
sys.argv = ["evalkit", *sys.argv[1:]]
cli.main()
"""


def start_blocked_score(*args: object) -> subprocess.Popen:
    """`evalkit score ARGS` in a child that blocks where scoring would run, returned once it
    is there (its SIGTERM handler installed), so a signal sent now lands mid-run every time."""
    proc = subprocess.Popen([sys.executable, "-c", _BLOCKED, "score", *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stderr.readline() == "scoring\n"
    wait_for_sigterm_handler(proc.pid)
    return proc
