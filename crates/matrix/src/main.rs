//! `gostack-matrix`: the differential panic matrix.
//!
//! ```text
//! gostack-matrix gen SEED                      print the program for SEED
//! gostack-matrix run --bin target/release/gostack --seeds 0..1000 [--jobs 2]
//!                    [--keep testdata/matrix] [--reduce] [--exclude N,M]
//! gostack-matrix reduce --bin ... (--seed N | FILE) --out testdata/matrix/NAME.go
//! ```
//!
//! `run` prints one `DISAGREE seed N: ...` line per disagreement and ends
//! with `N agreed, M disagreed` (plus `K invalid` for programs real Go did
//! not build). Exit status 0 iff nothing disagreed.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use clap::{Parser, Subcommand};
use matrix::{absolute, describe, diff, generate, generate_with, parse_range, scratch, Params, Runner, BUILD_FAILED};

#[derive(Parser)]
#[command(name = "gostack-matrix", about = "Differential defer/panic/recover matrix: gostack vs real Go")]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(clap::Args, Clone)]
struct Common {
    /// The gostack binary under test.
    #[arg(long, default_value = "target/release/gostack")]
    bin: PathBuf,
    /// The Go toolchain (default: `go` on PATH).
    #[arg(long)]
    go: Option<PathBuf>,
    /// Per-run timeout in seconds.
    #[arg(long, default_value_t = 10.0)]
    timeout: f64,
}

#[derive(Subcommand)]
enum Cmd {
    /// Print the program generated from SEED.
    Gen {
        seed: u64,
        /// Generator features to leave out (as for `run --without`).
        #[arg(long, value_delimiter = ',')]
        without: Vec<String>,
    },
    /// Run seeds under gostack and real Go and compare.
    Run {
        #[command(flatten)]
        common: Common,
        /// Seeds: A..B (end excluded), A..=B, or N.
        #[arg(long, default_value = "0..100")]
        seeds: String,
        /// Programs checked in parallel.
        #[arg(long, short, default_value_t = 1)]
        jobs: usize,
        /// Save each disagreeing program (reduced with --reduce) in this
        /// folder as matrix_SEED.go, with expectations blessed from real Go.
        #[arg(long)]
        keep: Option<PathBuf>,
        /// Reduce disagreements before keeping them.
        #[arg(long)]
        reduce: bool,
        /// Generator features to leave out (comma-separated; see `FEATURES`
        /// in gen.rs), e.g. to look past a known disagreement.
        #[arg(long, value_delimiter = ',')]
        without: Vec<String>,
        /// Programs per `go build` (1: one build per program). Batches are a
        /// screen: every disagreement is confirmed with its own build.
        #[arg(long, default_value_t = 40)]
        batch: usize,
        /// Seeds not to run (comma-separated).
        #[arg(long, value_delimiter = ',')]
        exclude: Vec<u64>,
    },
    /// Reduce one disagreeing program and keep it, blessed from real Go.
    Reduce {
        #[command(flatten)]
        common: Common,
        /// The program to reduce (or use --seed).
        file: Option<PathBuf>,
        #[arg(long)]
        seed: Option<u64>,
        /// Where to write the reduced program (expectation files beside it).
        #[arg(long)]
        out: PathBuf,
    },
}

fn find_go(common: &Common) -> Result<PathBuf, String> {
    common.go.clone().or_else(golden::find_go).ok_or_else(|| "real Go is needed: `go` is not on PATH (or pass --go)".to_string())
}

/// Writes `src` to `out` and blesses its expectation files from real Go.
fn keep(out: &std::path::Path, src: &str, go: &std::path::Path, timeout: Duration) -> Result<(), String> {
    if let Some(d) = out.parent() {
        std::fs::create_dir_all(d).map_err(|e| e.to_string())?;
    }
    std::fs::write(out, src).map_err(|e| format!("{}: {e}", out.display()))?;
    match golden::bless(&golden::Case::new(out), &golden::Runner::Go(go.to_path_buf()), timeout) {
        golden::Blessed::Problem(p) => Err(format!("blessing {}: {p}", out.display())),
        _ => Ok(()),
    }
}

fn main() {
    let cli = Cli::parse();
    let code = match cli.command {
        Cmd::Gen { seed, without } => {
            print!("{}", generate_with(seed, &Params { exclude: without, ..Params::default() }));
            0
        }
        Cmd::Run { common, seeds, jobs, keep: keep_dir, reduce, without, batch, exclude } => {
            let params = Params { exclude: without, ..Params::default() };
            match run(&common, &RunArgs { seeds, jobs, keep_dir, reduce, exclude, params, batch: batch.max(1) }) {
                Ok(c) => c,
                Err(e) => {
                    eprintln!("gostack-matrix: {e}");
                    2
                }
            }
        }
        Cmd::Reduce { common, file, seed, out } => match reduce_one(&common, file, seed, &out) {
            Ok(()) => 0,
            Err(e) => {
                eprintln!("gostack-matrix: {e}");
                2
            }
        },
    };
    std::process::exit(code);
}

fn reduce_one(common: &Common, file: Option<PathBuf>, seed: Option<u64>, out: &std::path::Path) -> Result<(), String> {
    let go = find_go(common)?;
    let src = match (file, seed) {
        (Some(f), _) => std::fs::read_to_string(&f).map_err(|e| format!("{}: {e}", f.display()))?,
        (None, Some(s)) => generate(s),
        (None, None) => return Err("give a FILE or --seed".into()),
    };
    let timeout = Duration::from_secs_f64(common.timeout);
    let mut r = Runner::new(absolute(&common.bin), Some(go.clone()), scratch("reduce"), timeout).map_err(|e| e.to_string())?;
    let (w, g) = r.both(&src)?;
    if diff(&w, &g).is_empty() {
        return Err("the program does not disagree".into());
    }
    eprintln!("before: {} lines; {}", src.lines().count(), describe(&w, &g));
    let small = r.reduce(&src);
    let (w, g) = r.both(&small)?;
    eprintln!("after: {} lines; {}", small.lines().count(), describe(&w, &g));
    let _ = std::fs::remove_dir_all(&r.dir);
    keep(out, &small, &go, timeout)
}

/// The `run` subcommand's options, past the common ones.
struct RunArgs {
    seeds: String,
    jobs: usize,
    keep_dir: Option<PathBuf>,
    reduce: bool,
    exclude: Vec<u64>,
    params: Params,
    batch: usize,
}

/// What the workers of `run` count.
#[derive(Default)]
struct Tally {
    agreed: usize,
    disagreed: usize,
    /// Programs real Go did not build or run.
    invalid: usize,
    disagreeing: Vec<u64>,
    /// Programs whose Go output holds an address (not comparable).
    skipped: usize,
}

/// What every worker of `run` shares: the counts, and how to keep a
/// disagreeing program.
struct Shared<'s> {
    tally: Mutex<Tally>,
    /// Real Go's outcomes by kind (exit code, `panic`/`fatal error`).
    exits: Mutex<BTreeMap<String, usize>>,
    keep_dir: Option<&'s Path>,
    go: &'s Path,
    timeout: Duration,
    reduce: bool,
}

fn run(common: &Common, args: &RunArgs) -> Result<i32, String> {
    let go = find_go(common)?;
    let range = parse_range(&args.seeds)?;
    let bin = absolute(&common.bin);
    if !bin.is_file() {
        return Err(format!("{}: no such gostack binary", bin.display()));
    }
    let (timeout, batch) = (Duration::from_secs_f64(common.timeout), args.batch);
    let seeds: Vec<u64> = range.filter(|s| !args.exclude.contains(s)).collect();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let shared = Shared {
        tally: Mutex::new(Tally::default()),
        exits: Mutex::new(BTreeMap::new()),
        keep_dir: args.keep_dir.as_deref(),
        go: &go,
        timeout,
        reduce: args.reduce,
    };
    let start = Instant::now();
    std::thread::scope(|s| {
        for w in 0..args.jobs.max(1) {
            let (bin, next, seeds, shared, params) = (&bin, &next, &seeds, &shared, &args.params);
            s.spawn(move || {
                let mut r = match Runner::new(bin.clone(), Some(shared.go.to_path_buf()), scratch(&format!("w{w}")), timeout) {
                    Ok(r) => r,
                    Err(e) => {
                        eprintln!("gostack-matrix: scratch folder: {e}");
                        return;
                    }
                };
                loop {
                    let i = next.fetch_add(batch, std::sync::atomic::Ordering::Relaxed);
                    if i >= seeds.len() {
                        break;
                    }
                    let chunk = &seeds[i..(i + batch).min(seeds.len())];
                    let srcs: Vec<String> = chunk.iter().map(|&s| generate_with(s, params)).collect();
                    // Screen with one build for the chunk (falls back to one
                    // build per program if the chunk does not build).
                    let screened = if batch > 1 { r.go_batch(&srcs).ok() } else { None };
                    for (k, (&seed, src)) in chunk.iter().zip(&srcs).enumerate() {
                        let mut res = match &screened {
                            Some(v) => v[k].clone().and_then(|w| Ok((w, r.gostack(src)?))),
                            None => r.both(src),
                        };
                        if screened.is_some() && res.as_ref().map_or(true, |(w, g)| !diff(w, g).is_empty()) {
                            // Confirm with a real single-program build.
                            res = r.both(src);
                        }
                        report(seed, src, res, &mut r, shared);
                    }
                }
                let _ = std::fs::remove_dir_all(&r.dir);
            });
        }
    });
    let t = shared.tally.into_inner().unwrap();
    let mut ds = t.disagreeing.clone();
    ds.sort_unstable();
    if !ds.is_empty() {
        println!("disagreeing seeds: {}", ds.iter().map(|s| s.to_string()).collect::<Vec<_>>().join(","));
    }
    let ex = shared.exits.into_inner().unwrap();
    println!("real Go outcomes: {}", ex.iter().map(|(k, v)| format!("{k}: {v}")).collect::<Vec<_>>().join(", "));
    println!("{:.0}s for {} programs", start.elapsed().as_secs_f64(), seeds.len());
    if t.skipped > 0 {
        println!("{} programs skipped: Go printed an address", t.skipped);
    }
    if t.invalid > 0 {
        println!("{} agreed, {} disagreed, {} invalid", t.agreed, t.disagreed, t.invalid);
    } else {
        println!("{} agreed, {} disagreed", t.agreed, t.disagreed);
    }
    Ok(if t.disagreed == 0 && t.invalid == 0 { 0 } else { 1 })
}

/// Counts and prints the result of one seed; keeps (and reduces) a
/// disagreeing program when asked.
fn report(seed: u64, src: &str, res: Result<(matrix::Outcome, matrix::Outcome), String>, r: &mut Runner, shared: &Shared) {
    if let Ok((want, _)) = &res {
        let key = match want.exit {
            Some(2) => want
                .head
                .iter()
                .find(|l| l.starts_with("panic: ") || l.starts_with("fatal error: "))
                .map_or("2".into(), |l| format!("2 {}", l.split(':').next().unwrap_or(""))),
            e => format!("{e:?}"),
        };
        *shared.exits.lock().unwrap().entry(key).or_default() += 1;
    }
    let mut t = shared.tally.lock().unwrap();
    match res {
        Ok((want, got)) if diff(&want, &got).is_empty() => t.agreed += 1,
        Ok((want, _)) if matrix::has_address(&want) => {
            // Go printed an address (a value with neither Error nor String
            // method, or a fatal error's raw value): not comparable.
            t.skipped += 1;
            println!("SKIP seed {seed}: address in Go's output");
        }
        Ok((want, got)) => {
            t.disagreed += 1;
            t.disagreeing.push(seed);
            println!("DISAGREE seed {seed}: {}", describe(&want, &got));
            drop(t);
            if let Some(dir) = shared.keep_dir {
                let small = if shared.reduce { r.reduce(src) } else { src.to_owned() };
                let out = dir.join(format!("matrix_{seed}.go"));
                match keep(&out, &small, shared.go, shared.timeout) {
                    Err(e) => println!("  (not kept: {e})"),
                    Ok(()) => println!("  kept {}", out.display()),
                }
            }
        }
        Err(e) => {
            t.invalid += 1;
            let e = if e.starts_with(BUILD_FAILED) { e.lines().take(3).collect::<Vec<_>>().join(" | ") } else { e };
            println!("INVALID seed {seed}: {e}");
        }
    }
    let _ = std::io::stdout().flush();
}
