#!/usr/bin/env python3
"""Writes the planning instances of PlanReferenceTests (issue 18) as kvo dossiers, with
manifest.json listing each one's `plan` options. Seeded, so the files are reproducible:
`python3 Tests/kvoTests/PlanInstances/generate.py` (needs pulp: the 1.00x instances take the least
hours at which a plan exists from the reference). The test itself re-solves every instance."""
import json
import math
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import planref  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
THEMES = [f"T{i:02d}" for i in range(1, 11)]
FIXED = [("day-inspection", 1), ("evening-inspection", 1), ("interim-evaluation", 1), ("communication", 2), ("delivery", 2)]


def dossier(measures, parties=(40, 40, 40), deadlines=None, years=None, extra=None, done_fixed=None):
    """Three parties, a goal per mandatory theme (G-i for T0i), the §4.2.5 fixed measures of every
    plan year already done (no hours, so they weigh nothing) and the given measures."""
    deadlines = deadlines or {}
    years = years or {}
    ps = [{"id": f"PA-{i + 1}", "name": n, "type": t, "hoursPerQuarter": h}
          for i, ((n, t), h) in enumerate(zip([("Vereniging", "association"), ("Gemeente", "municipality"), ("Politie", "police")], parties))]
    goals = [dict({"id": f"G-{i + 1}", "theme": t, "description": f"Doel {t}"}, **({"deadline": deadlines[i + 1]} if i + 1 in deadlines else {}))
             for i, t in enumerate(THEMES)]
    prios = [{"id": f"PR-{i + 1}", "theme": t, "rank": i + 1, "year": years.get(t, 1 + (i * 3) // len(THEMES))} for i, t in enumerate(THEMES)]
    fixed, k = [], 0
    for y in (1, 2, 3):
        for kind, count in FIXED:
            for c in range(count):
                k += 1
                m = {"id": f"M-{900 + k}", "title": f"{kind} {c + 1} planjaar {y}", "goal": "G-10", "party": f"PA-{k % 3 + 1}",
                     "hours": 0, "fixed": kind, "status": "done", "quarters": [f"{2025 + y}Q1"]}
                if done_fixed:
                    m["done"] = f"{2025 + y}-02-01"
                fixed.append(m)
    d = {"format": "kvo-dossier/2", "plan": {"adopted": "2026-01-01"}, "parties": ps, "goals": goals, "priorities": prios,
         "measures": measures + fixed}
    d.update(extra or {})
    return d


def measure(id_, hours, party="PA-1", goal="G-1", **more):
    m = {"id": id_, "title": id_, "goal": goal, "party": party, "hours": hours}
    m.update(more)
    return m


def issue_cases():
    """The three cases of issue 18 and an infeasible variant of each."""
    out = []
    busy = measure("M-1", 10, status="in-progress", quarters=["2026Q3"])
    after = [busy, measure("M-55", 4), measure("M-56", 4, after=["M-55"])]
    out.append(("issue-after-deadline", dossier(after, deadlines={1: "2026-12-31"}), dict(asOf="2026-07-01")))
    # The same chain a quarter shorter: M-55 and M-56 cannot both be done by 2026Q3 from 2026Q3.
    out.append(("infeasible-after-deadline", dossier(after, deadlines={1: "2026-09-30"}), dict(asOf="2026-07-01")))
    spread = [measure("M-1", 20), measure("M-2", 20), measure("M-3", 40)]
    out.append(("issue-even-spread-1.00x", dossier(spread, deadlines={1: "2026-09-30"}), dict(asOf="2026-04-01", hours=40)))
    out.append(("infeasible-hours", dossier([measure(f"M-{i}", 30) for i in (1, 2, 3)], deadlines={1: "2026-09-30"}),
                dict(asOf="2026-04-01", hours=30)))
    findings = [{"id": f"F-{i}", "inspection": "IN-1", "kind": "negative", "location": "Kade", "description": f"punt {i}"} for i in range(1, 5)]
    audit = {"organisation": {"certification": "first"}, "audits": [{"id": "AU-1", "type": "first", "date": "2026-11-15"}],
             "inspections": [{"id": "IN-1", "date": "2025-11-01", "time": "day"}], "findings": findings}
    long = measure("M-1", 8, party="PA-2", finding="F-1", status="planned", quarters=["2027Q1", "2027Q2", "2027Q3", "2027Q4"])
    short = [measure(f"M-{i}", 4, party=f"PA-{i % 3 + 1}", finding=f"F-{i}") for i in (2, 3, 4)]
    out.append(("issue-first-audit", dossier([long] + short, extra=audit, done_fixed=True), dict(asOf="2025-12-01", replan=True)))
    # --replan with four 20-hour measures planned in one quarter of plan year 2 at 40 h: two must
    # move and two need not (the fewest moved comes before an even spread, which would move three);
    # a fifth, planned over two passed quarters, is placed again over two quarters.
    crowded = [measure(f"M-{i}", 20, goal="G-5", status="planned", quarters=["2027Q1"]) for i in (1, 2, 3, 4)]
    crowded.append(measure("M-5", 16, party="PA-2", status="planned", quarters=["2026Q1", "2026Q2"]))
    crowded.append(measure("M-6", 8, party="PA-3", after=["M-5"]))
    out.append(("replan-moves", dossier(crowded), dict(asOf="2026-07-01", hours=40, replan=True)))
    return out


def random_case(seed):
    """6 to 12 measures to place over three parties, some `after` links and deadlines, work in
    progress that stays, and measures planned in quarters that have passed (to be placed again,
    with their number of quarters)."""
    rnd = random.Random(seed)
    as_of = rnd.choice(["2026-01-01", "2026-04-01", "2026-07-01"])
    now_q = int(as_of[5:7]) // 3 + 1
    ms = []
    count = rnd.randint(6, 12)
    for i in range(1, count + 1):
        party = f"PA-{(i - 1) % 3 + 1}" if i <= 3 else f"PA-{rnd.randint(1, 3)}"
        hours = 4 * rnd.randint(1, 8)
        goal = f"G-{rnd.randint(1, 9)}"
        m = measure(f"M-{i}", hours, party=party, goal=goal)
        r = rnd.random()
        if r < 0.15:
            m["status"] = "in-progress"
            m["quarters"] = [f"2026Q{max(1, now_q)}"]
        elif r < 0.3 and now_q > 2:
            m["status"] = "planned"
            m["quarters"] = ["2026Q1", "2026Q2"]  # passed: placed again, over two quarters
        elif i > 1 and rnd.random() < 0.35:
            preds = [p["id"] for p in ms if p.get("status") is None]
            if preds:
                m["after"] = [rnd.choice(preds)]
        ms.append(m)
    deadlines = {g: rnd.choice(["2026-12-31", "2027-06-30", "2027-12-31"]) for g in range(1, 10) if rnd.random() < 0.4}
    return dossier(ms, deadlines=deadlines), dict(asOf=as_of)


def main():
    cases = issue_cases()
    for seed in range(1, 9):
        d, opts = random_case(seed)
        inst = planref.Instance(d, opts["asOf"])
        least = inst.least_hours()
        if least is None:
            continue
        hours = math.ceil(least * 1e6) / 1e6
        cases.append((f"random-{seed}-1.00x", d, dict(opts, hours=hours)))
        if seed <= 3:
            cases.append((f"random-{seed}-0.90x", d, dict(opts, hours=round(hours * 0.9, 2))))
        if seed == 4:
            cases.append((f"random-{seed}-default-hours", d, dict(opts)))
        if seed == 5:
            cases.append((f"random-{seed}-replan", d, dict(opts, hours=hours, replan=True)))
    manifest = []
    for name, d, opts in cases:
        with open(os.path.join(HERE, name + ".json"), "w") as f:
            json.dump(d, f, indent=1, ensure_ascii=False)
            f.write("\n")
        manifest.append(dict({"name": name}, **opts))
    with open(os.path.join(HERE, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")
    print(len(manifest), "instances")


if __name__ == "__main__":
    main()
