"""Fill Chinese translations into translations/fpdesk_zh_CN.ts from a TSV.

    .venv/bin/python scripts/ts_fill.py translations/zh_CN.tsv

Each TSV line is `English source<TAB>中文`. Every <message> whose source is
listed gets that translation (finished). Then run
scripts/update-translations.sh to compile. Keeping the TSV lets several
people add strings without hand-editing XML.
"""

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "translations" / "fpdesk_zh_CN.ts"


def main(tsv: str) -> int:
    pairs = {}
    for number, line in enumerate(Path(tsv).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if "\t" not in line:
            print(f"{tsv}:{number}: no tab between source and translation", file=sys.stderr)
            return 1
        source, chinese = line.split("\t", 1)
        pairs[source] = chinese
    tree = ET.parse(TS)
    filled = 0
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in pairs and translation is not None:
            translation.text = pairs[source]
            translation.attrib.pop("type", None)
            filled += 1
    ET.indent(tree, space="    ")
    with open(TS, "wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
    print(f"ts_fill: {filled} message(s) filled in {TS.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
