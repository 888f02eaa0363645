"""Random bytes and arguments for ``search``, ``observe``, ``import`` and ``restore``:
never an unexpected error (exit 70), and a refused command changes nothing."""

from __future__ import annotations

import pytest
from cli_helpers import state_of
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

# Arguments as a shell can pass them: any text without NUL, undecodable bytes included
# (they arrive as lone surrogates).
ARG = st.text(alphabet=st.characters(blacklist_characters="\x00"), max_size=60)
FUZZ = settings(max_examples=12, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


def _records(state: dict) -> dict:
    """What a command may not change when refused: the records and every non-access
    event (views and searches are logged by design, even before a refusal)."""
    return {"children": state["children"], "observations": state["observations"],
            "events": [e for e in state["events"] if e[1] not in ("view", "search")]}


def _check(installation, before: dict, result) -> None:
    assert result.code in (0, 1, 2), (result.code, result.err)
    assert "uventet fejl" not in result.err and "Traceback" not in result.err
    if result.code != 0:
        assert _records(state_of(installation)) == _records(before)


@pytest.mark.parametrize("engine_name", ["sqlite"])
@FUZZ
@given(text=ARG, json_flag=st.booleans())
def test_search_with_any_text(seeded, created, cli, at, text, json_flag):
    before = state_of(created)
    result = cli(*at, "search", text, *(["--json"] if json_flag else []))
    _check(created, before, result)
    assert _records(state_of(created)) == _records(before)  # a search never changes data


@pytest.mark.parametrize("engine_name", ["sqlite"])
@FUZZ
@given(child=st.one_of(ARG, st.just("")), text=ARG,
       extra=st.lists(st.sampled_from(["--domain", "--position", "green", "red", "gul",
                                       "sprog", "--text", "--json", "-x"]), max_size=3),
       own_child=st.booleans())
def test_observe_with_any_arguments(seeded, created, cli, at, child, text, extra, own_child):
    before = state_of(created)
    target = seeded.child_id if own_child else child
    result = cli(*at, "observe", target, "--text", text, *extra)
    _check(created, before, result)


@pytest.mark.parametrize("engine_name", ["sqlite"])
@FUZZ
@given(content=st.binary(max_size=4096), command=st.sampled_from(["import", "restore"]))
def test_import_and_restore_of_random_bytes(seeded, created, cli, at, tmp_path, content,
                                            command):
    path = tmp_path / "fil.pakke"
    path.write_bytes(content)
    before = state_of(created)
    result = cli(*at, command, path)
    assert result.code != 0
    _check(created, before, result)
