#!/usr/bin/env bash
# Smoke test of the one-folder bundle: version, a CLI export of the sample, and the
# editor started offscreen on the sample, then quit.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=dist/releasedesk/releasedesk
work=$(mktemp -d)
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
       XDG_CACHE_HOME="$work/cache"
"$bin" --version
"$bin" export resources/samples/tidewater-ferry-terminal.release -o "$work/out" >/dev/null
for f in tidewater-ferry-terminal.html tidewater-ferry-terminal.docx tidewater-ferry-terminal.txt; do
  test -s "$work/out/$f" || { echo "missing export $f"; exit 1; }
done
"$bin" profile list | grep -qx fernhollow-portal-zh
# Clearance: a signed export verifies (cryptography is in the bundle).
cp resources/samples/tidewater-ferry-terminal.release "$work/story.release"
"$bin" keys new --profile calloway-wire >/dev/null 2>&1
"$bin" approve "$work/story.release" --by "Smoke Test" >/dev/null
"$bin" export "$work/story.release" -o "$work/signed" >/dev/null
test -s "$work/signed/manifest.sig" || { echo "missing manifest.sig"; exit 1; }
"$bin" verify "$work/signed" --profile calloway-wire >/dev/null
QT_QPA_PLATFORM=offscreen RELEASEDESK_QUIT_AFTER_MS=1500 LANG=zh_CN.UTF-8 \
  timeout 60 "${bin}-editor" resources/samples/fernhollow-night-market-zh.release
grep -q "editor shown" "$work/cache/ReleaseDesk/log/releasedesk.log"
echo "bundle size: $(du -sh dist/releasedesk | cut -f1)"
echo "bundle smoke test passed"
