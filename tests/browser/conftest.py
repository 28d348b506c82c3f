"""One built site, one local server and one Chromium for all browser tests."""
import os

import pytest

from rnnbook import ROOT, browser


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory):
    (ROOT / "build" / "search-results.txt").unlink(missing_ok=True)  # rewritten by this run's search tests
    return browser.build_site(tmp_path_factory.mktemp("site") / "site")


@pytest.fixture(scope="session")
def base_url(site_dir):
    missing = browser.chromium_missing()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(missing)  # CI installs Chromium: its absence is an error there
        pytest.skip(missing)
    with browser.serve(site_dir) as url:
        yield url


@pytest.fixture(scope="session")
def chromium(base_url):
    with browser.chromium() as instance:
        yield instance


@pytest.fixture
def tab(chromium):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()
