"""A windowed build (fpdesk.exe on Windows) starts with no stdout/stderr: the
sub-commands still run, printing into the parent console or nowhere."""

from __future__ import annotations

import sys

from fpdesk import cli


def test_a_program_without_streams_can_still_print(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    cli._console_streams()
    assert sys.stdout is not None and sys.stderr is not None
    print("说明", file=sys.stdout)      # nowhere to go here (no console to attach): no crash
    sys.stdout.close()
    sys.stderr.close()


def test_streams_that_exist_are_kept(capsys):
    before = sys.stdout
    cli._console_streams()
    assert sys.stdout is before
