"""Publish the site on GitHub Pages: what the publishing workflow runs once the tests pass.

The site's and the repository's addresses come from the repository the workflow runs in
(``GITHUB_REPOSITORY``, ``owner/name``), so a fork publishes under its own name with nothing to
edit: canonical links, the sitemap, the notebooks' links and figures, the "Open in Colab" links
and Getting started's ``git clone`` all point there. ``mkdocs gh-deploy`` then builds the site
(strictly, as ``mkdocs.yml`` says) and pushes it to the ``gh-pages`` branch, from which GitHub
Pages serves it and Colab opens the notebooks.

    python -m rnnbook.publish
"""
from __future__ import annotations

import os
import subprocess
import sys

from .notebooks import PUBLISHED_BRANCH, REPO_URL_ENV

SITE_URL_ENV = "RNNBOOK_SITE_URL"


def addresses(repository: str, server: str = "https://github.com") -> dict[str, str]:
    """``{RNNBOOK_SITE_URL: ..., RNNBOOK_REPO_URL: ...}`` for the GitHub repository ``owner/name``.

    GitHub Pages serves a project site at ``https://<owner>.github.io/<name>/`` and the repository
    named ``<owner>.github.io`` at the root of that host.
    """
    owner, name = repository.strip().split("/")
    host = f"{owner.lower()}.github.io"
    site = f"https://{host}/" if name.lower() == host else f"https://{host}/{name}/"
    return {SITE_URL_ENV: site, REPO_URL_ENV: f"{server.rstrip('/')}/{owner}/{name}"}


def main() -> int:
    env = {**os.environ, **addresses(os.environ["GITHUB_REPOSITORY"],
                                     os.environ.get("GITHUB_SERVER_URL", "https://github.com"))}
    print(f"publishing {env[SITE_URL_ENV]} from {env[REPO_URL_ENV]} to its {PUBLISHED_BRANCH} branch", flush=True)
    # --force: each run pushes the whole site as the branch's one commit (the checkout has no gh-pages
    # branch, so there is no history to add to, nor a previous MkDocs version to compare with).
    command = [sys.executable, "-m", "mkdocs", "gh-deploy", "--force", "--ignore-version",
               "--remote-branch", PUBLISHED_BRANCH]
    return subprocess.run(command, env=env, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
