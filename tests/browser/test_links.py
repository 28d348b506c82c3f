"""Every internal link of the built site resolves (LinkChecker over the HTML files).

Anchors are checked by MkDocs itself (`validation.anchors` under `--strict`); LinkChecker
cannot check anchors of directory URLs. External links are listed, never fetched.
"""
import csv
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from rnnbook import ROOT, browser

CONFIG = Path(__file__).with_name("linkcheckerrc")
REPORT = ROOT / "build" / "linkcheck.csv"


def test_internal_links_resolve(site_dir):
    # Run as root, LinkChecker drops to the user nobody: it needs a copy it may read and write.
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        shutil.copytree(site_dir, work / "site")
        for path in [work, *work.rglob("*")]:
            path.chmod(0o777 if path.is_dir() else 0o644)
        report = work / "linkcheck.csv"
        run = subprocess.run(
            [str(Path(sys.executable).with_name("linkchecker")), "-f", str(CONFIG), "--no-status", "--verbose",
             "-o", "none", "-F", f"csv/utf-8/{report}", str(work / "site" / "index.html")],
            capture_output=True, text=True, timeout=600,
        )
        text = report.read_text(encoding="utf-8").replace(work.as_uri(), "")
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(text, encoding="utf-8")
    rows = list(csv.DictReader([line for line in text.splitlines() if not line.startswith("#")], delimiter=";"))
    broken = [(r["urlname"], r["parentname"], r["result"]) for r in rows if r["valid"] == "False"]
    assert not broken, broken
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    checked = {r["url"].removesuffix("index.html") for r in rows if r["url"].startswith("/site/")}
    unvisited = {"/site/" + browser.page_path(p) for p in browser.site_pages()} - checked
    assert not unvisited, f"LinkChecker never reached {sorted(unvisited)}"
    external = sorted({r["url"] for r in rows if r["url"].startswith("http")})
    (REPORT.parent / "external-links.txt").write_text("\n".join(external) + "\n", encoding="utf-8")
