"""The book is published by a workflow: tests pass first, then `mkdocs gh-deploy` with this repository's addresses."""
import logging
import re

import pytest
import yaml

from rnnbook import ROOT, mkdocs_hooks, notebooks, publish

WORKFLOW = ROOT / ".github" / "workflows" / "publish.yml"


def workflow() -> dict:
    loaded = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    loaded["on"] = loaded.pop(True, loaded.get("on"))  # YAML 1.1 reads the key `on` as true
    return loaded


def runs(job: dict) -> str:
    return "\n".join(step.get("run", "") for step in job["steps"])


@pytest.mark.parametrize("repository, site, repo", [
    ("Someone/rnn-book", "https://someone.github.io/rnn-book/", "https://github.com/Someone/rnn-book"),
    ("someone/someone.github.io", "https://someone.github.io/", "https://github.com/someone/someone.github.io"),
])
def test_addresses_come_from_the_repository(repository, site, repo):
    assert publish.addresses(repository) == {publish.SITE_URL_ENV: site, notebooks.REPO_URL_ENV: repo}
    assert notebooks.published(site)
    assert notebooks.colab_url(notebooks.chapter_notebooks()[0], repo).startswith("https://colab.research.google.com/")


def test_the_workflow_publishes_main_after_the_tests_pass():
    flow = workflow()
    assert flow["on"]["push"]["branches"] == ["main"]
    assert flow["permissions"] == {}
    test, deploy = flow["jobs"]["test"], flow["jobs"]["publish"]
    assert re.search(r"^\s*\.ci/run\s*$", runs(test), re.M), "the test job runs what CI runs"
    assert test["permissions"] == {"contents": "read"}
    assert deploy["needs"] == "test" and deploy["permissions"] == {"contents": "write"}
    assert "python -m rnnbook.publish" in runs(deploy)
    assert publish.SITE_URL_ENV not in WORKFLOW.read_text(encoding="utf-8"), "the addresses are derived, not typed"


def test_every_action_is_pinned_to_a_commit():
    for job in workflow()["jobs"].values():
        for step in job["steps"]:
            if "uses" in step:
                assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", step["uses"]), step["uses"]
            if "actions/checkout" in step.get("uses", ""):
                assert step["with"]["persist-credentials"] is False


def test_ci_checks_the_workflows_first():
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert run.index(".ci/check-workflows") < run.index(".ci/serve-check")
    check = (ROOT / ".ci" / "check-workflows").read_text(encoding="utf-8")
    assert "--builtin-schema vendor.github-workflows" in check and 'zizmor" --offline' in check
    pins = (ROOT / ".ci" / "workflow-tools.txt").read_text(encoding="utf-8")
    assert re.search(r"^check-jsonschema==[\d.]+$", pins, re.M) and re.search(r"^zizmor==[\d.]+$", pins, re.M)


def test_readme_publishes_as_the_workflow_does():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Publishing", 1)[1].split("\n## ", 1)[0]
    for needed in (".github/workflows/publish.yml", "python -m rnnbook.publish", publish.SITE_URL_ENV,
                   notebooks.REPO_URL_ENV, ".ci/run", "gh-pages"):
        assert needed in section, needed


@pytest.mark.parametrize("site_url, warns", [("http://127.0.0.1:8000/", True), ("https://someone.github.io/rnn-book/", False)])
def test_the_build_warns_when_a_github_repository_has_a_local_site_url(monkeypatch, caplog, site_url, warns):
    monkeypatch.setenv(notebooks.REPO_URL_ENV, "https://github.com/someone/rnn-book")
    with caplog.at_level(logging.WARNING, logger="mkdocs"):
        mkdocs_hooks.on_config({"site_url": site_url, "repo_url": None})
    assert any("RNNBOOK_SITE_URL" in record.getMessage() for record in caplog.records) == warns
    monkeypatch.delenv(notebooks.REPO_URL_ENV)
    caplog.clear()
    mkdocs_hooks.on_config({"site_url": "http://127.0.0.1:8000/", "repo_url": None})
    assert not caplog.records  # no repository: nothing is being published


def test_publish_deploys_with_the_addresses_of_the_repository(monkeypatch):
    calls = []
    monkeypatch.setattr(publish.subprocess, "run", lambda command, env, check: calls.append((command, env)) or
                        publish.subprocess.CompletedProcess(command, 0))
    monkeypatch.setenv("GITHUB_REPOSITORY", "Someone/rnn-book")
    monkeypatch.delenv("GITHUB_SERVER_URL", raising=False)
    assert publish.main() == 0
    ((command, env),) = calls
    assert command[1:5] == ["-m", "mkdocs", "gh-deploy", "--force"]
    assert command[-2:] == ["--remote-branch", notebooks.PUBLISHED_BRANCH]
    assert env[publish.SITE_URL_ENV] == "https://someone.github.io/rnn-book/"
    assert env[notebooks.REPO_URL_ENV] == "https://github.com/Someone/rnn-book"
