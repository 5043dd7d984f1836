"""Tests of xinjiang_fta.cli: the summary command, in-process and as a real process."""

from __future__ import annotations

import subprocess
import sys

import pytest

import xinjiang_fta as x
from xinjiang_fta.cli import main
from xinjiang_fta.summary import format_summary


def test_main_prints_the_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    assert out == format_summary(x.ZONE)
    assert "179.66" in out


def test_lang_option(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "ja"]) == 0
    assert "ウルムチエリア" in capsys.readouterr().out


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--lang", "fr"])
    assert exit_info.value.code == 2
    assert "invalid choice: 'fr'" in capsys.readouterr().err


def test_python_dash_m_runs_the_summary() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "xinjiang_fta"], capture_output=True, text=True, encoding="utf-8", check=True
    )
    assert "179.66" in out.stdout
    assert out.stderr == ""
