"""README starts with the two commands, and CI runs the second one literally."""

import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[1]


def _readme_commands():
    text = (ROOT / "README.md").read_text()
    return re.findall(r"```bash\n(.*?)\n```", text, re.S)[:2]


def test_readme_starts_with_install_and_test_commands():
    text = (ROOT / "README.md").read_text()
    first_lines = [ln for ln in text.splitlines() if ln.strip()][:8]
    assert first_lines[0].startswith("# ")
    open_cmd, test_cmd = _readme_commands()
    assert "pip install -e ." in open_cmd and open_cmd.rstrip().endswith("resnet-studio")
    assert "pytest" in test_cmd and '".[test]"' in test_cmd


def test_ci_runs_the_readme_test_command_literally():
    _, test_cmd = _readme_commands()
    ci = (ROOT / ".ci" / "run").read_text().splitlines()
    assert test_cmd.strip() in [ln.strip() for ln in ci]
