//! Links the `gostack` executable as a position-dependent executable on
//! GNU/Linux: a PIE's loader applies ~21,000 relative relocations at every
//! start, writing (and so copying) every page of its ~400 KB of relocated
//! read-only data; a fixed-address executable has none of them
//! (docs/performance.md, "Start-up"). The code is compiled as PIC all the
//! same, which a fixed-address link accepts.
fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" {
        println!("cargo:rustc-link-arg-bin=gostack=-no-pie");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
