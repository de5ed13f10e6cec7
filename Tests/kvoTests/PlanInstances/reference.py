#!/usr/bin/env python3
"""Solves every instance of manifest.json with the reference (planref.py) and prints one JSON
object: name -> {"feasible", "outside", "moved", "peak"}. Run by PlanReferenceTests."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import planref  # noqa: E402

out = {}
for case in json.load(open(os.path.join(HERE, "manifest.json"))):
    d = json.load(open(os.path.join(HERE, case["name"] + ".json")))
    inst = planref.Instance(d, case["asOf"], hours=case.get("hours"), replan=case.get("replan", False))
    out[case["name"]] = inst.solve()
json.dump(out, sys.stdout, indent=1, sort_keys=True)
print()
