"""Tests for which files a folder run takes and where their outputs go (no model needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tearline.batch.mirror import Job, check_layout, jobs, remove_partials
from tearline.errors import InputError


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    names = ["b.txt", "a.txt", "notes.md", "sub/c.txt", "sub/deeper/d.txt", "sub/.x.abcdefgh.part"]
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("report\n", encoding="utf-8")
    return root


def test_when_a_folder_is_given_then_matching_files_mirror_under_the_output_in_order(
    tree: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"

    found = list(jobs([tree], out, "*.txt"))

    assert found == [
        Job(tree / "a.txt", out / "a.txt"),
        Job(tree / "b.txt", out / "b.txt"),
        Job(tree / "sub" / "c.txt", out / "sub" / "c.txt"),
        Job(tree / "sub" / "deeper" / "d.txt", out / "sub" / "deeper" / "d.txt"),
    ]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("*.txt", ["a.txt", "b.txt", "sub/c.txt", "sub/deeper/d.txt"]),
        ("*.md", ["notes.md"]),
        ("sub/*.txt", ["sub/c.txt"]),
        ("deeper/*", ["sub/deeper/d.txt"]),
        ("*.pdf", []),
    ],
)
def test_when_a_glob_is_given_then_it_matches_the_path_inside_the_folder_from_the_right(
    tree: Path, tmp_path: Path, pattern: str, expected: list[str]
) -> None:
    found = [job.source.relative_to(tree).as_posix() for job in jobs([tree], tmp_path, pattern)]

    assert found == expected


def test_when_files_are_named_then_each_lands_under_the_output_by_its_name(
    tree: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"

    found = list(jobs([tree / "sub" / "c.txt", tree / "notes.md"], out, "*.txt"))

    assert found == [
        Job(tree / "sub" / "c.txt", out / "c.txt"),
        Job(tree / "notes.md", out / "notes.md"),
    ]


def test_when_two_inputs_share_an_output_then_the_second_is_refused(
    tree: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "c.txt").write_text("report\n", encoding="utf-8")
    out = tmp_path / "out"

    with pytest.raises(InputError) as caught:
        list(jobs([tree / "sub", other], out, "*.txt"))

    assert str(caught.value) == (
        f"{other / 'c.txt'}: would have the same output as {tree / 'sub' / 'c.txt'} "
        f"({out / 'c.txt'}); sanitize those folders one at a time"
    )


INSIDE = "{out}: is inside the input folder {in}; choose an output folder outside the inputs"
IS_A_FILE = "{out}: is a file; --output must name a folder for several reports"
CONTAINS = "{out}: contains the input folder {in}/sub; choose an output folder that holds no inputs"


@pytest.mark.parametrize(
    ("inputs", "output", "message"),
    [
        (["in"], "in/out", INSIDE),
        (["in"], "in", INSIDE),
        (["in/sub"], ".", CONTAINS),
        (["in/a.txt"], "in/a.txt", IS_A_FILE),
        (["missing"], "out", "{root}/missing: no such file or folder"),
        (["-"], "out", "-: standard input cannot be mixed with folders; name files"),
    ],
)
def test_when_the_layout_is_unsafe_then_it_is_refused_with_the_fix(
    tree: Path, tmp_path: Path, inputs: list[str], output: str, message: str
) -> None:
    root = tmp_path
    out = root / output
    paths = [p if p == "-" else root / p for p in inputs]

    with pytest.raises(InputError) as caught:
        check_layout([Path(p) for p in paths], out)

    assert str(caught.value) == message.format(out=out, root=root, **{"in": tree.resolve()})


def test_when_output_is_beside_the_inputs_then_the_layout_is_accepted(
    tree: Path, tmp_path: Path
) -> None:
    check_layout([tree, tree / "a.txt"], tmp_path / "out")


def test_when_partial_files_are_left_then_only_they_are_removed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    keep = [out / "a.txt", out / "sub" / ".hidden.txt", out / "sub" / "x.part"]
    partials = [out / ".a.txt.abcd1234.part", out / "sub" / ".b.txt.x_y9z8w7.part"]
    for path in [*keep, *partials]:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")

    removed = remove_partials(out)

    assert removed == 2
    assert sorted(p for p in out.rglob("*") if p.is_file()) == sorted(keep)


def test_when_output_folder_does_not_exist_then_nothing_is_removed(tmp_path: Path) -> None:
    assert remove_partials(tmp_path / "absent") == 0
