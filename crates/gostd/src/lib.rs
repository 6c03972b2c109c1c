//! `gostd`: pure, dependency-free Rust implementations of the Go standard
//! library's value-formatting and parsing algorithms, for the gostack VM.
//!
//! Nothing here knows about VM types: plain Rust values go in (integers,
//! `f64`/`f32`, byte slices standing for Go strings, `u32`/`char` runes) and
//! `String`/`Vec<u8>`/`Result` come out. Go strings may hold invalid UTF-8,
//! so every function that takes a Go string accepts `impl AsRef<[u8]>`
//! (`&str`, `&[u8]`, `Vec<u8>` ...) and functions whose output may contain
//! arbitrary bytes write to a `Vec<u8>`.
//!
//! Modules (one concept each):
//! - [`strconv`]: Go's `strconv` package: `FormatInt`/`FormatUint`/`FormatFloat`
//!   (shortest and fixed precision, all verbs), `ParseInt`/`ParseUint`/
//!   `ParseFloat`/`Atoi`/`ParseBool` with Go's exact syntax and [`strconv::NumError`]
//!   messages, `Quote*`/`Unquote*`/`CanBackquote`/`IsPrint`/`IsGraphic`.
//! - [`runtime_print`]: how Go's runtime prints values for the `print`/`println`
//!   builtins and for panic values (`panic: main.Reason("x")`).
//! - [`fmt`]: the primitives of Go's `fmt` package: [`fmt::Flags`], a format-string
//!   parser ([`fmt::parse_format`]) and an exact `doPrintf` driver ([`fmt::do_printf`])
//!   over an argument trait, single-operand formatters for integers, floats,
//!   complex numbers, strings, byte slices and bools, padding, and the `%!verb(...)`
//!   error forms.
//! - [`utf8`]: Go's `unicode/utf8` over byte slices, with `RuneError` (U+FFFD, width 1)
//!   for invalid encodings.
//! - [`strings`]: the Unicode-sensitive parts of Go's `strings` package (`Map`,
//!   `ToUpper`/`ToLower`/`ToTitle`, `EqualFold`, `Fields`, `TrimSpace`,
//!   `ToValidUTF8`, `IndexRune`) over byte slices.
//! - [`unicode`]: Go's `unicode` predicates and case mappings, driven by tables
//!   generated from the real Go toolchain (`gen/gentables.go`).
//!
//! # Provenance and tests
//!
//! The algorithms are ports of the Go 1.27 sources (`strconv`, `fmt`,
//! `unicode/utf8`, `strings`, `runtime/print.go`, `runtime/error.go`). Unicode
//! tables (`src/tables.rs`) come from `gen/gentables.go`; the expected outputs in
//! `tests/data/` come from `gen/gentests.go` + `gen/genprintf.go`, run with real
//! Go (go1.27.3). Go is not needed to build or test. To regenerate:
//!
//! ```text
//! cd crates/gostd/gen
//! go run gentables.go > ../src/tables.rs
//! go run gentests.go genprintf.go
//! ```
//!
//! `tests/common/mod.rs` shows how a VM implements [`fmt::PrintfArgs`] for its
//! operands on top of the `fmt_*` primitives.

pub mod fmt;
pub mod runtime_print;
pub mod strconv;
pub mod strings;
mod tables;
pub mod unicode;
pub mod utf8;
