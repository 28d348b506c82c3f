"""Print, for every page in both languages, the bytes it transfers and its first contentful paint.

    .venv/bin/python scripts/page_weight.py

Builds the site into a temporary folder, serves it on localhost (uncompressed, like
``python -m http.server``) and loads each page in a fresh Chromium context (cold cache).
"""
import tempfile
from pathlib import Path

from rnnbook import browser


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        site = browser.build_site(Path(folder) / "site")
        with browser.serve(site) as base_url, browser.chromium() as chromium:
            print(f"| page | requests | KB all | KB without images | first contentful paint (ms) |")
            print("|---|---:|---:|---:|---:|")
            for page in browser.site_pages():
                context = chromium.new_context()
                weight = browser.page_weight(context.new_page(), base_url + browser.page_path(page))
                context.close()
                print(f"| /{browser.page_path(page)} | {weight['requests']} | {weight['bytes'] / 1024:.0f} | "
                      f"{weight['bytes_without_images'] / 1024:.0f} | {weight['fcp_ms']} |")


if __name__ == "__main__":
    main()
