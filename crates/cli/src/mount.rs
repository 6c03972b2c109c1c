//! `--mount HOST:GUEST[:ro]`: a host directory read into the sandbox.
//!
//! The tree is read once, before the program starts, into a
//! [`runtime::Mount`] that the sandbox's file system lays out read-only at
//! GUEST. The program never touches the host: it sees a snapshot, and
//! nothing outside the mounted directory is read. Symbolic links are
//! followed only to files inside the mount (their canonical target must lie
//! under HOST's); other links, and special files, are left out.

use std::path::{Path, PathBuf};

/// Everything one run's mounts may hold, in bytes.
const MOUNT_BUDGET: u64 = 256 << 20;

/// A parsed `--mount` argument.
#[derive(Clone, Debug)]
pub struct MountSpec {
    pub host: PathBuf,
    pub guest: String,
}

/// `HOST:GUEST` or `HOST:GUEST:ro`, for clap.
pub fn parse_mount(text: &str) -> Result<MountSpec, String> {
    let (rest, mode) = match text.rsplit_once(':') {
        Some((r, m)) if m == "ro" || m == "rw" => (r, m),
        _ => (text, "ro"),
    };
    if mode == "rw" {
        return Err("writable mounts (:rw) are not supported: a mount is a read-only snapshot of HOST".into());
    }
    let Some((host, guest)) = rest.split_once(':') else { return Err(format!("invalid mount {text:?} (want HOST:GUEST[:ro])")) };
    if host.is_empty() || !guest.starts_with('/') {
        return Err(format!("invalid mount {text:?} (want HOST:GUEST[:ro], GUEST an absolute path)"));
    }
    if guest.split('/').any(|p| p == "..") {
        return Err(format!("invalid mount {text:?} (GUEST must not contain ..)"));
    }
    Ok(MountSpec { host: PathBuf::from(host), guest: guest.to_string() })
}

/// Reads the tree of `spec.host`, taking at most `budget` bytes of file
/// contents (what is taken is subtracted).
pub fn read_mount(spec: &MountSpec, budget: &mut u64) -> Result<runtime::Mount, String> {
    let root = spec.host.canonicalize().map_err(|e| format!("--mount {}: {e}", spec.host.display()))?;
    if !root.is_dir() {
        return Err(format!("--mount {}: not a directory", spec.host.display()));
    }
    let guest = spec.guest.trim_end_matches('/').to_string();
    let mut m = runtime::Mount { guest: if guest.is_empty() { "/".into() } else { guest }, ..Default::default() };
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
        assert!(parse_mount("data:/data:rw").unwrap_err().contains("not supported"));
        assert!(parse_mount("data:rel").is_err());
        assert!(parse_mount("data:/a/../b").is_err());
        assert!(parse_mount("data").is_err());
    }
}
