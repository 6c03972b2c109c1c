#!/bin/sh
# Builds the libFuzzer targets without cargo-fuzz (what `cargo fuzz build`
# does, minus ASan: gostack forbids unsafe code). Needs a nightly toolchain.
#   fuzz/build-nightly.sh && T=$TARGET/x86_64-unknown-linux-gnu/release
#   $T/run CORPUS SEEDS -max_total_time=3600 -timeout=20 -rss_limit_mb=2048 -max_len=4096
#   $T/structured CORPUS -max_total_time=3600 -timeout=20
set -e
cd "$(dirname "$0")"
RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing -Cdebug-assertions -Coverflow-checks" \
CARGO_TARGET_DIR=${TARGET:-target} cargo +nightly build --release --bins --target x86_64-unknown-linux-gnu
