//! `--mount HOST:GUEST[:ro|:rw]`: a host directory read into the sandbox.
//!
//! The tree is read once, before the program starts, into a
//! [`runtime::Mount`] that the sandbox's file system lays out at GUEST,
//! read-only by default. The program never touches the host: it sees a
//! snapshot, and nothing outside the mounted directory is read. Symbolic
//! links are followed only to files inside the mount (their canonical
//! target must lie under HOST's); other links, and special files, are left
//! out.
//!
//! A `:rw` mount is writable inside the sandbox, and when the run ends
//! [`write_back`] brings its regular files to HOST: new and changed files
//! are written, files the program removed are removed. It writes only
//! under HOST's canonical path, never through a symbolic link (a link on
//! the way or at the file is left alone and reported), and it does not
//! create or remove empty directories.

use std::path::{Path, PathBuf};

/// Everything one run's mounts may hold, in bytes.
const MOUNT_BUDGET: u64 = 256 << 20;

/// A parsed `--mount` argument.
#[derive(Clone, Debug)]
pub struct MountSpec {
    pub host: PathBuf,
    pub guest: String,
    /// `:rw`.
    pub writable: bool,
}

/// `HOST:GUEST`, `HOST:GUEST:ro` or `HOST:GUEST:rw`, for clap.
pub fn parse_mount(text: &str) -> Result<MountSpec, String> {
    let (rest, mode) = match text.rsplit_once(':') {
        Some((r, m)) if m == "ro" || m == "rw" => (r, m),
        _ => (text, "ro"),
    };
    let Some((host, guest)) = rest.split_once(':') else { return Err(format!("invalid mount {text:?} (want HOST:GUEST[:ro|:rw])")) };
    if host.is_empty() || !guest.starts_with('/') {
        return Err(format!("invalid mount {text:?} (want HOST:GUEST[:ro|:rw], GUEST an absolute path)"));
    }
    if guest.split('/').any(|p| p == "..") {
        return Err(format!("invalid mount {text:?} (GUEST must not contain ..)"));
    }
    Ok(MountSpec { host: PathBuf::from(host), guest: guest.to_string(), writable: mode == "rw" })
}

/// Reads the tree of `spec.host`, taking at most `budget` bytes of file
/// contents (what is taken is subtracted).
pub fn read_mount(spec: &MountSpec, budget: &mut u64) -> Result<runtime::Mount, String> {
    let root = spec.host.canonicalize().map_err(|e| format!("--mount {}: {e}", spec.host.display()))?;
    if !root.is_dir() {
        return Err(format!("--mount {}: not a directory", spec.host.display()));
    }
    let guest = spec.guest.trim_end_matches('/').to_string();
    let mut m = runtime::Mount { guest: if guest.is_empty() { "/".into() } else { guest }, writable: spec.writable, ..Default::default() };
    let mut todo = vec![(root.clone(), m.guest.clone())];
    while let Some((dir, gdir)) = todo.pop() {
        let rd = std::fs::read_dir(&dir).map_err(|e| format!("--mount {}: {e}", dir.display()))?;
        let mut entries: Vec<_> = rd.filter_map(|e| e.ok()).collect();
        entries.sort_by_key(|e| e.file_name());
        for e in entries {
            let Some(name) = e.file_name().to_str().map(str::to_string) else { continue };
            let path = e.path();
            let gpath = format!("{}/{name}", gdir.trim_end_matches('/'));
            let Ok(meta) = std::fs::symlink_metadata(&path) else { continue };
            let ft = meta.file_type();
            if ft.is_dir() {
                m.dirs.push((gpath.clone(), mode_of(&meta)));
                todo.push((path, gpath));
            } else if ft.is_file() {
                m.files.push((gpath, mode_of(&meta), read_file(&path, meta.len(), budget)?));
            } else if ft.is_symlink() {
                // Only to a file inside the mount: nothing outside HOST is read.
                let Ok(target) = path.canonicalize() else { continue };
                let Ok(tmeta) = std::fs::metadata(&target) else { continue };
                if target.starts_with(&root) && tmeta.is_file() {
                    m.files.push((gpath, mode_of(&tmeta), read_file(&target, tmeta.len(), budget)?));
                }
            }
        }
    }
    Ok(m)
}

fn read_file(path: &Path, len: u64, budget: &mut u64) -> Result<Vec<u8>, String> {
    if len > *budget {
        return Err(format!("--mount: the mounted files pass {} MiB (at {})", MOUNT_BUDGET >> 20, path.display()));
    }
    let b = std::fs::read(path).map_err(|e| format!("--mount {}: {e}", path.display()))?;
    *budget = budget.saturating_sub(b.len() as u64);
    Ok(b)
}

#[cfg(unix)]
fn mode_of(meta: &std::fs::Metadata) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    meta.permissions().mode() & 0o777
}

#[cfg(not(unix))]
fn mode_of(meta: &std::fs::Metadata) -> u32 {
    if meta.is_dir() {
        0o755
    } else {
        0o644
    }
}

/// Brings the changes a run made under a `:rw` mount to the host:
/// `snapshot` is what [`read_mount`] read, `files` the sandbox's regular
/// files at the end (absolute guest paths). Returns what could not be done
/// (each a message); what could be done is done.
pub fn write_back(spec: &MountSpec, snapshot: &runtime::Mount, files: &[(String, Vec<u8>)]) -> Vec<String> {
    let mut problems = Vec::new();
    let root = match spec.host.canonicalize() {
        Ok(r) => r,
        Err(e) => return vec![format!("--mount {}: {e}", spec.host.display())],
    };
    let prefix = if snapshot.guest == "/" { "/".to_string() } else { format!("{}/", snapshot.guest) };
    let rel = |guest: &str| guest.strip_prefix(&prefix).map(str::to_string);
    let before: std::collections::HashMap<String, &Vec<u8>> =
        snapshot.files.iter().filter_map(|(p, _, data)| Some((rel(p)?, data))).collect();
    let mut after = std::collections::HashSet::new();
    for (path, data) in files {
        let Some(r) = rel(path) else { continue };
        after.insert(r.clone());
        if before.get(&r).is_some_and(|old| *old == data) {
            continue;
        }
        if let Err(e) = write_host(&root, &r, data) {
            problems.push(format!("--mount {}: write {r}: {e}", spec.host.display()));
        }
    }
    for r in before.keys().filter(|r| !after.contains(*r)) {
        let host = root.join(r);
        let removed = safe_dirs(&root, r, false).and_then(|()| match std::fs::symlink_metadata(&host) {
            Ok(m) if m.file_type().is_symlink() => Err("a symbolic link on the host".to_string()),
            Ok(_) => std::fs::remove_file(&host).map_err(|e| e.to_string()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(e.to_string()),
        });
        if let Err(e) = removed {
            problems.push(format!("--mount {}: remove {r}: {e}", spec.host.display()));
        }
    }
    problems.sort();
    problems
}

/// Checks that every directory of `rel` under `root` is a real directory
/// (no symbolic link), creating the missing ones when `create`.
fn safe_dirs(root: &Path, rel: &str, create: bool) -> Result<(), String> {
    let mut dir = root.to_path_buf();
    let parts: Vec<&str> = rel.split('/').collect();
    for part in &parts[..parts.len().saturating_sub(1)] {
        if part.is_empty() || *part == "." || *part == ".." {
            return Err(format!("bad path element {part:?}"));
        }
        dir.push(part);
        match std::fs::symlink_metadata(&dir) {
            Ok(m) if m.file_type().is_dir() => {}
            Ok(_) => return Err(format!("{} is not a directory on the host", dir.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && create => std::fs::create_dir(&dir).map_err(|e| e.to_string())?,
            Err(e) => return Err(e.to_string()),
        }
    }
    Ok(())
}

/// Writes `data` to `root/rel`, unless the file there is not a regular
/// file (a symbolic link is never followed).
fn write_host(root: &Path, rel: &str, data: &[u8]) -> Result<(), String> {
    safe_dirs(root, rel, true)?;
    let host = root.join(rel);
    match std::fs::symlink_metadata(&host) {
        Ok(m) if m.file_type().is_symlink() => return Err("a symbolic link on the host".into()),
        Ok(m) if !m.file_type().is_file() => return Err("not a regular file on the host".into()),
        _ => {}
    }
    std::fs::write(&host, data).map_err(|e| e.to_string())
}

/// Reads every mount of a run.
pub fn read_mounts(specs: &[MountSpec]) -> Result<Vec<runtime::Mount>, String> {
    let mut budget = MOUNT_BUDGET;
    specs.iter().map(|s| read_mount(s, &mut budget)).collect()
}

#[cfg(test)]
mod tests {
    use super::parse_mount;

    #[test]
    fn mount_specs() {
        let m = parse_mount("data:/data").unwrap();
        assert_eq!((m.host.to_str().unwrap(), m.guest.as_str()), ("data", "/data"));
        assert_eq!(parse_mount("/a/b:/x:ro").unwrap().guest, "/x");
        assert!(parse_mount("data:/data:rw").unwrap().writable);
        assert!(!parse_mount("data:/data:ro").unwrap().writable);
        assert!(parse_mount("data:rel").is_err());
        assert!(parse_mount("data:/a/../b").is_err());
        assert!(parse_mount("data").is_err());
    }
}
