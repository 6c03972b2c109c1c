#!/usr/bin/env bash
# benches/compare.sh - our interpreter side by side with native Go.
#
# Runs ../shared/bench/compare.sh (the shared harness: interleaved runs,
# medians, output checked against native Go) with CANDIDATE set to our
# release binary, GO set to the local toolchain, and go-run left out, then
# prints the ratio column per program. Everything the shared script accepts
# passes through (ONLY, RUNS, WARMUP, MEM=1, CSV, ...).
#
#   benches/compare.sh                      # the 13 shared programs
#   ONLY="fib loop" RUNS=9 benches/compare.sh
#   SUITE=local benches/compare.sh          # benches/programs/*.go (adds the adversarial ones)
#   BIN=/work/target-perf/release/gostack benches/compare.sh
#
# Build first: cargo build --release (or set BIN).

set -u -o pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
SHARED=${SHARED:-$ROOT/../shared/bench}
BIN=${BIN:-${CARGO_TARGET_DIR:-$ROOT/target}/release/gostack}
[ -x "$BIN" ] || { echo "benches/compare.sh: $BIN not built (cargo build --release)" >&2; exit 2; }
if [ "${SUITE:-shared}" = local ]; then
  export PROG_DIR=$HERE/programs EXPECTED_DIR=$HERE/expected
fi
export GO=${GO:-go} GOTOOLCHAIN=${GOTOOLCHAIN:-local} GOPROXY=${GOPROXY:-off} GORUN=${GORUN:-0}
export CANDIDATE="$BIN run"
# LUA=lua5.4 adds the Lua twins of fib, loop and sieve (benches/lua/).
export LUA_DIR=${LUA_DIR:-$HERE/lua}
if [ -x "$SHARED/compare.sh" ]; then
  exec "$SHARED/compare.sh"
else
  exec bash "$SHARED/compare.sh"
fi
