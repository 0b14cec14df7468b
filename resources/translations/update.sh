#!/usr/bin/env bash
# Refresh the translation sources from the code and compile them (run from anywhere).
#
# Source strings are Traditional Chinese, the default language, so hrplanner_zh_TW.ts
# translates every string to itself (filled in here; a wording can still be changed there
# without touching the code). Translate the new entries of hrplanner_en.ts with Qt Linguist
# (.venv/bin/pyside6-linguist resources/translations/hrplanner_en.ts), then run this again
# to compile the .qm files that ship in the package.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=../..
BIN=$ROOT/.venv/bin
SOURCES=$(find $ROOT/hrplanner -name "*.py" -not -path "*/__pycache__/*" | sort)
for lang in zh_TW en; do
  # -no-obsolete: strings removed from the code leave the file instead of piling up.
  "$BIN/pyside6-lupdate" $SOURCES -source-language zh_TW -target-language "$lang" \
    -no-obsolete -locations relative -ts "hrplanner_$lang.ts"
done

# Chinese translates to itself (Chinese has one plural form).
"$BIN/python" - hrplanner_zh_TW.ts <<'EOF'
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
tree = ET.parse(path)
changed = False
for message in tree.getroot().iter("message"):
    translation = message.find("translation")
    if translation is None or translation.get("type") not in ("unfinished", None):
        continue
    if translation.get("type") is None and (translation.text or len(translation)):
        continue
    for child in list(translation):
        translation.remove(child)
    source = message.findtext("source", "")
    if message.get("numerus") == "yes":
        translation.text = None
        ET.SubElement(translation, "numerusform").text = source
    else:
        translation.text = source
    translation.attrib.pop("type", None)
    changed = True
if changed:
    tree.write(path, encoding="utf-8", xml_declaration=True)
EOF

for lang in zh_TW en; do
  # Run lupdate once more so the file keeps lupdate's own layout, then compile.
  "$BIN/pyside6-lupdate" $SOURCES -source-language zh_TW -target-language "$lang" \
    -no-obsolete -locations relative -silent -ts "hrplanner_$lang.ts"
  "$BIN/pyside6-lrelease" -silent "hrplanner_$lang.ts" -qm "hrplanner_$lang.qm"
done
"$BIN/python" - hrplanner_en.ts <<'EOF'
import sys
import xml.etree.ElementTree as ET

missing = [
    m.findtext("source")
    for m in ET.parse(sys.argv[1]).getroot().iter("message")
    if m.find("translation").get("type") == "unfinished"
]
if missing:
    print(f"hrplanner_en.ts: {len(missing)} string(s) still to translate, e.g. {missing[0]!r}")
EOF

# The Qt-free core's messages (hrplanner.i18n): core_en.po / core_en.mo.
"$BIN/python" core_catalog.py
