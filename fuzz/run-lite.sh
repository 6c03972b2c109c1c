#!/bin/sh
# Sustained fuzz-lite run: restarts gostack-fuzz-lite after an uncatchable
# abort (stack overflow, allocation failure), keeping the input that caused it
# as OUT/abort_<seed>.go (OUT/hang_<seed>.go when an execution hangs). Memory is capped (ulimit -v) so a runaway
# allocation aborts instead of exhausting the machine.
#   fuzz/run-lite.sh SECONDS OUT [CORPUS...]
# Total executions: sum of the "N executions" lines in the log (aborted runs
# print a progress line every 60 s).
set -u
secs=${1:-600}; out=${2:-testdata/crashers}; shift 2 || true
bin=${FUZZ_LITE_BIN:-target/release/gostack-fuzz-lite}
mkdir -p "$out"
end=$(( $(date +%s) + secs ))
seed=${FUZZ_SEED:-1}
while [ "$(date +%s)" -lt "$end" ]; do
  left=$(( end - $(date +%s) ))
  ( ulimit -v 3000000; "$bin" --seconds "$left" --seed "$seed" --out "$out" "$@" )
  rc=$?
  if [ $rc -ne 0 ] && [ -f "$out/.current.go" ]; then
    kind=abort; [ $rc -eq 3 ] && kind=hang
    mv "$out/.current.go" "$out/${kind}_$seed.go"
    echo "ABORT seed $seed (exit $rc): $out/${kind}_$seed.go"
  fi
  seed=$((seed + 1))
done
