#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes translations/*.ts from the sources: French and German with every string, English with the
# plural forms only. Translate what lupdate marks unfinished, then commit the .ts files.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate
mapfile -t sources < <(git ls-files 'ui/*.cpp' 'ui/*.h' 'app/chat/*.cpp' 'app/chat/*.h')
"$lupdate" -no-obsolete -locations none "${sources[@]}" -ts translations/warroom_fr.ts translations/warroom_de.ts
"$lupdate" -no-obsolete -locations none -pluralonly "${sources[@]}" -ts translations/warroom_en.ts
