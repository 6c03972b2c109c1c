//! The `gostack` binary: the only place that prints to the terminal or exits.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};

#[derive(Parser)]
#[command(name = "gostack", version, about = "A Go interpreter whose runtime models Go's own stacks, defer, panic and recover")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a Go program (`-` reads it from standard input).
    Run(gostack_cli::run_cmd::RunArgs),
    // The help text is TraceArgs' doc comment (it has a long part).
    Trace(gostack_cli::trace_cmd::TraceArgs),
    /// Debug a Go program: breakpoints, stepping, frames, the _defer and _panic chains.
    Debug(gostack_cli::debug_cmd::DebugArgs),
    /// Record a run and write a step-through web page (or one step as SVG).
    Show(gostack_cli::show_cmd::ShowArgs),
    /// Serve an editor page: type a program, Run, and step through it (lessons from DIR).
    Serve(gostack_cli::serve_cmd::ServeArgs),
    /// Parse Go files and folders without running them; report syntax errors.
    Parse {
        /// Files or folders (searched recursively, skipping `testdata`).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Print nothing but the summary line and errors.
        #[arg(short, long)]
        quiet: bool,
    },
    /// Run tests: Go test packages (folders or files with _test.go files) as
    /// `go test` does, else golden cases (each X.go's output against its
    /// expectation files).
    Test(golden::TestArgs),
    /// Print a shell completion script (`gostack completions bash >
    /// /etc/bash_completion.d/gostack`; zsh: a `_gostack` file on $fpath;
    /// fish: ~/.config/fish/completions/gostack.fish).
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print gostack's man page (roff, from these definitions):
    /// `gostack man > /usr/local/share/man/man1/gostack.1`; `gostack man
    /// test` prints the page of one subcommand (gostack-test.1).
    Man {
        /// A subcommand whose page to print instead.
        subcommand: Option<String>,
    },
    /// Print the version.
    Version,
}

/// A Rust panic is an internal invariant failure: report it as gostack's own
/// `fatal error: ...` (exit 2, like Go's fatal errors), never as a Rust
/// backtrace.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        use std::io::Write;
        let p = info.payload();
        let msg = p
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| p.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "internal invariant failed".into());
        let at = info.location().map(|l| format!(" [{}:{}]", l.file(), l.line())).unwrap_or_default();
        if golden::inproc::in_case() {
            // A golden case run in this process: its run reports it.
            golden::inproc::record_panic(format!(
                "fatal error: gostack internal error: {msg}{at}\n\nThis is a bug in gostack, not in the Go program: please report it together with the program.\n"
            ));
            return;
        }
        let _ = writeln!(
            std::io::stderr(),
            "fatal error: gostack internal error: {msg}{at}\n\nThis is a bug in gostack, not in the Go program: please report it together with the program."
        );
        std::process::exit(2);
    }));
}

fn main() -> ExitCode {
    install_panic_hook();
    let cli = parse_cli(go_test_flags(std::env::args().collect()));
    // The compiler and fmt recurse over the program's structure: run on a
    // thread with a large (lazily committed) stack so deeply nested source
    // (thousands of operators or type levels) compiles instead of
    // overflowing the Rust stack.
    let worker = std::thread::Builder::new().stack_size(1 << 30).spawn(move || {
        // Walks over guest values (printing, ==, hashing) may use a quarter
        // of it before they end in Go's `fatal error: stack overflow`.
        runtime::hoststack::set_budget(256 << 20);
        dispatch(cli)
    });
    let code = match worker.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        // The panic hook has already reported it as gostack's fatal error.
        Ok(Err(_)) => 2,
        Err(_) => dispatch_fallback(),
    };
    ExitCode::from(code as u8)
}

/// Used only if a thread cannot be created: run nothing, report.
fn dispatch_fallback() -> i32 {
    eprintln!("gostack: cannot start the worker thread");
    2
}

/// `gostack test`: Go test packages (folders with `_test.go` files) as
/// `go test` runs them, else golden cases.
fn test(args: golden::TestArgs) -> i32 {
    use gostack_cli::gotest;
    if gotest::is_mixed(&args.paths) {
        eprintln!("gostack test: cannot mix Go test packages (folders or files with _test.go files) and golden cases in one run");
        return 2;
    }
    if !gotest::is_go_test(&args.paths) {
        if !args.mount.is_empty() {
            eprintln!("gostack test: --mount is for Go test packages; golden cases run in the sandbox as they are");
            return 2;
        }
        if args.trimpath {
            eprintln!("gostack test: -trimpath is for Go test packages; golden cases compare outputs with the paths normalised");
            return 2;
        }
        return golden::test_command_with(args, Some(golden::inproc::run_case));
    }
    let golden_only = [(args.bless, "--bless"), (args.junit.is_some(), "--junit"), (args.shard.is_some(), "--shard")];
    if let Some((_, flag)) = golden_only.iter().find(|f| f.0) {
        eprintln!("gostack test: {flag} is for golden cases; Go test packages take -run, -v, -json and --mount");
        return 2;
    }
    let timeout = args.timeout.filter(|t| *t > 0.0 && t.is_finite()).map(std::time::Duration::from_secs_f64);
    let mut specs = Vec::new();
    for m in &args.mount {
        match gostack_cli::mount::parse_mount(m) {
            Ok(s) => specs.push(s),
            Err(e) => {
                eprintln!("gostack test: --mount: {e}");
                return 2;
            }
        }
    }
    let mounts = match gostack_cli::mount::read_mounts(&specs) {
        Ok(m) => specs.into_iter().zip(m).collect(),
        Err(e) => {
            eprintln!("gostack: {e}");
            return 1;
        }
    };
    gotest::run(
        &args.paths,
        &gotest::Flags { run: args.run.clone(), verbose: args.verbose, json: args.json, timeout, mounts, trimpath: args.trimpath },
    )
}

/// `run`'s line in the subcommand list, as clap's derive makes it of the
/// doc comment on `Command::Run` (one sentence: its final period dropped).
const RUN_ABOUT: &str = "Run a Go program (`-` reads it from standard input)";

/// The command tree with only the `run` subcommand. Building the whole tree
/// (every subcommand's arguments) is most of clap's cost, a tenth of a
/// hello-world run's instructions, and `gostack run` is what people, the
/// classroom server and test suites start most; its arguments, help and
/// errors are the full tree's (`run_command_is_the_trees_run`).
fn run_command() -> clap::Command {
    use clap::Args;
    let root = clap::Command::new("gostack");
    // After augment_args, which sets RunArgs' own doc comment as the about.
    let run = gostack_cli::run_cmd::RunArgs::augment_args(clap::Command::new("run"));
    root.subcommand(run.about(RUN_ABOUT).long_about(None::<&str>))
}

/// The parsed command line: a `run` line against [`run_command`] alone,
/// any other against the whole tree.
fn parse_cli(argv: Vec<String>) -> Cli {
    use clap::FromArgMatches;
    if argv.get(1).map(String::as_str) == Some("run") {
        let matches = run_command().get_matches_from(&argv);
        if let Some(("run", sub)) = matches.subcommand() {
            match gostack_cli::run_cmd::RunArgs::from_arg_matches(sub) {
                Ok(args) => return Cli { command: Command::Run(args) },
                Err(e) => e.exit(),
            }
        }
    }
    Cli::parse_from(argv)
}

/// go test's single-dash flags (`-run X`, `-run=X`, `-json`, `-trimpath`;
/// `-v` is one) as clap's double-dash ones, for `gostack test`; and
/// `-trimpath` for `gostack run`, among the flags before the program (a
/// word after it is the program's argument).
fn go_test_flags(mut argv: Vec<String>) -> Vec<String> {
    match argv.get(1).map(String::as_str) {
        Some("test") => {
            for a in argv.iter_mut().skip(2) {
                for flag in ["run", "json", "trimpath"] {
                    if *a == format!("-{flag}") || a.starts_with(&format!("-{flag}=")) {
                        a.insert(0, '-');
                    }
                }
            }
        }
        Some("run") => {
            let cmd = run_command();
            let run = cmd.find_subcommand("run");
            // Whether `--name` (or `-x`) takes the next word as its value.
            let takes_value = |word: &str| {
                run.and_then(|r| {
                    r.get_arguments().find(|a| {
                        word.strip_prefix("--")
                            .is_some_and(|w| a.get_long() == Some(w) || a.get_all_aliases().is_some_and(|al| al.contains(&w)))
                    })
                })
                .is_some_and(|a| a.get_action().takes_values())
            };
            let mut i = 2;
            while i < argv.len() && argv[i].starts_with('-') && argv[i] != "-" && argv[i] != "--" {
                if argv[i] == "-trimpath" {
                    argv[i].insert(0, '-');
                }
                i += if !argv[i].contains('=') && takes_value(&argv[i]) { 2 } else { 1 };
            }
        }
        _ => {}
    }
    argv
}

/// Writes the man page of gostack, or of one of its subcommands.
fn man(sub: Option<&str>) -> i32 {
    let mut cmd = Cli::command();
    cmd.build();
    let page = match sub {
        None => cmd,
        Some(name) => match cmd.find_subcommand(name) {
            Some(c) => c.clone().name(&*String::leak(format!("gostack-{name}"))),
            None => {
                eprintln!("gostack man: no subcommand {name:?}");
                return 2;
            }
        },
    };
    let mut text = Vec::new();
    match clap_mangen::Man::new(page).render(&mut text) {
        Ok(()) => print_all(&text),
        Err(e) => {
            eprintln!("gostack man: {e}");
            1
        }
    }
}

/// Writes generated text to stdout; a closed pipe (`| head`) ends the
/// command quietly, as it ends other tools.
fn print_all(text: &[u8]) -> i32 {
    use std::io::Write;
    match std::io::stdout().lock().write_all(text) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("gostack: {e}");
            1
        }
        _ => 0,
    }
}

fn dispatch(cli: Cli) -> i32 {
    match cli.command {
        Command::Run(args) => gostack_cli::run_cmd::run(args),
        Command::Trace(args) => gostack_cli::trace_cmd::run(args),
        Command::Debug(args) => gostack_cli::debug_cmd::run(args),
        Command::Show(args) => gostack_cli::show_cmd::run(args),
        Command::Serve(args) => gostack_cli::serve_cmd::run(args),
        Command::Parse { paths, quiet } => gostack_cli::parse_cmd::run(&paths, quiet),
        Command::Test(args) => test(args),
        Command::Completions { shell } => {
            let mut text = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "gostack", &mut text);
            print_all(&text)
        }
        Command::Man { subcommand } => man(subcommand.as_deref()),
        Command::Version => {
            println!("gostack version {} (go1.27 semantics)", env!("CARGO_PKG_VERSION"));
            0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `run` subcommand parsed alone is the tree's: same about line,
    /// same arguments, same help text.
    #[test]
    fn run_command_is_the_trees_run() {
        let mut tree = Cli::command();
        tree.build();
        let mut alone = run_command();
        alone.build();
        let (Some(a), Some(b)) = (tree.find_subcommand_mut("run"), alone.find_subcommand_mut("run")) else {
            panic!("no run subcommand");
        };
        assert_eq!(a.render_long_help().to_string(), b.render_long_help().to_string());
        assert_eq!(a.render_usage().to_string(), b.render_usage().to_string());
    }
}
