"""Where CI's time goes: its phases (from a saved log of `.ci/run`) and the slowest tests.

    bash .ci/run 2>&1 | tee build/ci.log
    python scripts/ci_times.py build/ci.log

The phases come from the log's "<phase> done after N s" lines; the tests from the JUnit file
every pytest run writes (build/pytest.xml, see pyproject.toml), so without a log argument it
shows the last test run only. Test times add up across the pytest-xdist processes: their sum
is more than the wall time. A chapter's code runs once, in whichever of its tests comes first
(its notebook test or its page's first block).
"""
from __future__ import annotations

import argparse
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PHASE = re.compile(r"^(?P<name>.+) done after (?P<at>\d+) s$")
PYTEST = re.compile(r"^=+ .*\b(?:passed|failed)\b.* in (?P<seconds>[\d.]+)s\b")   # pytest's closing line


def phases(log: Path) -> list[tuple[str, int, int]]:
    """``(phase, seconds, ended at)`` in log order."""
    found, before = [], 0
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        match = PHASE.match(line.strip())
        if match:
            at = int(match["at"])
            found.append((match["name"], at - before, at))
            before = at
    return found


def tests(junit: Path) -> list[tuple[str, str, float]]:
    """``(group, test, seconds)``: group is the test function, or the page for a page's blocks."""
    found = []
    for case in ET.parse(junit).iter("testcase"):
        where, name = case.get("classname", ""), case.get("name", "")
        group = where if where.startswith("docs.") else f"{where}::{name.split('[')[0]}"
        found.append((group, f"{where}::{name}", float(case.get("time", 0))))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("log", nargs="?", type=Path, help="saved output of .ci/run")
    parser.add_argument("--junit", type=Path, default=ROOT / "build" / "pytest.xml")
    parser.add_argument("-n", type=int, default=15, help="how many tests and groups to list")
    args = parser.parse_args()

    if args.log:
        print("phase                              s   ended at")
        for name, seconds, at in phases(args.log):
            print(f"{name:<30} {seconds:>6} {at:>10}")
        closing = [m for m in map(PYTEST.match, args.log.read_text(errors="replace").splitlines()) if m]
        if closing:
            print(f"{'pytest itself (within tests)':<30} {float(closing[-1]['seconds']):>6.0f}")
    if not args.junit.exists():
        print(f"no {args.junit}: run the tests first")
        return
    found = tests(args.junit)
    total = sum(seconds for _, _, seconds in found)
    print(f"\n{len(found)} tests, {total:.0f} s of test time (summed over processes)")
    by_group = defaultdict(float)
    for group, _, seconds in found:
        by_group[group] += seconds
    print("\nslowest groups (a test function, or a page's blocks)")
    for group, seconds in sorted(by_group.items(), key=lambda kv: -kv[1])[:args.n]:
        print(f"{seconds:8.1f}  {group}")
    print("\nslowest tests")
    for _, test, seconds in sorted(found, key=lambda t: -t[2])[:args.n]:
        print(f"{seconds:8.1f}  {test}")


if __name__ == "__main__":
    main()
