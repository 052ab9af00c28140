#!/usr/bin/env bash
# Checks the desktop integration files the package installs, with the tools
# that read them on a user's machine:
#   check_desktop_files.sh DESKTOP_FOLDER METAINFO_FILE
# - desktop-file-validate accepts anomalens.desktop, which opens a case (%f)
#   and declares the case MIME type;
# - update-mime-database (shared-mime-info, which Qt depends on) compiles
#   anomalens-case.xml and maps *.alcase to application/x-anomalens-case;
# - appstreamcli accepts the metainfo, where installed (checked, not required).
# Exits 77 (ctest: skipped) when desktop-file-validate is missing.
set -euo pipefail
DESKTOP_DIR="$1"
METAINFO="$2"
DESKTOP="$DESKTOP_DIR/anomalens.desktop"

if ! command -v desktop-file-validate >/dev/null; then
  echo "SKIP: desktop-file-validate is missing (apt-get install desktop-file-utils)"
  exit 77
fi
desktop-file-validate "$DESKTOP"
grep -qx 'Exec=anomalens %f' "$DESKTOP" || { echo "FAIL: Exec does not pass the file (%f)"; exit 1; }
grep -q '^MimeType=.*application/x-anomalens-case;' "$DESKTOP" ||
  { echo "FAIL: MimeType lacks application/x-anomalens-case"; exit 1; }
[ -f "$DESKTOP_DIR/anomalens.svg" ] || { echo "FAIL: Icon=anomalens has no anomalens.svg"; exit 1; }

MIME_DB="$(mktemp -d)"
trap 'rm -rf "$MIME_DB"' EXIT
mkdir "$MIME_DB/packages"
cp "$DESKTOP_DIR/anomalens-case.xml" "$MIME_DB/packages/"
# update-mime-database only warns about a malformed file; it then writes no
# entry for it, which the grep below catches.
update-mime-database "$MIME_DB" 2>&1 | tee "$MIME_DB/log"
if grep -qi 'error\|warning' "$MIME_DB/log"; then echo "FAIL: anomalens-case.xml did not compile cleanly"; exit 1; fi
grep -q '^50:application/x-anomalens-case:\*\.alcase$' "$MIME_DB/globs2" ||
  { echo "FAIL: *.alcase is not mapped to application/x-anomalens-case:"; cat "$MIME_DB/globs2"; exit 1; }
grep -q '^application/x-anomalens-case application/vnd.sqlite3$' "$MIME_DB/subclasses" ||
  { echo "FAIL: the case type is not a sub-class of application/vnd.sqlite3"; exit 1; }

if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$METAINFO"
else
  echo "note: appstreamcli is missing; the metainfo was not validated"
fi
echo "PASS: desktop entry, MIME type and metainfo"
