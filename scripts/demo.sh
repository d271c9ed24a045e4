#!/usr/bin/env bash
# make demo: the whole cairn story on one machine, in a few minutes.
#
# Builds the demo driver (internal/demo), which runs the real bin/cairn as a
# user would, on protocol v2: `cairn devnet up` (anvil, the v2 contracts, 7
# provider processes with one proof set each), `cairn put` of a 64 MiB random
# file and a small one with k=4 m=2, one proveSet per provider per epoch,
# kill -9 of one slot holder, its set failed by one settleSet and every slot
# it held repaired by other providers with no client running, `cairn get`
# with a SHA-256 check, `cairn extend` accepted by every holder, `cairn rm`
# with its refund, a table per provider and per request, and teardown.
#
# Options go to the driver (see `go run ./internal/demo -h`), e.g.
#   ./scripts/demo.sh -size 4MiB -block-time 250ms
# CAIRN_DEMO_SIZE and CAIRN_DEMO_BLOCK_TIME do the same from the environment.
# Exits non-zero if any step fails; the work directory is kept then.
set -euo pipefail
cd "$(dirname "$0")/.."

CAIRN=${CAIRN:-bin/cairn}
[[ -x $CAIRN ]] || { echo "demo: $CAIRN not built: run make build" >&2; exit 1; }
export GOTOOLCHAIN=${GOTOOLCHAIN:-local} GOFLAGS=${GOFLAGS:--buildvcs=false}

work=$(mktemp -d "${TMPDIR:-/tmp}/cairn-demo-XXXXXX")
status=1
cleanup() {
  # The driver tears the devnet down itself (also on Ctrl-C); this is the
  # safety net if it was killed: stop whatever devnet.json still lists.
  if [[ -f $work/devnet/devnet.json ]]; then
    "$CAIRN" devnet down --dir "$work/devnet" --log-level error >/dev/null 2>&1 || true
  fi
  if [[ $status -eq 0 ]]; then
    rm -rf "$work"
  else
    echo "demo: logs kept in $work" >&2
  fi
}
trap cleanup EXIT

go build -o "$work/demo" ./internal/demo
"$work/demo" -cairn "$CAIRN" -dir "$work" "$@" && status=0 || status=$?
exit "$status"
