//! A `gostack serve` child process on a free loopback port, and a minimal
//! HTTP/1.0 client for it (the tests' side only: the server is tiny_http).

#![allow(dead_code)] // each test binary uses part of it

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Stdio};
use std::time::Duration;

/// A running server, killed when dropped.
pub struct Serve {
    child: Child,
    _stdout: BufReader<ChildStdout>,
    /// `127.0.0.1:PORT`
    pub addr: String,
    pub dir: PathBuf,
}

/// A scratch folder for lessons, empty.
pub fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("gostack-serve-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

impl Serve {
    /// start runs `gostack serve --addr 127.0.0.1:0 DIR FLAGS...` with the
    /// extra environment `env`, and waits for its address.
    pub fn start(dir: &Path, flags: &[&str], env: &[(&str, &str)]) -> Serve {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_gostack"));
        cmd.args(["serve", "--addr", "127.0.0.1:0"]).arg(dir).args(flags);
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        stdout.read_line(&mut line).unwrap();
        let addr = line
            .trim()
            .strip_prefix("gostack serve: http://")
            .and_then(|a| a.strip_suffix('/'))
            .unwrap_or_else(|| panic!("no address in {line:?}"))
            .to_string();
        Serve { child, _stdout: stdout, addr, dir: dir.to_path_buf() }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    pub fn get(&self, path: &str) -> Reply {
        request(&self.addr, "GET", path, "", b"")
    }

    /// run posts a program as the body of `/run`.
    pub fn run(&self, src: &str) -> Reply {
        request(&self.addr, "POST", "/run", "text/plain; charset=utf-8", src.as_bytes())
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A response: status, headers (lower-case names) and body.
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// The recording inside a page of `gostack show` (plain or gzipped).
    pub fn recording(&self) -> serde_json::Value {
        recording(&self.body)
            .unwrap_or_else(|| panic!("no recording in a {} reply: {}", self.status, &self.body[..self.body.len().min(2000)]))
    }
}

pub fn request(addr: &str, method: &str, path: &str, ctype: &str, body: &[u8]) -> Reply {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(120))).unwrap();
    let mut head = format!("{method} {path} HTTP/1.0\r\nHost: {addr}\r\nContent-Length: {}\r\n", body.len());
    if !ctype.is_empty() {
        head.push_str(&format!("Content-Type: {ctype}\r\n"));
    }
    head.push_str("\r\n");
    s.write_all(head.as_bytes()).unwrap();
    s.write_all(body).unwrap();
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).unwrap();
    let text = String::from_utf8_lossy(&buf).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status = lines.next().and_then(|l| l.split(' ').nth(1)).and_then(|c| c.parse().ok()).unwrap_or(0);
    let headers = lines.filter_map(|l| l.split_once(':')).map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string())).collect();
    Reply { status, headers, body: body.to_string() }
}

/// The recording element's document, decoded as the viewer does.
pub fn recording(page: &str) -> Option<serde_json::Value> {
    let start = page.find("id=\"gostack-recording\">")? + "id=\"gostack-recording\">".len();
    let end = start + page[start..].find("</script>")?;
    let text = &page[start..end];
    let mut rec: serde_json::Value = if page[..start].contains("application/gzip+base64\" id=\"gostack-recording") {
        use base64::Engine as _;
        let bytes = base64::engine::general_purpose::STANDARD.decode(text.trim()).ok()?;
        let mut json = String::new();
        flate2::read::GzDecoder::new(&bytes[..]).read_to_string(&mut json).ok()?;
        serde_json::from_str(&json).ok()?
    } else {
        serde_json::from_str(text).ok()?
    };
    // Compact steps written out, one element a step.
    show::record::expand_steps(&mut rec);
    Some(rec)
}

/// The program's output in a recording: every chunk, (stream, text).
pub fn output(rec: &serde_json::Value) -> Vec<(String, String)> {
    rec["output"]
        .as_array()
        .map(|a| a.iter().map(|c| (c[0].as_str().unwrap_or("").to_string(), c[1].as_str().unwrap_or("").to_string())).collect())
        .unwrap_or_default()
}

/// stdout (or stderr) of a recording, joined.
pub fn stream(rec: &serde_json::Value, which: &str) -> String {
    output(rec).into_iter().filter(|(s, _)| s == which).map(|(_, t)| t).collect()
}
