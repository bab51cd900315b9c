"""The installer files agree with each other and with the repository."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
INSTALLER = REPO / "installer"


def test_the_workflow_github_runs_is_the_one_in_installer():
    assert (REPO / ".github/workflows/windows.yml").read_bytes() == (INSTALLER / "windows.yml").read_bytes()


def test_the_inno_setup_script_names_files_that_exist():
    iss = (INSTALLER / "fpdesk.iss").read_text(encoding="utf-8")
    icon = re.search(r"^SetupIconFile=(.+)$", iss, re.M).group(1).strip()
    assert (INSTALLER / icon.replace("\\", "/")).is_file()
    source = re.search(r'#define SourceDir "(.+)"', iss).group(1).replace("\\", "/")
    workflow = (INSTALLER / "windows.yml").read_text(encoding="utf-8")
    assert f"--distpath {Path(source).parent.as_posix().removeprefix('../')}" in workflow
    for language in ("ChineseSimplified.isl", "Default.isl"):
        assert language in iss
    assert "{autoprograms}" in iss and "{autodesktop}" in iss
    assert "\n[UninstallDelete]" not in iss  # the data is never removed


def test_the_spec_ships_what_the_program_reads_from_files():
    spec = (INSTALLER / "fpdesk.spec").read_text(encoding="utf-8")
    for folder in ("fpdesk/resources", "fpdesk/db/migrations"):
        assert f'"{folder}")' in spec
    from fpdesk.resources import FROZEN_SUBDIR

    assert "/".join(FROZEN_SUBDIR) == "fpdesk/resources"
    for name in ("fonts/wqy-microhei.ttc", "i18n/fpdesk_zh_CN.qm", "i18n/fpdesk_en.qm", "icons/fpdesk.ico",
                 "icons/fpdesk.svg", "demo/names.json"):
        assert (REPO / "fpdesk/resources" / name).is_file(), name
