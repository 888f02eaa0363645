"""Fixtures for the print tests: a consultant with a full case, and a folder for PDFs."""

from __future__ import annotations

import pytest
from report_case import build_case


@pytest.fixture
def case(consultant_ctx):
    return build_case(consultant_ctx)


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "pdf"
    folder.mkdir()
    return folder
