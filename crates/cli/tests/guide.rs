//! The guide reproduces (issue 11, point 8): every transcript in
//! `docs/inspecting.md` (and the example in `docs/trace-format.md`) is
//! rerun with the freshly built `gostack` and compared byte for byte.
//!
//! In those files:
//!
//! * A **transcript** is a fenced block whose first line is
//!   `$ gostack ARGS...`, optionally ending with `< FILE` (standard input
//!   read from FILE: how the debugger sessions are fed their commands). The
//!   command runs from the repository root with exactly those arguments;
//!   the rest of the block is what it wrote, standard output and standard
//!   error interleaved as on a terminal, followed by `[exit status N]` when
//!   N is not 0.
//! * A **listing** is a fenced block right after a `<!-- file: PATH -->`
//!   line: it must be PATH's content (PATH from the repository root).
//! * A file a transcript's command writes (`-o PATH`, `--output PATH`,
//!   `--unwind-report PATH`) goes to a scratch folder; when PATH is relative
//!   (a committed file, such as the guide's SVG drawings) the file must
//!   equal it. The scratch path is written back as PATH in the output.
//!
//! One normalisation: the checkout's absolute path (which tracebacks print
//! in front of the program's file name) is written `$ROOT`. Nothing else is
//! rewritten: addresses and pcs are deterministic.
//!
//! `BLESS=1 cargo test -p cli --test guide` regenerates: it reruns every
//! command and rewrites the transcripts, listings and written files in
//! place, leaving the prose around them untouched. Read the diff.
//!
//! Also checked: every file in `docs/guide/` (the debugger scripts and
//! drawings the guide uses) is named by the guide.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use libtest_mimic::{Arguments, Failed, Trial};

/// The documents whose transcripts are checked.
const DOCS: &[&str] = &["docs/inspecting.md", "docs/trace-format.md"];

/// Flags followed by the path of a file the command writes.
const OUTPUT_FLAGS: &[&str] = &["-o", "--output", "--unwind-report"];

const REGENERATE: &str = "regenerate with `BLESS=1 cargo test -p cli --test guide` and read `git diff docs`";

fn root() -> PathBuf {
    let r = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    r.canonicalize().unwrap_or(r)
}

#[derive(Clone, Debug)]
enum Kind {
    /// The command line after `$ `.
    Transcript(String),
    /// The listed file.
    File(String),
}

/// A checked block: its body is `lines[body.0..body.1]` of the document.
#[derive(Clone, Debug)]
struct Block {
    doc: &'static str,
    /// 1-based line of the block's first content line.
    line: usize,
    kind: Kind,
    body: (usize, usize),
}

/// The document's lines (with their newlines) and its checked blocks.
fn parse(doc: &'static str, text: &str) -> Result<(Vec<String>, Vec<Block>), String> {
    let lines: Vec<String> = text.split_inclusive('\n').map(str::to_string).collect();
    let mut blocks = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if !lines[i].starts_with("```") {
            i += 1;
            continue;
        }
        let open = i;
        let close = (open + 1..lines.len())
            .find(|&j| lines[j].trim_end() == "```")
            .ok_or_else(|| format!("{doc}:{}: unclosed code block", open + 1))?;
        let first = lines.get(open + 1).map(|l| l.trim_end()).unwrap_or("");
        let marker = open.checked_sub(1).map(|p| lines[p].trim());
        if let Some(path) = marker.and_then(|m| m.strip_prefix("<!-- file:")).and_then(|m| m.strip_suffix("-->")) {
            blocks.push(Block { doc, line: open + 2, kind: Kind::File(path.trim().to_string()), body: (open + 1, close) });
        } else if let Some(cmd) = first.strip_prefix("$ ") {
            if cmd.starts_with("gostack ") {
                blocks.push(Block { doc, line: open + 2, kind: Kind::Transcript(cmd.to_string()), body: (open + 2, close) });
            }
        }
        i = close + 1;
    }
    Ok((lines, blocks))
}

/// A transcript's command: gostack's arguments and the file given as its
/// standard input.
struct Cmd {
    args: Vec<String>,
    stdin: Option<String>,
}

fn parse_cmd(line: &str) -> Result<Cmd, String> {
    let mut words = line.split_whitespace();
    if words.next() != Some("gostack") {
        return Err(format!("`{line}`: a transcript runs gostack"));
    }
    let (mut args, mut stdin) = (Vec::new(), None);
    while let Some(w) = words.next() {
        if w == "<" {
            stdin = Some(words.next().ok_or("`<` without a file")?.to_string());
        } else if w.contains(['|', '>', '<', '&', ';', '"', '\'', '$', '`', '*']) {
            return Err(format!("`{line}`: only plain words and `< FILE` are supported, not `{w}`"));
        } else {
            args.push(w.to_string());
        }
    }
    Ok(Cmd { args, stdin })
}

/// What a command produced: its output as the guide shows it, and the
/// files it wrote (by the path the guide names).
struct Outcome {
    text: String,
    files: Vec<(String, Vec<u8>)>,
}

fn normalize(root: &str, bytes: &[u8]) -> Vec<u8> {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.replace(root, "$ROOT").into_bytes(),
        Err(_) => bytes.to_vec(),
    }
}

fn run(root: &Path, line: &str) -> Result<Outcome, String> {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let cmd = parse_cmd(line)?;
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let scratch = std::env::temp_dir().join(format!("gostack-guide-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&scratch).map_err(|e| e.to_string())?;
    let result = run_in(root, &cmd, &scratch);
    let _ = std::fs::remove_dir_all(&scratch);
    result
}

fn run_in(root: &Path, cmd: &Cmd, scratch: &Path) -> Result<Outcome, String> {
    let mut args = cmd.args.clone();
    let mut written: Vec<(String, PathBuf)> = Vec::new();
    for i in 1..args.len() {
        if OUTPUT_FLAGS.contains(&args[i - 1].as_str()) && args[i] != "-" {
            let tmp = scratch.join(format!("out{i}"));
            written.push((std::mem::replace(&mut args[i], tmp.display().to_string()), tmp));
        }
    }
    let out_path = scratch.join("output");
    let out = std::fs::File::create(&out_path).map_err(|e| e.to_string())?;
    let stdin = match &cmd.stdin {
        Some(f) => Stdio::from(std::fs::File::open(root.join(f)).map_err(|e| format!("{f}: {e}"))?),
        None => Stdio::null(),
    };
    let status = Command::new(env!("CARGO_BIN_EXE_gostack"))
        .args(&args)
        .current_dir(root)
        .env_remove("GOTRACEBACK")
        .env_remove("GODEBUG")
        .env_remove("GOSTACK_NO_PEEPHOLE")
        .stdin(stdin)
        .stdout(out.try_clone().map_err(|e| e.to_string())?)
        .stderr(out)
        .status()
        .map_err(|e| e.to_string())?;
    let root_text = root.display().to_string();
    let mut text = std::fs::read_to_string(&out_path).map_err(|e| format!("the output is not UTF-8: {e}"))?;
    for (orig, tmp) in &written {
        text = text.replace(&tmp.display().to_string(), orig);
    }
    let mut text = String::from_utf8(normalize(&root_text, text.as_bytes())).unwrap_or_default();
    if !text.is_empty() && !text.ends_with('\n') {
        return Err(format!("the output does not end with a newline (a transcript could not show it):\n{text}"));
    }
    match status.code() {
        Some(0) => {}
        Some(c) => text.push_str(&format!("[exit status {c}]\n")),
        None => text.push_str("[killed by a signal]\n"),
    }
    let mut files = Vec::new();
    for (orig, tmp) in written {
        let bytes = std::fs::read(&tmp).map_err(|e| format!("{orig} was not written: {e}"))?;
        files.push((orig, normalize(&root_text, &bytes)));
    }
    Ok(Outcome { text, files })
}

fn diff(want: &str, got: &str, what: &str) -> String {
    let d = similar::TextDiff::from_lines(want, got);
    format!("{}", d.unified_diff().context_radius(3).header(&format!("{what} (in the docs)"), &format!("{what} (gostack now)")))
}

/// The check of one block.
fn check(root: &Path, b: &Block, body: &str) -> Result<(), Failed> {
    let at = format!("{}:{}", b.doc, b.line);
    match &b.kind {
        Kind::File(path) => {
            let want = std::fs::read_to_string(root.join(path)).map_err(|e| format!("{at}: {path}: {e}"))?;
            if want != body {
                return Err(format!("{at}: the listing differs from {path}; {REGENERATE}\n{}", diff(body, &want, path)).into());
            }
        }
        Kind::Transcript(cmd) => {
            let got = run(root, cmd).map_err(|e| format!("{at}: `{cmd}`: {e}"))?;
            let mut msg = String::new();
            if got.text != body {
                msg.push_str(&format!("{at}: the transcript of `{cmd}` differs; {REGENERATE}\n{}", diff(body, &got.text, "transcript")));
            }
            for (path, bytes) in &got.files {
                if Path::new(path).is_absolute() {
                    continue;
                }
                let want = std::fs::read(root.join(path)).unwrap_or_default();
                if &want != bytes {
                    let (w, g) = (String::from_utf8_lossy(&want), String::from_utf8_lossy(bytes));
                    msg.push_str(&format!("{at}: `{cmd}` writes {path} differently; {REGENERATE}\n{}", diff(&w, &g, path)));
                }
            }
            if !msg.is_empty() {
                return Err(msg.into());
            }
        }
    }
    Ok(())
}

/// `f` of every item, on as many threads as there are cores.
fn parallel<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let mut got: Vec<(usize, R)> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        mine.push((i, f(item)));
                    }
                    mine
                })
            })
            .collect();
        workers.into_iter().flat_map(|w| w.join().unwrap_or_default()).collect()
    });
    assert_eq!(got.len(), items.len(), "a worker thread panicked");
    got.sort_by_key(|(i, _)| *i);
    got.into_iter().map(|(_, r)| r).collect()
}

/// `BLESS=1`: rerun everything and rewrite the blocks (and written files).
fn bless(root: &Path) -> Result<(), String> {
    for &doc in DOCS {
        let text = std::fs::read_to_string(root.join(doc)).map_err(|e| format!("{doc}: {e}"))?;
        let (lines, blocks) = parse(doc, &text)?;
        let job = |b: &Block| match &b.kind {
            Kind::File(path) => std::fs::read_to_string(root.join(path)).map_err(|e| format!("{path}: {e}")),
            Kind::Transcript(cmd) => {
                let got = run(root, cmd)?;
                for (path, bytes) in &got.files {
                    if !Path::new(path).is_absolute() {
                        std::fs::write(root.join(path), bytes).map_err(|e| format!("{path}: {e}"))?;
                    }
                }
                Ok(got.text)
            }
        };
        let results = parallel(&blocks, job);
        let mut out = String::new();
        let mut next = 0;
        for (b, r) in blocks.iter().zip(results) {
            let body = r.map_err(|e| format!("{}:{}: {e}", b.doc, b.line))?;
            out.extend(lines[next..b.body.0].iter().cloned());
            out.push_str(&body);
            next = b.body.1;
        }
        out.extend(lines[next..].iter().cloned());
        if out != text {
            std::fs::write(root.join(doc), out).map_err(|e| format!("{doc}: {e}"))?;
            eprintln!("updated {doc}");
        }
    }
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let root = root();
    if std::env::var("BLESS").is_ok_and(|v| v == "1") {
        if let Err(e) = bless(&root) {
            eprintln!("BLESS failed: {e}");
            std::process::exit(1);
        }
    }
    let mut trials = Vec::new();
    let mut all_text = String::new();
    for &doc in DOCS {
        let text = std::fs::read_to_string(root.join(doc)).unwrap_or_default();
        let parsed = parse(doc, &text);
        all_text.push_str(&text);
        let (lines, blocks) = match parsed {
            Ok(x) => x,
            Err(e) => {
                trials.push(Trial::test(format!("{doc}: parse"), move || Err(e.into())));
                continue;
            }
        };
        if blocks.is_empty() {
            trials.push(Trial::test(format!("{doc}: has transcripts"), move || Err(format!("{doc}: no transcript found").into())));
        }
        for b in blocks {
            let body: String = lines[b.body.0..b.body.1].concat();
            let name = match &b.kind {
                Kind::Transcript(cmd) => format!("{}:{}: {cmd}", b.doc, b.line),
                Kind::File(path) => format!("{}:{}: listing of {path}", b.doc, b.line),
            };
            let root = root.clone();
            trials.push(Trial::test(name, move || check(&root, &b, &body)));
        }
    }
    let guide_dir = root.join("docs/guide");
    trials.push(Trial::test("docs/guide: every file is used", move || {
        let mut unused = Vec::new();
        for e in std::fs::read_dir(&guide_dir).map_err(|e| e.to_string())?.flatten() {
            let name = format!("guide/{}", e.file_name().to_string_lossy());
            if !all_text.contains(&name) {
                unused.push(name);
            }
        }
        unused.sort();
        if unused.is_empty() {
            Ok(())
        } else {
            Err(format!("not named by the docs: {}", unused.join(", ")).into())
        }
    }));
    libtest_mimic::run(&args, trials).exit();
}
