"""Design files: round trips and clear messages for bad files."""

import json

import pytest

import resnet_studio as rs
from resnet_studio.core.design.design import BlockOverride
from resnet_studio.core.design.files import FORMAT_VERSION, dumps, loads


@pytest.mark.parametrize("name", ["d2l-resnet18", "resnext50_32x4d", "cifar-resnet20-plain"])
def test_round_trip_is_exact(tmp_path, name):
    d = rs.preset(name)
    d.stages[0].overrides[1] = BlockOverride(stride=2)
    d.stages[-1].overrides[0] = BlockOverride(shortcut="none")
    path = tmp_path / "net.json"
    rs.save_design(d, path)
    again = rs.load_design(path)
    assert again == d
    assert path.read_text() == dumps(again)


def test_file_is_human_readable_with_a_format_version(tmp_path):
    text = dumps(rs.preset("d2l-resnet18"))
    data = json.loads(text)
    assert data["version"] == FORMAT_VERSION and data["format"] == "resnet-studio/design"
    assert data["stages"][1] == {
        "channels": 128, "blocks": 2, "stride": 2, "kind": "basic", "shortcut": "auto",
        "groups": 1, "width_per_group": 64, "overrides": []}
    assert "\n  " in text  # indented


def _err(text, path="x.json"):
    with pytest.raises(rs.DesignError) as e:
        loads(text, path)
    return e.value.problems[0]


def test_not_json():
    p = _err("{not json")
    assert p.code == "file_not_json" and "x.json" in p.message


def test_foreign_json():
    p = _err(json.dumps({"hello": 1}))
    assert p.code == "file_not_design" and "stages" in p.message


def test_wrong_type_names_the_field():
    data = json.loads(dumps(rs.preset("d2l-resnet18")))
    data["stages"][2]["channels"] = "many"
    p = _err(json.dumps(data))
    assert p.code == "field_type" and "stages[2].channels" in p.message


def test_unknown_field_names_it():
    data = json.loads(dumps(rs.preset("d2l-resnet18")))
    data["stem"]["kernal"] = 3
    p = _err(json.dumps(data))
    assert p.code == "field_unknown" and "stem.kernal" in p.message


def test_newer_version_is_refused():
    data = json.loads(dumps(rs.preset("d2l-resnet18")))
    data["version"] = FORMAT_VERSION + 1
    assert _err(json.dumps(data)).code == "file_version"


def test_missing_and_binary_files(tmp_path):
    with pytest.raises(rs.DesignError) as e:
        rs.load_design(tmp_path / "nope.json")
    assert e.value.problems[0].code == "file_not_found"
    binary = tmp_path / "b.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(rs.DesignError) as e:
        rs.load_design(binary)
    assert e.value.problems[0].code == "file_not_json"


def test_failed_save_keeps_the_previous_file(tmp_path, monkeypatch):
    path = tmp_path / "net.json"
    rs.save_design(rs.preset("d2l-resnet18"), path)
    before = path.read_text()
    import resnet_studio.core.design.files as files

    def boom(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", boom)
    with pytest.raises(OSError):
        rs.save_design(rs.preset("resnet50"), path)
    assert path.read_text() == before
    assert [p.name for p in tmp_path.iterdir()] == ["net.json"]


def test_saved_file_gets_the_usual_permissions(tmp_path):
    import os

    path = tmp_path / "net.json"
    rs.save_design(rs.preset("d2l-resnet18"), path)
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask
