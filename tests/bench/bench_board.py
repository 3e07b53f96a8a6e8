#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""GET /api/v1/incidents with a large board (docs/PERFORMANCE.md): a real warroomd on loopback, N incidents,
the time of each page size, a walk through every page by cursor, and /health while the board is read.

Usage: tests/bench/bench_board.py build-rel/app/server/warroomd [incidents=7400]
"""
import datetime, json, statistics, subprocess, sys, tempfile, threading, time, urllib.request, uuid

warroomd, count = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 7400
folder = tempfile.mkdtemp(prefix="bench-board-")
db = folder + "/w.db"


def token(name, role):
    out = subprocess.run([warroomd, "token", "create", "--name", name, "--role", role, "--db", db],
                         check=True, capture_output=True, text=True).stdout
    return next(word for word in out.split() if word.startswith("wr_"))


admin, viewer = token("bench", "admin"), token("reader", "viewer")
server = subprocess.Popen([warroomd, "serve", "--db", db, "--listen", "127.0.0.1:0", "--rate", "0"],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
base = None
for line in server.stdout:
    if "listening on" in line:
        base = line.split("listening on", 1)[1].split()[0]
        break


def request(path, token=None, body=None):
    headers = {"Authorization": "Bearer " + token} if token else {}
    if body is not None:
        headers["Content-Type"] = "application/json"
    started = time.perf_counter()
    with urllib.request.urlopen(urllib.request.Request(base + path, data=body, headers=headers)) as reply:
        data = reply.read()
    return (time.perf_counter() - started) * 1000, data


try:
    now = datetime.datetime.now(datetime.timezone.utc)
    batch = []
    for i in range(count):
        at = (now - datetime.timedelta(seconds=count - i)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        batch.append({"id": str(uuid.uuid4()), "incident": str(uuid.uuid4()), "type": "incident.declared",
                      "actor": "bench", "at": at,
                      "data": {"title": "Incident %d: checkout errors for some customers" % i,
                               "severity": "SEV%d" % (1 + i % 4), "services": ["checkout", "payments"]}})
        if len(batch) == 500 or i == count - 1:
            request("/api/v1/events", admin, json.dumps({"events": batch}).encode())
            batch = []

    def figures(times):
        times = sorted(times)
        return "median %.1f ms, p95 %.1f ms" % (statistics.median(times), times[int(len(times) * 0.95) - 1])

    print("%d incidents, warroomd at %s" % (count, base))
    for path in ("/api/v1/incidents?limit=50", "/api/v1/incidents", "/api/v1/incidents?limit=1000"):
        runs = [request(path, viewer) for _ in range(20)]
        print("%-32s %8d bytes  %s" % (path, len(runs[-1][1]), figures([ms for ms, _ in runs])))

    started, cursor, pages, size = time.perf_counter(), None, 0, 0
    while True:
        _, data = request("/api/v1/incidents?limit=200" + ("&cursor=" + cursor if cursor else ""), viewer)
        pages, size = pages + 1, size + len(data)
        cursor = json.loads(data)["next_cursor"]
        if not cursor:
            break
    print("whole board by cursor: %d pages, %d bytes, %.0f ms" % (pages, size, (time.perf_counter() - started) * 1000))

    stop = False

    def reader():
        while not stop:
            request("/api/v1/incidents", viewer)

    thread = threading.Thread(target=reader)
    thread.start()
    health = []
    for _ in range(100):
        health.append(request("/api/v1/health")[0])
        time.sleep(0.01)
    stop = True
    thread.join()
    print("/health while the board is read: %s, max %.1f ms" % (figures(health), max(health)))
finally:
    server.terminate()
    server.wait()
