"""``resnet-studio summary``: table, JSON, and bad input without tracebacks."""

import json

import resnet_studio as rs
from resnet_studio.cli import main


def test_summary_table(capsys):
    assert main(["summary", "d2l-resnet18", "--input", "1,1,224,224"]) == 0
    out = capsys.readouterr().out
    assert "Total params: 11,178,378" in out
    assert "Total mult-adds (MACs): 1,737,382,026" in out
    assert "stage2.block1" in out and "[1, 128, 28, 28]" in out


def test_summary_json(capsys):
    assert main(["summary", "resnet50", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is True
    assert data["totals"]["params"] == 25_557_032
    assert data["stage_outputs"][-1] == [1, 2048, 7, 7]
    assert data["layers"][0]["formula"] == "floor((224 + 2*3 - 7)/2) + 1 = 112"


def test_summary_of_a_design_file(tmp_path, capsys):
    path = tmp_path / "mine.json"
    rs.save_design(rs.preset("cifar-resnet20"), path)
    assert main(["summary", str(path)]) == 0
    assert "Total params: 269,722" in capsys.readouterr().out  # option A: the paper's 0.27M


def test_bad_design_exits_nonzero_with_message_not_traceback(tmp_path, capsys):
    d = rs.preset("d2l-resnet18")
    d.stages[1].shortcut = "identity"
    path = tmp_path / "broken.json"
    rs.save_design(d, path)
    assert main(["summary", str(path)]) == 2
    captured = capsys.readouterr()
    assert "!!" in captured.out and "stage2.block1" in captured.out
    assert "Enable a 1x1 projection shortcut" in captured.err
    assert "Traceback" not in captured.err

    path.write_text("{oops")
    assert main(["summary", str(path)]) == 2
    err = capsys.readouterr().err
    assert "not a JSON file" in err and "Traceback" not in err


def test_console_script_runs(tmp_path):
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-m", "resnet_studio", "summary", "cifar-resnet20", "--json"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["output_shape"] == [1, 10]


def test_absurd_design_files_are_refused_quickly(tmp_path, capsys):
    d = rs.preset("d2l-resnet18")
    d.stages[0].blocks = 100_000_000
    path = tmp_path / "huge.json"
    rs.save_design(d, path)
    assert main(["summary", str(path)]) == 2
    assert "above the limit of 1000" in capsys.readouterr().err

    d = rs.preset("d2l-resnet18")
    d.stages[3].channels = 8000
    d.stages[3].blocks = 40
    rs.save_design(d, path)
    assert main(["summary", str(path)]) == 2
    assert "parameters" in capsys.readouterr().err


def test_a_mistyped_command_is_named_not_opened(capsys):
    assert main(["sumary", "d2l-resnet18"]) == 2
    err = capsys.readouterr().err
    assert "'sumary' is not a command" in err and "summary" in err
