//! The fixtures in tests/fixtures/ are written by tests/support/scenarios.rs
//! and must follow docs/recording-format.md. `BLESS=1 cargo test -p show
//! --test fixtures` rewrites them; review the diff as you would code.

mod support;

use std::path::PathBuf;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

#[test]
fn fixtures_are_current() {
    let bless = std::env::var_os("BLESS").is_some();
    let mut stale = vec![];
    for (name, rec) in support::scenarios::all() {
        support::validate::check(&rec).unwrap_or_else(|e| panic!("{name}: {e}"));
        let text = serde_json::to_string_pretty(&rec).unwrap() + "\n";
        let path = dir().join(format!("{name}.json"));
        if bless {
            std::fs::write(&path, &text).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            stale.push(name);
        }
    }
    assert!(stale.is_empty(), "stale fixtures {stale:?}: run BLESS=1 cargo test -p show --test fixtures");
}

#[test]
fn every_fixture_follows_the_format() {
    if std::env::var_os("BLESS").is_some() {
        return; // fixtures_are_current is rewriting them right now
    }
    for entry in std::fs::read_dir(dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let rec: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            support::validate::check(&rec).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        }
    }
}

#[test]
fn the_long_recording_follows_the_format() {
    let rec = support::synth::big(3000);
    assert_eq!(rec["steps"].as_array().unwrap().len(), 3000);
    support::validate::check(&rec).unwrap();
}
