"""Policies as untrusted input: YAML is loaded safely, and a policy cannot make tearline read
or expand more than the user named. The last two are known gaps (strict xfail), owned by the
policy loader; they flip to failures, as a reminder to drop the mark, once fixed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tearline.errors import PolicyError
from tearline.policy import load_policy


def _policy(folder: Path, body: str, name: str = "policy.yaml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "tag",
    [
        "!!python/object/apply:os.system",
        "!!python/object/new:subprocess.Popen",
        "!!python/name:os.system",
    ],
)
def test_when_policy_holds_a_python_tag_then_it_is_refused_and_never_run(
    tmp_path: Path, tag: str
) -> None:
    witness = tmp_path / "ran"
    path = _policy(
        tmp_path,
        f"name: evil\nextends: duty-to-warn\ndescription: {tag} [['touch', '{witness}']]\n",
    )

    with pytest.raises(PolicyError, match=r"policy\.yaml:3:\d+ invalid YAML: could not determine"):
        load_policy(path)
    assert not witness.exists()


def test_when_policy_nests_aliases_then_it_is_refused_before_expanding(tmp_path: Path) -> None:
    lines = ["name: laughs", "extends: duty-to-warn", "audience: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"x{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 4)]
    path = _policy(tmp_path, "\n".join(lines) + "\n")

    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    assert "alias" in str(caught.value).replace(str(path), "").lower()


def test_when_policy_extends_a_file_outside_its_folder_then_it_is_refused(tmp_path: Path) -> None:
    outside = _policy(tmp_path / "elsewhere", "name: outside\nextends: duty-to-warn\n")
    path = _policy(tmp_path / "policies", f"name: child\nextends: {outside}\n")

    with pytest.raises(PolicyError):
        load_policy(path)
