#!/usr/bin/env python3
"""Solves every instance of manifest.json with the reference (planref.py) and prints one JSON
object: name -> {"feasible", "outside", "moved", "peak"}; with --conflicts NAME MESSAGE..., whether
kvo's conflicting constraints for NAME are an irreducible set. Run by PlanReferenceTests."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import planref  # noqa: E402

cases = {c["name"]: c for c in json.load(open(os.path.join(HERE, "manifest.json")))}


def instance(case):
    d = json.load(open(os.path.join(HERE, case["name"] + ".json")))
    return planref.Instance(d, case["asOf"], hours=case.get("hours"), replan=case.get("replan", False))


if len(sys.argv) > 2 and sys.argv[1] == "--conflicts":
    # reference.py --conflicts NAME MESSAGE...: is kvo's set of conflicting constraints irreducible?
    json.dump(planref.check_irreducible(instance(cases[sys.argv[2]]), sys.argv[3:]), sys.stdout)
    print()
    sys.exit(0)

out = {}
for case in cases.values():
    out[case["name"]] = instance(case).solve()
json.dump(out, sys.stdout, indent=1, sort_keys=True)
print()
