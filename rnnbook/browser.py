"""Build the site, serve it on localhost and open it in Debian's Chromium through Playwright.

Shared by the browser tests (tests/browser/) and the page-weight benchmark.
Playwright's own browser download does not work offline; the system ``chromium`` does.
"""
from __future__ import annotations

import contextlib
import functools
import os
import shutil
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlparse

from . import ROOT
from .notebooks import Notebook, chapter_notebooks
from .pages import Page, all_pages

CHROMIUM = os.environ.get("RNNBOOK_CHROMIUM", "/usr/bin/chromium")
# Without the background-networking flags Chromium tries to reach Google at start-up.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


def chromium_missing() -> str | None:
    if shutil.which(CHROMIUM) or Path(CHROMIUM).exists():
        return None
    return f"Chromium not found at {CHROMIUM}: install it with `apt-get install chromium` (or set RNNBOOK_CHROMIUM)"


def build_site(site_dir: Path) -> Path:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    run = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )
    if run.returncode != 0:
        raise RuntimeError(f"mkdocs build --strict failed:\n{run.stdout[-2000:]}\n{run.stderr[-4000:]}")
    return site_dir


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextlib.contextmanager
def serve(site_dir: Path):
    """Serve ``site_dir`` on a free localhost port; yield the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site_dir)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


@contextlib.contextmanager
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def page_path(page: Page | Notebook) -> str:
    """Site path of a page: ``ch02-recurrent-neurons/``, ``en/ch02-recurrent-neurons/``, ``notebooks/ch02-.../``."""
    if isinstance(page, Notebook):
        return page.url
    return page.site_prefix + ("" if page.stem == "index" else f"{page.stem}/")


def site_pages() -> list[Page | Notebook]:
    """Every page of the site: the Markdown pages and the chapter notebooks, both languages."""
    return [*all_pages(), *chapter_notebooks()]


def is_local(url: str) -> bool:
    parsed = urlparse(url)
    return parsed.scheme in ("data", "blob", "about") or parsed.hostname in LOCAL_HOSTS


def page_weight(tab, url: str) -> dict:
    """Bytes the page transfers (all, and without images) and its first contentful paint in ms."""
    sizes: list[tuple[str, int]] = []

    def record(response):
        try:
            body = response.body()
        except Exception:  # redirects and aborted requests have no body
            return
        sizes.append((response.request.resource_type, len(body)))

    tab.on("response", record)
    tab.goto(url, wait_until="networkidle")
    fcp = tab.evaluate(
        "() => (performance.getEntriesByName('first-contentful-paint')[0] || {startTime: null}).startTime")
    tab.remove_listener("response", record)
    return {
        "bytes": sum(size for _, size in sizes),
        "bytes_without_images": sum(size for kind, size in sizes if kind != "image"),
        "requests": len(sizes),
        "fcp_ms": round(fcp, 1) if fcp is not None else None,
    }
