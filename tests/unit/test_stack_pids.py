"""Pid files: a recorded pid counts only while that very process runs (pids are reused fast:
pid_max is small and the JVMs start hundreds of threads)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

from pipeline.stack import read_pidfile, write_pidfile


def test_a_running_process_is_recognised(tmp_path):
    path = tmp_path / "svc.pid"
    write_pidfile(path, os.getpid())
    assert read_pidfile(path) == os.getpid()
    # Pid files written by older versions (the pid alone) are still read.
    path.write_text(f"{os.getpid()}\n")
    assert read_pidfile(path) == os.getpid()


def test_a_reused_pid_is_not_the_service(tmp_path):
    path = tmp_path / "svc.pid"
    write_pidfile(path, os.getpid())
    pid, started = path.read_text().split()
    path.write_text(f"{pid} {int(started) + 1}\n")  # same number, another process's start time
    assert read_pidfile(path) is None


def test_a_thread_id_is_not_a_process(tmp_path):
    path = tmp_path / "svc.pid"
    seen: list[int] = []
    release = threading.Event()
    worker = threading.Thread(target=lambda: (seen.append(threading.get_native_id()), release.wait(10)))
    worker.start()
    try:
        while not seen:
            pass
        assert seen[0] != os.getpid()
        path.write_text(f"{seen[0]}\n")
        assert read_pidfile(path) is None
    finally:
        release.set()
        worker.join()


def test_an_exited_process_is_gone(tmp_path):
    path = tmp_path / "svc.pid"
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    write_pidfile(path, proc.pid)
    proc.wait()
    assert read_pidfile(path) is None
    assert read_pidfile(tmp_path / "missing.pid") is None


def test_a_proven_start_time_needs_no_command_line_match(tmp_path):
    # Right after exec the child's /proc/<pid>/cmdline can read empty; the start time alone
    # identifies the process, so the service is not taken for dead in that window.
    from pipeline.stack import Service

    svc = Service("w", tmp_path / "w.pid", tmp_path / "w.log", "no-such-marker-in-cmdline", 0)
    write_pidfile(svc.pidfile, os.getpid())
    assert svc.running()
    # Without a start time (older pid files) the command line must still name the service.
    svc.pidfile.write_text(f"{os.getpid()}\n")
    assert not svc.running()
