//! Link options for the `gostack` binary.
//!
//! The binary is a position-independent executable (address-space
//! randomisation matters: `gostack serve` runs programs sent from browsers).
//! A PIE's ~21,000 relative relocations, stored as 24-byte RELA entries, are
//! half a megabyte the loader reads at every start: about a fifth of a
//! hello-world run's instructions and a hundred page faults. `-z
//! pack-relative-relocs` stores them as DT_RELR bitmaps (a few KB) that
//! glibc (2.36 and later) applies in a tight loop; the executable stays a
//! PIE. Only on GNU/Linux, where GNU ld (2.38 and later) and glibc know it.
fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
