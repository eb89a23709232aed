#!/usr/bin/env bash
# Builds and packs the package under a lock (several people may build in one tree), printing the tarball path.
# Use: CSI_PACKAGE_TARBALL=$(scripts/e2e-pack.sh) npx jest --selectProjects e2e -- test/e2e/<file>
# Type errors are reported on stderr but do not stop the pack (tsc still emits), so work in progress elsewhere
# in the tree does not block an e2e run of finished parts.
set -uo pipefail
cd "$(dirname "$0")/.."
dest=$(mktemp -d /tmp/csi-pack-XXXXXX)
flock /tmp/csi-build.lock bash -c "
  npx tsc -p tsconfig.json 1>&2 || echo 'e2e-pack: tsc reported errors (see above); packing what was emitted' >&2
  npx gulp build >/dev/null && npm pack --silent --pack-destination '$dest' >/dev/null
" || exit 1
ls "$dest"/*.tgz
