"""End-to-end check that the generated data is what the application expects: submits one new assessment through
the API on top of the generated data, so that the application itself decodes a generated histogram, takes the
firm's generated T0 out of its peer groups (from the generated scores JSON and peer_groups) and counts the new
one in. bench/verify.sql run afterwards must still agree (check-submit.sh does both).

Usage: check_submit.py BASE TOKEN_FILE IDS_FILE
"""
import json
import random
import sys
import urllib.error
import urllib.request

base, token = sys.argv[1], open(sys.argv[2]).read().strip()
ids = [line.strip() for line in open(sys.argv[3]) if line.strip()]


def call(method, path, body=None):
    request = urllib.request.Request(base + path, method=method,
                                     data=None if body is None else json.dumps(body).encode(),
                                     headers={"Authorization": "Bearer " + token, "Accept": "application/json",
                                              "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")


def by_group(benchmark):
    return {g["group"]: g for g in benchmark}


previous = ids[0]
status, before = call("GET", f"/api/v1/assessments/{previous}/benchmark")
assert status == 200, (status, before)
before = by_group(before)
for stage in [f"T{i}" for i in range(1, 10)]:
    status, started = call("POST", f"/api/v1/assessments/{previous}/next-stage", {"stage": stage})
    if status == 201:
        break
    assert status == 409, (status, started)
new = started["id"]
status, definition = call("GET", "/api/v1/questionnaires/dma-sme")
assert status == 200, status
rng = random.Random(7)
answers = {}
for question in definition["questions"]:
    for item in question["items"]:
        if item.get("exclusive"):
            continue
        kind = question["kind"]
        answers[item["id"]] = (rng.random() < 0.6 if kind in ("checkbox", "yesno")
                               else {"planned": rng.random() < 0.7, "invested": rng.random() < 0.5}
                               if kind == "invest_matrix"
                               else rng.randint(1, 5) if kind == "scale05"
                               else rng.choice(["no", "partially", "yes"]))
status, saved = call("PUT", f"/api/v1/assessments/{new}/answers", {"answers": answers})
assert status == 200, (status, saved)
status, scores = call("POST", f"/api/v1/assessments/{new}/submit")
assert status == 200, (status, scores)
status, after = call("GET", f"/api/v1/assessments/{new}/benchmark")
assert status == 200, (status, after)
after = by_group(after)
print(f"submitted {stage} {new} after generated T0 {previous}: overall {scores.get('overall')}, level {scores.get('level')}")
for key in before:
    if key in after and before[key].get("count") is not None:
        print(f"  {key:28s} firms before {before[key]['count']:>8}  after {after[key]['count']:>8}"
              f"  median before {before[key]['median']:>5}  after {after[key]['median']:>5}")
        assert before[key]["count"] == after[key]["count"], "the firm's earlier assessment must be replaced, not added"
print("OK: the application replaced the generated assessment in its peer groups")
