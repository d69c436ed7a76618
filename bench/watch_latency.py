#!/usr/bin/python3
"""Median latency of jianli --watch: from a save's close-write to the rename of the new PDF.

usage: bench/watch_latency.py JIANLI INPUT.md [SAVES]
Copies INPUT.md (and its folder's images) to a scratch folder, starts JIANLI -w -q on it,
then saves the copy SAVES times (alternating a changed line, so each save renders anew),
timing each from just after close() to the IN_MOVED_TO of the PDF, seen by inotify here.
"""
import ctypes
import os
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import time

IN_MOVED_TO = 0x00000080
libc = ctypes.CDLL("libc.so.6", use_errno=True)


def watch_folder(folder):
    fd = libc.inotify_init1(os.O_NONBLOCK)
    if fd < 0 or libc.inotify_add_watch(fd, folder.encode(), IN_MOVED_TO) < 0:
        sys.exit("inotify: " + os.strerror(ctypes.get_errno()))
    return fd


def wait_renamed(fd, name, timeout=30.0):
    """Blocks until `name` is renamed into the folder; returns when (monotonic ns)."""
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            sys.exit("no new PDF within %.0f s" % timeout)
        when = time.monotonic_ns()
        data = os.read(fd, 65536)
        at = 0
        while at < len(data):
            _, _, _, length = struct.unpack_from("iIII", data, at)
            found = data[at + 16:at + 16 + length].split(b"\0", 1)[0].decode()
            at += 16 + length
            if found == name:
                return when


def main():
    jianli, source = os.path.abspath(sys.argv[1]), sys.argv[2]
    saves = int(sys.argv[3]) if len(sys.argv) > 3 else 41
    scratch = tempfile.mkdtemp(prefix="jianli-watch-bench-")
    try:
        shutil.copytree(os.path.dirname(os.path.abspath(source)) or ".", scratch,
                        dirs_exist_ok=True, ignore=shutil.ignore_patterns("build*", ".git"))
        md = os.path.join(scratch, os.path.basename(source))
        text = open(md, encoding="utf-8").read()
        fd = watch_folder(scratch)
        proc = subprocess.Popen([jianli, "-w", "-q", md, "-o", os.path.join(scratch, "out.pdf")])
        wait_renamed(fd, "out.pdf")  # the first render: fonts loaded, caches warm
        latencies = []
        for i in range(saves):
            with open(md, "w", encoding="utf-8") as f:
                f.write(text + ("\n" if i % 2 == 0 else "\n\n"))
            saved = time.monotonic_ns()  # close() returned: the close-write event is queued
            latencies.append((wait_renamed(fd, "out.pdf") - saved) / 1e6)
            time.sleep(0.05)  # a person saves seconds apart; let the watcher settle
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)
        latencies.sort()
        print("input        %s" % source)
        print("saves        %d" % saves)
        print("load         %s" % " ".join(open("/proc/loadavg").read().split()[:3]))
        print("median       %.1f ms" % statistics.median(latencies))
        print("p90          %.1f ms" % latencies[int(len(latencies) * 0.9)])
        print("min          %.1f ms" % latencies[0])
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
