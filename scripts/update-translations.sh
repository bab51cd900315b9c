#!/usr/bin/env bash
# Update the Qt Linguist sources and compile them:
#
#   fpdesk/ui/**/*.py --lupdate--> translations/fpdesk_zh_CN.ts, translations/fpdesk_en.ts
#                     --lrelease-> fpdesk/resources/i18n/fpdesk_zh_CN.qm, fpdesk/resources/i18n/fpdesk_en.qm
#
# Strings are written in English in the code (self.tr / QCoreApplication.translate).
# The Chinese lives in translations/fpdesk_zh_CN.ts: after adding strings, run this
# script, fill the new <translation type="unfinished"> entries (Qt Linguist:
# .venv/bin/pyside6-linguist translations/fpdesk_zh_CN.ts, or any text editor), and
# run it again. fpdesk_en.ts is the identity translation and is filled here.
#
# Exit status 1 when fpdesk_zh_CN.ts still has unfinished strings (the .qm files
# are written anyway; an untranslated string shows in English).
#
# Usage: scripts/update-translations.sh        (from anywhere; PYTHON=... to override)
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -n "${PYTHON:-}" ]]; then
  py=$PYTHON
elif [[ -x .venv/bin/python ]]; then
  py=.venv/bin/python
elif [[ -x .venv/Scripts/python.exe ]]; then
  py=.venv/Scripts/python.exe
else
  py=python3
fi

# PySide6 ships lupdate/lrelease inside its package directory (also in PySide6-Essentials).
pyside_dir=$("$py" -c 'import os, PySide6; print(os.path.dirname(PySide6.__file__))')
tool() {
  local name=$1
  for candidate in "$pyside_dir/$name" "$pyside_dir/$name.exe"; do
    [[ -x $candidate ]] && { echo "$candidate"; return; }
  done
  command -v "pyside6-$name" || { echo "update-translations: no $name in $pyside_dir" >&2; exit 2; }
}
lupdate=$(tool lupdate)
lrelease=$(tool lrelease)

mapfile -t sources < <(find fpdesk/ui -name '*.py' | LC_ALL=C sort)
mkdir -p translations fpdesk/resources/i18n

for lang in zh_CN en; do
  "$lupdate" -silent -no-obsolete -locations relative -source-language en \
    -target-language "$lang" "${sources[@]}" -ts "translations/fpdesk_$lang.ts"
done

# English is the source language: its translation is the source text itself.
"$py" - translations/fpdesk_en.ts <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
pattern = re.compile(r'(<source>([^<]*)</source>\s*(?:<comment>.*?</comment>\s*)?)'
                     r'<translation type="unfinished">(?:</translation>|.*?</translation>)', re.S)
text = pattern.sub(lambda m: f"{m.group(1)}<translation>{m.group(2)}</translation>", text)
open(path, "w", encoding="utf-8", newline="\n").write(text)
PY

for lang in zh_CN en; do
  "$lrelease" -silent "translations/fpdesk_$lang.ts" -qm "fpdesk/resources/i18n/fpdesk_$lang.qm"
done

unfinished=$(grep -c 'type="unfinished"' translations/fpdesk_zh_CN.ts || true)
if [[ $unfinished -gt 0 ]]; then
  echo "update-translations: $unfinished unfinished string(s) in translations/fpdesk_zh_CN.ts:" >&2
  grep -B2 'type="unfinished"' translations/fpdesk_zh_CN.ts | grep '<source>' >&2 || true
  exit 1
fi
echo "update-translations: translations/*.ts and fpdesk/resources/i18n/*.qm are up to date"
