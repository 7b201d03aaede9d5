"""kill -9 during training loses no metric record and leaves no temp file (issue 11,
item 5). The long loop is scripts/kill9_loop.py; this is its short form."""

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "kill9_loop.py"


def _loop():
    spec = importlib.util.spec_from_file_location("kill9_loop", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_kill9_rounds_lose_no_records_and_resume_completes(tmp_path):
    totals = _loop().run_loop(rounds=2, seed=3, max_delay_s=0.7, workdir=tmp_path)
    assert totals["killed"] >= 1, totals
    assert totals["lost"] == 0, totals
    assert totals["strays_left"] == 0, totals
    assert totals["final_rc"] == 0, totals
    assert totals["final_steps"] == totals["final_expected"] and totals["final_unique"], totals
