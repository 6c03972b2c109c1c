//! The lessons: the `*.go` files of the folder given to `gostack serve`,
//! listed by name in the editor page. The folder is read again for every
//! page, so a teacher can add a lesson during class.
//!
//! A lesson is only ever found by its name in this listing, never by
//! joining a name from the address to the folder: `/lesson/../x` names no
//! lesson.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// One lesson file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lesson {
    /// The file name, `defer.go`.
    pub name: String,
    pub path: PathBuf,
    /// The text of the file's first line when it is a `//` comment
    /// (without the slashes), shown under the name.
    pub about: String,
}

impl Lesson {
    /// The name without `.go`, as the list shows it.
    pub fn title(&self) -> &str {
        self.name.strip_suffix(".go").unwrap_or(&self.name)
    }
}

/// The lessons of `dir`, sorted by name: its `*.go` files whose names can
/// be passed to a command safely (not starting with `-` or `.`, no control
/// characters). An unreadable folder has none.
pub fn list(dir: &Path) -> Vec<Lesson> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut out: Vec<Lesson> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file() || t.is_symlink()))
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let ok = name.ends_with(".go") && name.len() > 3 && !name.starts_with(['-', '.']) && !name.chars().any(char::is_control);
            ok.then(|| Lesson { about: about(&e.path()), path: e.path(), name })
        })
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

/// The first line of the file when it is a `//` comment (of the first
/// 200 bytes).
fn about(path: &Path) -> String {
    use std::io::Read;
    let mut head = Vec::new();
    if let Ok(f) = std::fs::File::open(path) {
        let _ = f.take(200).read_to_end(&mut head);
    }
    let text = String::from_utf8_lossy(&head);
    let first = text.lines().next().unwrap_or("");
    first.trim().strip_prefix("//").map(|t| t.trim().to_string()).unwrap_or_default()
}

/// The lesson's text, at most `max` bytes.
pub fn read(lesson: &Lesson, max: usize) -> Result<String, String> {
    let bytes = std::fs::read(&lesson.path).map_err(|e| format!("reading {}: {e}", lesson.name))?;
    if bytes.len() > max {
        return Err(format!("{} is {} bytes; the limit is {max} bytes (--max-source)", lesson.name, bytes.len()));
    }
    String::from_utf8(bytes).map(|s| s.replace("\r\n", "\n")).map_err(|_| format!("{} is not UTF-8 text", lesson.name))
}

/// When the file last changed and its length: a recorded page of the
/// lesson is good while both stay the same.
pub fn stamp(lesson: &Lesson) -> Option<(SystemTime, u64)> {
    let m = std::fs::metadata(&lesson.path).ok()?;
    Some((m.modified().ok()?, m.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_go_files_safely() {
        let dir = std::env::temp_dir().join(format!("gostack-lessons-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("sub.go")).unwrap();
        for (name, text) in [
            ("b.go", "// Deferred calls\npackage main\n"),
            ("a.go", "package main\n"),
            ("-rf.go", "package main\n"),
            (".hidden.go", "package main\n"),
            ("notes.txt", "x"),
        ] {
            std::fs::write(dir.join(name), text).unwrap();
        }
        let got = list(&dir);
        let names: Vec<&str> = got.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names, ["a.go", "b.go"]);
        assert_eq!(got[1].about, "Deferred calls");
        assert_eq!(got[1].title(), "b");
        assert_eq!(read(&got[0], 1000).unwrap(), "package main\n");
        assert!(read(&got[0], 5).unwrap_err().contains("the limit is 5 bytes"));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
