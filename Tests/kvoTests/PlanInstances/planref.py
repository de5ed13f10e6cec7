"""An independent reference for kvo's exact planner (issue 18): reads a kvo dossier (JSON) and the
options of a `plan` run, and formulates the placement problem of docs/prioritisation.md §4 and
§4.1 as an integer linear program in PuLP (CBC), from the documented rules, not from kvo's model:

- quarters: from the quarter of plan.adopted, three plan years; a quarter belongs to the plan year
  holding its first day, the adoption quarter to year 1;
- placed: measures still to be done (no status, or planned) with no quarter in the plan or whose
  quarters have passed; with --replan every such measure; a measure keeps its number of quarters
  (1 if it has none) and takes them consecutively from its start, never before the as-of quarter;
- each party's hours per quarter (--hours, else hoursPerQuarter, else 40) over the measures'
  hours spread evenly over their quarters, with what stays where it is;
- `after`: a measure starts after the measures it comes after have ended;
- a measure ends by its goal's deadline (in the deadline's quarter at the latest);
- before a first audit, 3 measures from the inspection and 1 communication done or ending in a
  quarter that ends before the audit (§5.2.2), counting what is already done;
- objectives in order: measures of a theme starting in the theme's plan year (recorded year, or the
  ranking cut in thirds with --replan); the fewest measures moved from the quarters they have (of
  those that could stay); the least busy busiest party-quarter from the as-of quarter on.

Solved lexicographically (three solves, each fixing the optimum of the one before) rather than by
weights, so that a weighting mistake in either program shows.
"""
import datetime as dt
import json
import pulp

DEFAULT_HOURS = 40.0
INSPECTION_NEEDED, COMMUNICATIONS_NEEDED = 3, 1


def day(s):
    return dt.date.fromisoformat(s)


def quarter_of(d):
    return (d.year, (d.month - 1) // 3 + 1)


def first_day(q):
    return dt.date(q[0], 3 * (q[1] - 1) + 1, 1)


def last_day(q):
    y, n = (q[0], q[1] + 1) if q[1] < 4 else (q[0] + 1, 1)
    return first_day((y, n)) - dt.timedelta(days=1)


def add_years(d, k):
    return d.replace(year=d.year + k)


def label(q):
    return f"{q[0]}Q{q[1]}"


def parse_q(s):
    return (int(s[:4]), int(s[5:]))


class Instance:
    def __init__(self, dossier, as_of, hours=None, replan=False):
        adopted = day(dossier["plan"]["adopted"])
        end = add_years(adopted, 3)
        q = quarter_of(adopted)
        self.quarters = []
        while first_day(q) < end:
            self.quarters.append(q)
            q = (q[0], q[1] + 1) if q[1] < 4 else (q[0] + 1, 1)
        n = len(self.quarters)

        def year(qq):
            if qq == self.quarters[0]:
                return 1
            for y in (1, 2, 3):
                if add_years(adopted, y - 1) <= first_day(qq) < add_years(adopted, y):
                    return y
            return None

        self.year_cols = {y: [c for c, qq in enumerate(self.quarters) if year(qq) == y] for y in (1, 2, 3)}
        self.as_of = day(as_of)
        aq = quarter_of(self.as_of)
        self.now = 0 if self.as_of < first_day(self.quarters[0]) else next((c for c, qq in enumerate(self.quarters) if qq == aq), n)
        self.n = n
        self.capacity = {p["id"]: float(hours if hours is not None else p.get("hoursPerQuarter", DEFAULT_HOURS)) for p in dossier["parties"]}

        goals = {g["id"]: g for g in dossier.get("goals", [])}
        themes = {g.get("theme") for g in goals.values() if g.get("theme")}
        prios = dossier.get("priorities", [])
        ranked = [p["theme"] for p in sorted((p for p in prios if "rank" in p), key=lambda p: p["rank"]) if p["theme"] in themes]
        ranked += sorted(themes - set(ranked))
        self.theme_year = {t: 1 + (i * 3) // len(ranked) for i, t in enumerate(ranked)}
        if not replan:
            for p in prios:
                if p.get("year") in (1, 2, 3):
                    self.theme_year[p["theme"]] = p["year"]

        self.items = []
        for m in dossier.get("measures", []):
            status = m.get("status")
            if status == "dropped":
                continue
            qs = sorted(parse_q(s) for s in m.get("quarters", []))
            cols = [self.quarters.index(qq) for qq in qs if qq in self.quarters]
            open_ = status in (None, "planned")
            movable = open_ and (replan or not cols or len(cols) < len(qs) or cols[-1] < self.now)
            goal = goals.get(m.get("goal"))
            latest = n - 1
            if m.get("fixed") is None and goal and goal.get("deadline"):
                d = day(goal["deadline"])
                latest = max([c for c, qq in enumerate(self.quarters) if first_day(qq) <= d], default=-1)
            theme = goal.get("theme") if goal else None
            window = []
            if m.get("fixed") is not None and cols:
                window = self.year_cols[year(self.quarters[cols[0]])]
            elif theme in self.theme_year:
                window = self.year_cols[self.theme_year[theme]]
            self.items.append(dict(id=m["id"], party=m.get("party"), hours=float(m.get("hours", 0)), cols=cols,
                                   d=max(1, min(len(qs), n)), movable=movable, fixed=m.get("fixed"), latest=latest,
                                   window=window, after=m.get("after", []), status=status, done=m.get("done"),
                                   finding=m.get("finding") is not None))
        self.audit = None
        org = dossier.get("organisation", {})
        firsts = [a for a in dossier.get("audits", []) if a.get("type") == "first" and a.get("date")]
        if org.get("certification") == "first" and firsts:
            audit = day(firsts[0]["date"])
            if audit >= self.as_of:
                self.audit = audit

    def end(self, it, s):
        return s + it["d"] - 1

    def solve(self, msg=False, only=None):
        """{'feasible': bool, 'outside', 'moved', 'peak'} of the optimum. With `only` (a set of
        constraint groups: "hours PA-1", "after M-2 M-1", "deadline M-3", "fixed M-4", "audit
        inspection", "audit communication") just whether a plan exists under those groups alone
        (each measure still starting once)."""
        n, now = self.n, self.now
        prob = pulp.LpProblem("plan", pulp.LpMinimize)

        def add(group, constraint):
            nonlocal prob
            if only is None or group in only:
                prob += constraint
        x = {}
        for k, it in enumerate(self.items):
            if it["movable"]:
                for s in range(now, n - it["d"] + 1):
                    x[k, s] = pulp.LpVariable(f"x_{k}_{s}", cat="Binary")
        starts = lambda k: [s for (kk, s) in x if kk == k]
        for k, it in enumerate(self.items):
            if it["movable"]:
                prob += pulp.lpSum(x[k, s] for s in starts(k)) == 1  # an empty sum: == 1 fails, no plan
        load = {}
        for p in self.capacity:
            for c in range(now, n):
                terms, base = [], 0.0
                for k, it in enumerate(self.items):
                    if it["party"] != p:
                        continue
                    share = it["hours"] / it["d"]
                    if it["movable"]:
                        terms += [share * x[k, s] for s in starts(k) if s <= c <= self.end(it, s)]
                    elif c in it["cols"]:
                        base += it["hours"] / len(it["cols"])
                load[p, c] = pulp.lpSum(terms) + base
                if terms:
                    add(f"hours {p}", load[p, c] <= self.capacity[p])
        by_id = {it["id"]: k for k, it in enumerate(self.items)}
        start_of = lambda k: pulp.lpSum(s * x[k, s] for s in starts(k))
        end_of = lambda k: pulp.lpSum(self.end(self.items[k], s) * x[k, s] for s in starts(k))
        for k, it in enumerate(self.items):
            for pid in it["after"]:
                j = by_id.get(pid)
                if j is None or j == k:
                    continue
                mi, mj = it["movable"], self.items[j]["movable"]
                g = f"after {it['id']} {pid}"
                if mi and mj:
                    add(g, start_of(k) >= end_of(j) + 1)
                elif mi and self.items[j]["cols"]:
                    add(g, start_of(k) >= self.items[j]["cols"][-1] + 1)
                elif mj and it["cols"]:
                    add(g, end_of(j) <= it["cols"][0] - 1)
        for k, it in enumerate(self.items):
            if not it["movable"]:
                continue
            for s in starts(k):
                if self.end(it, s) > it["latest"]:
                    add(f"deadline {it['id']}", x[k, s] == 0)
            if it["fixed"] is not None and it["window"] and any(s in it["window"] for s in starts(k)):
                for s in starts(k):
                    if s not in it["window"]:
                        add(f"fixed {it['id']}", x[k, s] == 0)
        if self.audit:
            cut = max([c for c, qq in enumerate(self.quarters) if last_day(qq) < self.audit], default=-1)
            executed = [it for it in self.items if it["status"] == "done" and it["done"] and day(it["done"]) <= self.audit]
            early = [it for it in self.items if not it["movable"] and it["status"] != "done" and it["cols"]
                     and it["cols"][-1] <= cut and last_day(self.quarters[it["cols"][-1]]) >= self.as_of]
            insp_need = INSPECTION_NEEDED - sum(1 for it in executed + early if it["finding"])
            comm_need = 0 if any(it["fixed"] == "communication" for it in executed + early) else COMMUNICATIONS_NEEDED
            for group, need, keep in (("audit inspection", insp_need, lambda it: it["finding"]),
                                      ("audit communication", comm_need, lambda it: it["fixed"] == "communication")):
                if need > 0:
                    add(group, pulp.lpSum(x[k, s] for (k, s) in x if keep(self.items[k]) and self.end(self.items[k], s) <= cut) >= need)

        outside = pulp.lpSum(x[k, s] for (k, s) in x if self.items[k]["fixed"] is None
                             and self.items[k]["window"] and s not in self.items[k]["window"])
        moved = pulp.lpSum(x[k, s] for (k, s) in x if self.items[k]["cols"] and self.items[k]["cols"][0] >= now
                           and s != self.items[k]["cols"][0])
        if only is not None:
            prob.setObjective(pulp.lpSum([]))
            return {"feasible": pulp.LpStatus[prob.solve(pulp.PULP_CBC_CMD(msg=msg))] == "Optimal"}
        z = pulp.LpVariable("peak", lowBound=0)
        for v in load.values():
            prob += z >= v
        solver = pulp.PULP_CBC_CMD(msg=msg)
        result = {}
        for name, objective in (("outside", outside), ("moved", moved), ("peak", z)):
            prob.setObjective(objective if not isinstance(objective, (int, float)) else pulp.lpSum([]))
            status = prob.solve(solver)
            if pulp.LpStatus[status] != "Optimal":
                return {"feasible": False}
            value = pulp.value(objective) or 0.0
            result[name] = round(value) if name != "peak" else round(value, 6)
            if name != "peak":
                prob += objective <= result[name]
        result["feasible"] = True
        result["starts"] = {self.items[k]["id"]: label(self.quarters[s]) for (k, s), v in x.items() if v.value() > 0.5}
        return result

    def least_hours(self):
        """The least --hours (the same for every party) at which a plan exists: the least busiest
        party-quarter subject to every constraint but the hours."""
        saved = self.capacity
        self.capacity = {p: 1e9 for p in saved}
        r = self.solve_peak_only()
        self.capacity = saved
        return r

    def solve_peak_only(self):
        """The least busiest party-quarter, ignoring the first two objectives."""
        n, now = self.n, self.now
        probe = Instance.__new__(Instance)
        probe.__dict__ = dict(self.__dict__)
        probe.items = [dict(it, window=[] if it["fixed"] is None else it["window"], cols=it["cols"] if not it["movable"] else []) for it in self.items]
        r = probe.solve()
        return r.get("peak") if r["feasible"] else None


CONFLICT_PATTERNS = [
    (r"^(PA-\d+) can give ", lambda m: f"hours {m[1]}"),
    (r"^(M-\d+) starts after (M-\d+) has ended$", lambda m: f"after {m[1]} {m[2]}"),
    (r"^(M-\d+) ends by its deadline", lambda m: f"deadline {m[1]}"),
    (r"^(M-\d+) \(fixed, ", lambda m: f"fixed {m[1]}"),
    (r"measures from the inspection are done by", lambda m: "audit inspection"),
    (r"^a communication to the entrepreneurs is done by", lambda m: "audit communication"),
]


def conflict_groups(messages):
    """kvo's conflict messages as the reference's constraint groups (None for one it cannot read)."""
    import re
    out = []
    for text in messages:
        found = None
        for pattern, group in CONFLICT_PATTERNS:
            m = re.search(pattern, text)
            if m:
                found = group(m)
                break
        out.append(found)
    return out


def check_irreducible(inst, messages):
    """Whether the constraints kvo names conflict (no plan under them alone) and each is needed
    (without any one of them a plan exists): an irreducible infeasible set, checked here."""
    groups = conflict_groups(messages)
    if None in groups:
        return {"irreducible": False, "why": f"unread: {[t for t, g in zip(messages, groups) if g is None]}"}
    if inst.solve(only=set(groups))["feasible"]:
        return {"irreducible": False, "why": "a plan exists under these constraints alone"}
    for g in groups:
        if not inst.solve(only=set(groups) - {g})["feasible"]:
            return {"irreducible": False, "why": f"still no plan without {g}"}
    return {"irreducible": True, "why": ""}
