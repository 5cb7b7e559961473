#!/usr/bin/env python3
"""A burst of new comments against a running local run (./aduan up), on loopback only.

1,000 new comments in 250 signed deliveries of 4 comments each, from 8 senders, posted by 8 concurrent
clients; then 50 of the deliveries sent again, in reverse order (redeliveries, out of order). Prints p50
and p99 of the webhook's answer time and how long after the burst every complaint existed, and checks
exactly-once: every comment is one complaint. Stops by itself after --timeout seconds.

--outage SECONDS takes the functions' AWS endpoint away for that long once a third of the deliveries
were answered (POST /local/outage: the store restarted, its data kept); deliveries not answered 200 are
sent again until they are, as Meta redelivers, and no operations alert may be raised.

Usage: bench/ingest-burst.py [--port 3000] [--deliveries 250] [--per-delivery 4] [--senders 8]
                             [--redeliveries 50] [--timeout 180] [--outage SECONDS]
"""
import argparse
import concurrent.futures
import hashlib
import hmac
import json
import random
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

APP_SECRET = b"aduan-local-app-secret"


def delivery(run, index, per_delivery, senders):
    changes = []
    for c in range(per_delivery):
        n = index * per_delivery + c
        sender = n % senders
        changes.append({"field": "comments", "value": {
            "id": "1799%013d" % (run * 10_000_000 + n),
            "from": {"id": "6199%011d" % sender, "username": "warga_burst_%d" % sender},
            "media": {"id": "18034567890123456", "media_product_type": "FEED"},
            "text": "Jalan berlubang di depan pasar, tolong diperbaiki [burst %d #%d]" % (run, n)}})
    return json.dumps({"object": "instagram", "entry": [
        {"id": "17841400000000001", "time": int(time.time()), "changes": changes}]}).encode()


def post(base, body):
    signature = "sha256=" + hmac.new(APP_SECRET, body, hashlib.sha256).hexdigest()
    request = urllib.request.Request(base + "/webhooks/instagram", data=body, method="POST",
                                     headers={"content-type": "application/json", "x-hub-signature-256": signature})
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    return status, time.monotonic() - started


def start_outage(base, seconds):
    request = urllib.request.Request(base + "/local/outage", method="POST",
                                     data=json.dumps({"seconds": seconds}).encode(),
                                     headers={"content-type": "application/json"})
    with urllib.request.urlopen(request, timeout=10):
        print("the store's endpoint went away for %d s" % seconds)


class Sender:
    """Posts deliveries; once `outage_after` were answered, starts the outage (once)."""

    def __init__(self, base, outage_seconds, outage_after):
        self.base = base
        self.outage_seconds = outage_seconds
        self.outage_after = outage_after
        self.answered = 0
        self.guard = threading.Lock()

    def post(self, body):
        answer = post(self.base, body)
        with self.guard:
            self.answered += 1
            outage_now = self.outage_seconds and self.answered == self.outage_after
        if outage_now:
            start_outage(self.base, self.outage_seconds)
        return answer


def redeliver_until_accepted(base, bodies, deadline):
    """Meta sends again what was not answered 200; returns the rounds it took and what is still refused."""
    rounds = 0
    while bodies and time.monotonic() < deadline:
        time.sleep(2)
        rounds += 1
        bodies = [body for body in bodies if post(base, body)[0] != 200]
    return rounds, bodies


def alerts(base):
    with urllib.request.urlopen(base + "/local/alerts", timeout=10) as response:
        return json.load(response)


def token(base):
    request = urllib.request.Request(base + "/local/token", method="POST",
                                     data=json.dumps({"role": "triage", "name": "Bench"}).encode(),
                                     headers={"content-type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)["token"]


def get_json(url, bearer, attempts=10):
    """A staff API read; a 503 (the store busy under the burst) is tried again a few seconds later."""
    request = urllib.request.Request(url, headers={"authorization": "Bearer " + bearer})
    for attempt in range(attempts):
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return json.load(response)
        except urllib.error.HTTPError as busy:
            if busy.code != 503 or attempt == attempts - 1:
                raise
            print("%s answered 503; trying again" % urllib.parse.urlsplit(url).path, file=sys.stderr)
            time.sleep(3)


def complaints_of_run(base, bearer, run):
    """Counts, per comment number of this run, the complaints whose text names it (staff API, paged)."""
    counts = {}
    cursor = None
    marker = "[burst %d #" % run
    while True:
        url = base + "/complaints?status=NEW&limit=100&order=newest"
        if cursor:
            url += "&cursor=" + urllib.parse.quote(cursor)
        page = get_json(url, bearer)
        for row in page["complaints"]:
            text = row.get("text", "")
            at = text.find(marker)
            if at >= 0:
                n = int(text[at + len(marker):].split("]")[0])
                counts[n] = counts.get(n, 0) + 1
        cursor = page.get("nextCursor")
        if not cursor:
            return counts


def new_complaints(base, bearer):
    return get_json(base + "/complaints/counts", bearer, attempts=1)["byStatus"].get("NEW", 0)


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=3000)
    parser.add_argument("--deliveries", type=int, default=250)
    parser.add_argument("--per-delivery", type=int, default=4)
    parser.add_argument("--senders", type=int, default=8)
    parser.add_argument("--redeliveries", type=int, default=50)
    parser.add_argument("--timeout", type=int, default=180)
    parser.add_argument("--outage", type=int, default=0, help="seconds the store's endpoint is away mid-burst")
    args = parser.parse_args()
    base = "http://127.0.0.1:%d" % args.port
    run = int(time.time()) % 100_000
    expected = args.deliveries * args.per_delivery
    bodies = [delivery(run, i, args.per_delivery, args.senders) for i in range(args.deliveries)]
    resent = list(reversed(random.Random(run).sample(bodies, min(args.redeliveries, len(bodies)))))

    alerts_before = len(alerts(base))
    sender = Sender(base, args.outage, len(bodies) // 3)
    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.senders) as pool:
        answers = list(pool.map(sender.post, bodies + resent))
    burst_ended = time.monotonic()
    times = [seconds for _, seconds in answers]
    not_accepted = [body for body, (status, _) in zip(bodies + resent, answers) if status != 200]
    print("sent %d deliveries (%d comments) and %d redeliveries in %.1f s with %d clients"
          % (len(bodies), expected, len(resent), burst_ended - started, args.senders))
    print("answer time: p50 %.0f ms, p99 %.0f ms, max %.0f ms; not 200: %d"
          % (percentile(times, 50) * 1000, percentile(times, 99) * 1000, max(times) * 1000, len(not_accepted)))
    refused = []
    if args.outage:
        rounds, refused = redeliver_until_accepted(base, not_accepted, burst_ended + args.timeout)
        print("redelivered the %d not answered 200 in %d rounds; still refused: %d"
              % (len(not_accepted), rounds, len(refused)))
    elif not_accepted:
        refused = not_accepted

    bearer = token(base)
    deadline = burst_ended + args.timeout
    # A cheap count while the processor works (the full listing would crowd the emulator), then the check.
    while time.monotonic() < deadline:
        try:
            if new_complaints(base, bearer) >= expected:
                break
        except urllib.error.HTTPError as busy:
            print("counts answered %d; trying again" % busy.code, file=sys.stderr)
        # Counting reads every NEW complaint: seldom, so as not to slow the processor it measures.
        time.sleep(10)
    waited = time.monotonic() - burst_ended
    counts = complaints_of_run(base, bearer, run)
    doubled = {n: c for n, c in counts.items() if c > 1}
    print("complaints: %d of %d comments present %.1f s after the burst ended; doubled: %d"
          % (len(counts), expected, waited, len(doubled)))
    raised = alerts(base)[alerts_before:]
    print("operations alerts raised: %d" % len(raised))
    ok = len(counts) == expected and not doubled and not refused and not raised
    print("exactly once: " + ("yes" if ok else "NO"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
