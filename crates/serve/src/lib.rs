//! `gostack serve`: the classroom view of `gostack show` as a local web
//! server. A browser gets an editor page; Run records the program and the
//! step-through view appears beside it. The `*.go` files of a folder are
//! listed as lessons.
//!
//! ```text
//!  browser ──HTTP──► acceptor ──┬─ GET /, /lesson/NAME ───────► editor page (inline)
//!                   (tiny_http) ├─ POST /highlight ──► quick ──► coloured source
//!                               └─ POST /run, GET /lesson/NAME/view
//!                                        │ bounded queue (503 when full)
//!                                        ▼
//!                                 N workers (N = cores), each waits for one
//!                                 `gostack show -o - prog.go` child process
//! ```
//!
//! Every run is a child process of the same `gostack` binary, so a run
//! cannot take the server down with it (an internal error, an abort) and
//! has `run`'s sandbox and then some: an empty environment, an empty
//! temporary working directory, standard input closed, no arguments but
//! the program's name. Its limits are `show`'s flags (steps, heap, output,
//! recorded steps, wall time); the worker also kills a child that outlives
//! its wall-time limit by [`GRACE`] (a compile that never ends).
//!
//! The server prints nothing: [`Config::log`] gets one line per run.
//!
//! ```no_run
//! let cfg = serve::Config { gostack: "target/debug/gostack".into(), ..Default::default() };
//! let server = serve::Server::bind(cfg).unwrap();
//! println!("http://{}/", server.local_addr());
//! server.run() // until the process ends
//! ```

pub mod lessons;
pub mod page;
mod runner;

use std::collections::HashMap;
use std::io::Read;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender, TrySendError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tiny_http::{Header, Method, Request, Response};

pub use runner::GRACE;

/// The limits of one run from the browser (the flags of `gostack serve`).
#[derive(Clone, Debug)]
pub struct Limits {
    /// `--max-steps` of the run.
    pub max_steps: u64,
    /// `--max-heap` of the run, in bytes.
    pub max_heap: u64,
    /// `--max-output`: bytes of stdout and stderr together.
    pub max_output: u64,
    /// `--max-record`: steps recorded (the view's length).
    pub max_record: usize,
    /// `--max-wall`: real time of the run.
    pub max_wall: Duration,
    /// Bytes of program source accepted (larger: 413).
    pub max_source: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_steps: 50_000_000,
            max_heap: 256 << 20,
            max_output: 1 << 20,
            max_record: 20_000,
            max_wall: Duration::from_secs(10),
            max_source: 64 << 10,
        }
    }
}

/// How to serve.
#[derive(Clone, Debug)]
pub struct Config {
    /// Where to listen (`127.0.0.1:8080`; port 0 picks a free port).
    pub addr: String,
    /// The folder whose `*.go` files are the lessons.
    pub lessons: Option<PathBuf>,
    /// The `gostack` binary that records each run (`gostack show`).
    pub gostack: PathBuf,
    pub limits: Limits,
    /// Runs at once (default: the number of cores).
    pub workers: usize,
    /// Runs that may wait for a worker; one more is answered 503.
    pub max_queue: usize,
    /// Called with one line per run (and per refused request).
    pub log: Option<fn(&str)>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            addr: "127.0.0.1:8080".into(),
            lessons: None,
            gostack: PathBuf::from("gostack"),
            limits: Limits::default(),
            workers: std::thread::available_parallelism().map_or(2, |n| n.get()),
            max_queue: 64,
            log: None,
        }
    }
}

/// A request that needs a worker.
enum Job {
    /// `POST /run`: the body is the program.
    Run(Request),
    /// `GET /lesson/NAME/view`: record a lesson.
    Lesson(Request, lessons::Lesson),
    /// `POST /highlight`: colour the body (the quick queue).
    Highlight(Request),
}

impl Job {
    fn request(self) -> Request {
        match self {
            Job::Run(r) | Job::Lesson(r, _) | Job::Highlight(r) => r,
        }
    }
}

/// What the acceptor and the workers share.
struct Shared {
    cfg: Config,
    /// Recorded lesson pages, by file name. A class opening one lesson
    /// runs it once.
    cache: Mutex<HashMap<String, Cached>>,
}

/// A recorded lesson page and the lesson file's (modified, length) when it
/// was recorded ([`lessons::stamp`]).
struct Cached {
    stamp: (std::time::SystemTime, u64),
    page: Arc<Vec<u8>>,
}

/// Bytes of lesson pages kept; past it the cache starts over.
const CACHE_BYTES: usize = 64 << 20;

/// A bound server: [`Server::run`] serves until the process ends.
pub struct Server {
    http: Arc<tiny_http::Server>,
    shared: Arc<Shared>,
    runs: SyncSender<Job>,
    quick: SyncSender<Job>,
}

impl Server {
    /// bind opens the listening socket and starts the workers (they wait
    /// for jobs; nothing is answered before `run`).
    pub fn bind(cfg: Config) -> Result<Server, String> {
        let http = tiny_http::Server::http(cfg.addr.as_str()).map_err(|e| format!("listen on {}: {e}", cfg.addr))?;
        let workers = cfg.workers.max(1);
        let shared = Arc::new(Shared { cfg, cache: Mutex::new(HashMap::new()) });
        let (runs, rx) = sync_channel::<Job>(shared.cfg.max_queue);
        spawn_workers("gostack-run", workers, rx, &shared)?;
        // Highlighting is quick but reads a body: two threads of its own, so
        // a slow client never holds up the acceptor or a run.
        let (quick, qrx) = sync_channel::<Job>(256);
        spawn_workers("gostack-highlight", 2, qrx, &shared)?;
        Ok(Server { http: Arc::new(http), shared, runs, quick })
    }

    /// The address the server listens on (the real port when asked for 0).
    pub fn local_addr(&self) -> SocketAddr {
        self.http.server_addr().to_ip().unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 0)))
    }

    /// run answers requests until the process ends. A failed `accept`
    /// (too many open files, a connection reset before it was taken) is
    /// logged and the server goes on.
    pub fn run(self) -> ! {
        loop {
            match self.http.recv() {
                Ok(req) => self.route(req),
                Err(e) => {
                    log(&self.shared.cfg, &format!("accepting a connection: {e}"));
                    std::thread::sleep(Duration::from_millis(50));
                }
            }
        }
    }

    /// route answers the cheap requests itself and queues the rest.
    fn route(&self, req: Request) {
        let path = req.url().split(['?', '#']).next().unwrap_or("/").to_string();
        let get = matches!(req.method(), Method::Get | Method::Head);
        let post = *req.method() == Method::Post;
        let cfg = &self.shared.cfg;
        match path.as_str() {
            "/" if get => respond(req, html(200, page::editor(cfg, &self.lessons(), None))),
            "/run" if post => self.enqueue(Job::Run(req)),
            "/highlight" if post => {
                if let Err(TrySendError::Full(job) | TrySendError::Disconnected(job)) = self.quick.try_send(Job::Highlight(req)) {
                    respond(job.request(), Response::from_string("busy").with_status_code(503));
                }
            }
            "/favicon.ico" => respond(req, Response::from_string("").with_status_code(204)),
            "/" | "/run" | "/highlight" => respond(req, message(405, "Method not allowed", "This address does not take that method.")),
            p if p.starts_with("/lesson/") && get => {
                let rest = &p["/lesson/".len()..];
                let (name, view) = match rest.strip_suffix("/view") {
                    Some(n) => (n, true),
                    None => (rest, false),
                };
                let name = page::percent_decode(name);
                let all = self.lessons();
                match all.iter().find(|l| l.name == name) {
                    None => respond(req, message(404, "No such lesson", &format!("There is no lesson named {name:?}."))),
                    Some(l) if view => self.enqueue(Job::Lesson(req, l.clone())),
                    Some(l) => match lessons::read(l, cfg.limits.max_source) {
                        Ok(src) => respond(req, html(200, page::editor(cfg, &all, Some((l, &src))))),
                        Err(e) => respond(req, message(500, "Cannot read the lesson", &e)),
                    },
                }
            }
            _ => respond(req, message(404, "Not found", &format!("Nothing is served at {path}."))),
        }
    }

    fn lessons(&self) -> Vec<lessons::Lesson> {
        self.shared.cfg.lessons.as_deref().map(lessons::list).unwrap_or_default()
    }

    /// enqueue hands a run to the workers, or answers 503 when the queue
    /// is full.
    fn enqueue(&self, job: Job) {
        match self.runs.try_send(job) {
            Ok(()) => {}
            Err(TrySendError::Full(job) | TrySendError::Disconnected(job)) => {
                let req = job.request();
                let n = self.shared.cfg.max_queue;
                log(&self.shared.cfg, &format!("busy: {n} runs waiting, request refused (503)"));
                respond(
                    req,
                    message(
                        503,
                        "The server is busy",
                        &format!("{n} runs are already waiting for their turn. Press Run again in a moment."),
                    )
                    .with_header(header("Retry-After", "2")),
                );
            }
        }
    }
}

fn spawn_workers(name: &str, n: usize, rx: Receiver<Job>, shared: &Arc<Shared>) -> Result<(), String> {
    let rx = Arc::new(Mutex::new(rx));
    for i in 0..n {
        let (rx, shared) = (rx.clone(), shared.clone());
        std::thread::Builder::new()
            .name(format!("{name}-{i}"))
            .spawn(move || worker(&shared, &rx))
            .map_err(|e| format!("start a worker thread: {e}"))?;
    }
    Ok(())
}

/// worker takes jobs off the queue until the server is dropped.
fn worker(shared: &Shared, rx: &Mutex<Receiver<Job>>) {
    loop {
        let job = rx.lock().unwrap_or_else(|e| e.into_inner()).recv();
        match job {
            Ok(Job::Run(req)) => run_posted(shared, req),
            Ok(Job::Lesson(req, lesson)) => run_lesson(shared, req, &lesson),
            Ok(Job::Highlight(req)) => highlight(shared, req),
            Err(_) => return,
        }
    }
}

/// The program of a `POST /run`: the form field `src` (a body of
/// `application/x-www-form-urlencoded` starting `src=`: what the editor's
/// form sends) or else the whole body as text (`curl --data-binary
/// @prog.go`, which says it is a form too). Line ends are made `\n` (a
/// form sends CRLF).
fn read_program(req: &mut Request, max_source: usize) -> Result<String, (u16, String)> {
    // Form encoding takes up to three bytes per byte of source.
    let cap = max_source.saturating_mul(3) + 1024;
    let too_large = |n: usize| (413, format!("The program is too large: {n} bytes. The limit is {max_source} bytes (--max-source)."));
    if req.body_length().is_some_and(|n| n > cap) {
        return Err(too_large(req.body_length().unwrap_or(0)));
    }
    let form = req
        .headers()
        .iter()
        .any(|h| h.field.equiv("Content-Type") && h.value.as_str().to_ascii_lowercase().starts_with("application/x-www-form-urlencoded"));
    let mut body = Vec::new();
    if let Err(e) = req.as_reader().take(cap as u64 + 1).read_to_end(&mut body) {
        return Err((400, format!("Reading the request failed: {e}.")));
    }
    if body.len() > cap {
        return Err(too_large(body.len()));
    }
    let src = if form && body.starts_with(b"src=") {
        form_urlencoded::parse(&body).find(|(k, _)| k == "src").map(|(_, v)| v.into_owned()).unwrap_or_default()
    } else {
        String::from_utf8(body).map_err(|_| (400, "The program is not UTF-8 text.".to_string()))?
    };
    let src = src.replace("\r\n", "\n");
    if src.len() > max_source {
        return Err(too_large(src.len()));
    }
    Ok(src)
}

fn run_posted(shared: &Shared, mut req: Request) {
    let cfg = &shared.cfg;
    let src = match read_program(&mut req, cfg.limits.max_source) {
        Ok(s) => s,
        Err((code, text)) => {
            log(cfg, &format!("run refused ({code}): {text}"));
            return respond(req, message(code, "The program was not run", &text));
        }
    };
    let t0 = Instant::now();
    let out = runner::record(&cfg.gostack, "prog.go", &src, &cfg.limits);
    finish_run(cfg, req, "prog.go", t0, out.map(Arc::new));
}

fn run_lesson(shared: &Shared, req: Request, lesson: &lessons::Lesson) {
    let cfg = &shared.cfg;
    let stamp = lessons::stamp(lesson);
    if let Some(stamp) = stamp {
        let hit =
            shared.cache.lock().unwrap_or_else(|e| e.into_inner()).get(&lesson.name).filter(|c| c.stamp == stamp).map(|c| c.page.clone());
        if let Some(page) = hit {
            return respond(req, run_page(page));
        }
    }
    let src = match lessons::read(lesson, cfg.limits.max_source) {
        Ok(s) => s,
        Err(e) => return respond(req, message(500, "Cannot read the lesson", &e)),
    };
    let t0 = Instant::now();
    let out = runner::record(&cfg.gostack, &lesson.name, &src, &cfg.limits).map(Arc::new);
    if let (Ok(page), Some(stamp)) = (&out, stamp) {
        let mut cache = shared.cache.lock().unwrap_or_else(|e| e.into_inner());
        let bytes: usize = cache.values().map(|c| c.page.len()).sum();
        if bytes + page.len() > CACHE_BYTES {
            cache.clear();
        }
        cache.insert(lesson.name.clone(), Cached { stamp, page: page.clone() });
    }
    finish_run(cfg, req, &lesson.name, t0, out);
}

fn finish_run(cfg: &Config, req: Request, name: &str, t0: Instant, out: Result<Arc<Vec<u8>>, String>) {
    let ms = t0.elapsed().as_millis();
    match out {
        Ok(page) => {
            log(cfg, &format!("run {name}: {} bytes in {ms} ms", page.len()));
            respond(req, run_page(page));
        }
        Err(e) => {
            log(cfg, &format!("run {name} failed after {ms} ms: {e}"));
            respond(req, message(500, "The run failed", &e));
        }
    }
}

fn highlight(shared: &Shared, mut req: Request) {
    match read_program(&mut req, shared.cfg.limits.max_source) {
        Ok(src) => respond(
            req,
            Response::from_string(page::highlight_html(&src))
                .with_header(header("Content-Type", "text/html; charset=utf-8"))
                .with_header(header("Cache-Control", "no-store")),
        ),
        Err((code, text)) => respond(req, Response::from_string(text).with_status_code(code)),
    }
}

fn log(cfg: &Config, line: &str) {
    if let Some(f) = cfg.log {
        f(line);
    }
}

fn header(name: &str, value: &str) -> Header {
    // Both are ASCII constants of this file, which from_bytes accepts.
    Header::from_bytes(name.as_bytes(), value.as_bytes()).unwrap_or_else(|_| unreachable!("bad header {name}"))
}

type Page = Response<std::io::Cursor<Vec<u8>>>;

/// The security policy of every page: nothing is fetched from anywhere
/// else, and only the editor talks back to the server (`/highlight`, the
/// form, the view in its frame).
const POLICY: &str = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; \
                      connect-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'";

fn html(code: u16, text: String) -> Page {
    Response::from_string(text)
        .with_status_code(code)
        .with_chunked_threshold(usize::MAX)
        .with_header(header("Content-Type", "text/html; charset=utf-8"))
        .with_header(header("Content-Security-Policy", POLICY))
        .with_header(header("X-Content-Type-Options", "nosniff"))
        .with_header(header("Cache-Control", "no-store"))
}

/// A recorded run's page (shared bytes of the lesson cache).
fn run_page(page: Arc<Vec<u8>>) -> Page {
    let bytes = Arc::try_unwrap(page).unwrap_or_else(|p| (*p).clone());
    // Sent with its length (not chunked), so a browser can show progress.
    Response::from_data(bytes)
        .with_chunked_threshold(usize::MAX)
        .with_header(header("Content-Type", "text/html; charset=utf-8"))
        .with_header(header("Content-Security-Policy", POLICY))
        .with_header(header("X-Content-Type-Options", "nosniff"))
        .with_header(header("Cache-Control", "no-store"))
}

fn message(code: u16, title: &str, text: &str) -> Page {
    html(code, page::message(title, text))
}

/// respond sends a response; a client that went away is not an error.
fn respond<R: Read>(req: Request, resp: Response<R>) {
    let _ = req.respond(resp);
}
