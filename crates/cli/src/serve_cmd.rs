//! `gostack serve`: the classroom view as a local web server (the server
//! itself is the `serve` crate; this is its command line).

use std::path::PathBuf;

/// Serve an editor page: type or paste a Go program, Run, and step
/// through the run in the view of `gostack show`. The programs of DIR are
/// listed as lessons. Every run is a separate `gostack show` process with
/// the limits below and `run`'s sandbox; runs from many browsers go in
/// parallel up to --jobs and wait in a queue beyond.
#[derive(clap::Args, Debug)]
pub struct ServeArgs {
    /// A folder whose `*.go` files are listed as lessons.
    pub dir: Option<PathBuf>,
    /// Where to listen. The default answers this computer only; give
    /// `0.0.0.0:8080` to share with a classroom network (anyone who can
    /// reach the port can run programs: within the limits and the
    /// sandbox).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: String,
    /// Runs at once (default: the number of cores).
    #[arg(long)]
    pub jobs: Option<usize>,
    /// Runs that may wait for their turn; past it a run is refused with
    /// "the server is busy" (503).
    #[arg(long, default_value_t = 64)]
    pub max_queue: usize,
    /// Steps of the VM per run (as for `run`).
    #[arg(long, default_value_t = 50_000_000)]
    pub max_steps: u64,
    /// Bytes of heap per run (as for `run`).
    #[arg(long, value_name = "BYTES", default_value_t = 256 << 20, value_parser = crate::run_cmd::parse_size)]
    pub max_heap: u64,
    /// Bytes of output (stdout and stderr together) per run.
    #[arg(long, value_name = "BYTES", default_value_t = 1 << 20, value_parser = crate::run_cmd::parse_size)]
    pub max_output: u64,
    /// Steps recorded per run (the view's length; as for `show`).
    #[arg(long, default_value_t = 20_000)]
    pub max_record: usize,
    /// Real time per run (`10s`, `500ms`, `1m`).
    #[arg(long, visible_alias = "timeout", value_name = "TIME", default_value = "10s", value_parser = crate::run_cmd::parse_duration)]
    pub max_wall: std::time::Duration,
    /// Bytes of program source accepted.
    #[arg(long, default_value_t = 64 << 10)]
    pub max_source: usize,
}

fn log_line(line: &str) {
    eprintln!("gostack serve: {line}");
}

pub fn run(args: ServeArgs) -> i32 {
    let gostack = match std::env::current_exe() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("gostack serve: cannot find the gostack binary to run programs with: {e}");
            return 1;
        }
    };
    if let Some(dir) = &args.dir {
        if !dir.is_dir() {
            eprintln!("gostack serve: {}: not a folder", dir.display());
            return 1;
        }
    }
    let mut cfg = serve::Config {
        addr: args.addr.clone(),
        lessons: args.dir.clone(),
        gostack,
        limits: serve::Limits {
            max_steps: args.max_steps,
            max_heap: args.max_heap,
            max_output: args.max_output,
            max_record: args.max_record,
            max_wall: args.max_wall,
            max_source: args.max_source,
        },
        max_queue: args.max_queue,
        log: Some(log_line),
        ..Default::default()
    };
    if let Some(j) = args.jobs {
        cfg.workers = j.max(1);
    }
    let workers = cfg.workers;
    let server = match serve::Server::bind(cfg) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("gostack serve: {e}");
            return 1;
        }
    };
    let addr = server.local_addr();
    let lessons = match &args.dir {
        Some(d) => format!(", lessons from {}", d.display()),
        None => String::new(),
    };
    // The one line on stdout: tests and scripts read the address from it.
    println!("gostack serve: http://{addr}/");
    eprintln!("gostack serve: {workers} runs at once{lessons}; Ctrl+C stops the server");
    if addr.ip().is_unspecified() {
        eprintln!("gostack serve: listening on every network interface: anyone who can reach port {} can run programs", addr.port());
    }
    server.run()
}
