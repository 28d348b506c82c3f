"""The whole-book recording run: what it skips, what it refuses to overwrite, what it reports."""
import pytest

from rnnbook import numbers, record


@pytest.fixture
def previous(monkeypatch):
    """A record made from code hash ``old`` with the versions installed now."""
    made = {"code_sha256": "old", "environment": dict(record.versions()), "run_seconds": 90.0, "peak_rss_mb": 800.0,
            "values": {"accuracy": 0.8, "params": 4072}, "outputs": [{"line": 10, "seconds": 75.0}]}
    monkeypatch.setattr(record, "read_record", lambda name: made)
    monkeypatch.setattr(numbers, "code_hash", lambda name: "old")
    ran = []
    monkeypatch.setattr(record.subprocess, "run", lambda command: ran.append(command) or FakeChild())
    return made, ran


class FakeChild:
    returncode = 0


def test_every_chapter_has_a_record_and_chapters_come_first():
    names = record.record_names()
    chapters = [name for name in names if name.startswith("ch")]
    assert chapters == sorted(chapters) and names[:len(chapters)] == chapters
    assert {"ch02", "ch04", "getting-started"} <= set(names)


def test_a_record_made_from_the_same_code_is_skipped_unless_forced(previous):
    _, ran = previous
    assert record.run_one("ch04", force=False, new_versions=False).status == "up to date"
    assert ran == []
    assert record.run_one("ch04", force=True, new_versions=False).status == "recorded"
    assert ran and ran[0][-1] == "ch04"


def test_a_record_made_with_other_versions_is_kept_unless_the_caller_says_so(previous, monkeypatch):
    made, ran = previous
    made["environment"]["keras"] = "2.15.0"
    monkeypatch.setattr(numbers, "code_hash", lambda name: "new")
    refused = record.run_one("ch04", force=False, new_versions=False)
    assert refused.status == "refused" and ran == []
    assert "keras 2.15.0 -> " in refused.notes[0] and "--new-versions" in refused.notes[0]
    assert record.run_one("ch04", force=False, new_versions=True).status == "recorded" and len(ran) == 1


def test_the_table_names_the_numbers_that_changed():
    before = {"values": {"accuracy": 0.8, "params": 4072, "shape": [20000, 100]}}
    assert record.changed_numbers(before, before) == "none of 3"
    after = {"values": {"accuracy": 0.81234, "params": 4072, "shape": [20000, 100]}}
    assert record.changed_numbers(before, after) == "1 of 3: accuracy 0.8 -> 0.8123"
    assert record.changed_numbers(None, after) == "3 new"
    grown = {"values": {**after["values"], "weights": [1, 2]}}
    assert record.changed_numbers(before, grown) == "1 of 4 (1 new): accuracy 0.8 -> 0.8123"


def test_the_slowest_block_is_reported_in_minutes_or_seconds():
    assert record.slowest_block({"outputs": [{"line": 3, "seconds": 2.0}, {"line": 9, "seconds": 150.0}]}) == "line 9, 2.5 min"
    assert record.slowest_block({"outputs": [{"line": 3, "seconds": 2.4}]}) == "line 3, 2 s"


def test_an_unknown_record_is_named_with_the_known_ones(capsys):
    with pytest.raises(SystemExit):
        record.main(["ch99"])
    assert "unknown record ch99" in capsys.readouterr().err
