//! Writes the viewer page for a recording file, until `gostack show` does:
//! `cargo run -p show --example page -- recording.json out.html`.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        eprintln!("usage: page RECORDING.json OUT.html");
        std::process::exit(2);
    };
    let json = std::fs::read_to_string(input).unwrap_or_else(|e| panic!("{input}: {e}"));
    let title = std::path::Path::new(input).file_stem().map_or("recording".into(), |s| s.to_string_lossy().into_owned());
    std::fs::write(output, show::page(&title, &json)).unwrap_or_else(|e| panic!("{output}: {e}"));
}
