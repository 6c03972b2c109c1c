//! benchmarks live in benches/
