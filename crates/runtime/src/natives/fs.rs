//! The sandbox's file system: each run has its own, in memory, empty but
//! for `/tmp` and the working directory (the host's working directory's
//! path, so that `os.Getwd` answers what `go run` would), both writable.
//! Nothing of the host is reachable: no host file is read or written.
//! `--mount` trees are snapshots the embedder read (`Options::mounts`),
//! read-only (every change under them fails with EROFS) unless mounted
//! `:rw`, whose changes the embedder writes back after the run.
//!
//! The natives answer with Linux errno values; `stdlib/os.more.go` wraps
//! them in `*fs.PathError`s as Go's os package does. Paths are cleaned
//! lexically first (as filepath.Join and Clean do), then resolved one
//! element at a time, following symbolic links (`os.Symlink`) as Linux
//! does: a link's target is a path inside this file system, so no link
//! can lead out of it.

use std::collections::BTreeMap;

use super::{arg, int, ret, Entry};
use crate::value::Value;
use crate::vm::{NativeOut, Vm};

pub(super) const NATIVES: &[Entry] = &[
    ("os.fsOpen", fs_open, 3),
    ("os.fsClose", fs_close, 1),
    ("os.fsRead", fs_read, 3),
    ("os.fsWrite", fs_write, 3),
    ("os.fsSeek", fs_seek, 3),
    ("os.fsStat", fs_stat, 2),
    ("os.fsReadDir", fs_read_dir, 2),
    ("os.fsMkdir", fs_mkdir, 2),
    ("os.fsRemove", fs_remove, 1),
    ("os.fsRename", fs_rename, 2),
    ("os.fsTruncate", fs_truncate, 2),
    ("os.fsGetwd", fs_getwd, 0),
    ("os.fsChdir", fs_chdir, 1),
    ("os.fsChmod", fs_chmod, 2),
    ("os.fsChtimes", fs_chtimes, 2),
    ("os.fsSymlink", fs_symlink, 2),
    ("os.fsReadlink", fs_readlink, 1),
    ("os.fsLink", fs_link, 2),
];

// Linux errno values (syscall/zerrors_linux_amd64.go).
const EPERM: i64 = 1;
const ENOENT: i64 = 2;
const EBADF: i64 = 9;
const EEXIST: i64 = 17;
const ENOTDIR: i64 = 20;
const EISDIR: i64 = 21;
const EINVAL: i64 = 22;
const EROFS: i64 = 30;
const ENOTEMPTY: i64 = 39;
const ELOOP: i64 = 40;
/// Not an errno: the file was closed (os.ErrClosed, "file already closed").
const CLOSED: i64 = -1;

// os.O_* flags (Linux).
const O_WRONLY: i64 = 0x1;
const O_RDWR: i64 = 0x2;
const O_CREATE: i64 = 0x40;
const O_EXCL: i64 = 0x80;
const O_TRUNC: i64 = 0x200;
const O_APPEND: i64 = 0x400;

/// fs.ModeDir.
const MODE_DIR: u32 = 1 << 31;
/// fs.ModeSymlink.
const MODE_SYMLINK: u32 = 1 << 27;
/// Linux's limit on the links one path resolution follows (MAXSYMLINKS).
const MAX_SYMLINKS: usize = 40;
/// The umask a Go program usually runs under.
const UMASK: u32 = 0o022;

#[derive(Debug)]
enum Data {
    Dir(BTreeMap<String, usize>),
    File(Vec<u8>),
    /// A symbolic link and its target, as given to os.Symlink.
    Symlink(String),
}

#[derive(Debug)]
struct Node {
    data: Data,
    /// Permission bits (and MODE_DIR for directories).
    mode: u32,
    /// Modification time, Unix nanoseconds on the virtual clock.
    mtime: i64,
    /// Part of a read-only mount.
    ro: bool,
}

#[derive(Debug)]
struct OpenFile {
    node: usize,
    pos: usize,
    read: bool,
    write: bool,
    append: bool,
    /// Names of a directory already returned by ReadDir.
    dir_pos: usize,
}

#[derive(Debug)]
/// One run's file system. Nodes are never freed (a removed node just
/// becomes unreachable), so an open file outlives its removal as on Unix.
pub struct MemFs {
    nodes: Vec<Node>,
    cwd: String,
    /// Open files: fd `3 + i`; `None` once closed.
    files: Vec<Option<OpenFile>>,
}

impl MemFs {
    fn new(now: i64, opts: &crate::vm::Options) -> MemFs {
        let mut fs = MemFs { nodes: Vec::new(), cwd: "/".into(), files: Vec::new() };
        fs.nodes.push(Node { data: Data::Dir(BTreeMap::new()), mode: MODE_DIR | 0o755, mtime: now, ro: false });
        let _ = fs.mkdir_all("/tmp", 0o777, now);
        // The working directory's name only: its host contents stay out.
        let host = || std::env::current_dir().ok().and_then(|p| p.to_str().map(str::to_string));
        let cwd = opts.fs_cwd.clone().or_else(host).filter(|p| p.starts_with('/'));
        for (path, data) in &opts.fs_seed {
            let path = clean(path);
            if let Some((dir, _)) = path.rsplit_once('/') {
                let _ = fs.mkdir_all(dir, 0o755, now);
            }
            let _ = fs.create_node(&path, Data::File(data.clone()), 0o644, now);
        }
        for m in &opts.mounts {
            fs.mount(m, now);
        }
        if let Some(cwd) = cwd {
            let cwd = clean(&cwd);
            if fs.mkdir_all(&cwd, 0o755, now).is_ok() {
                fs.cwd = cwd;
            }
        }
        fs
    }

    /// Lays out mount `m`: its guest directory replaces whatever the path
    /// held, and it and everything under it are read-only unless the mount
    /// is writable.
    fn mount(&mut self, m: &crate::vm::Mount, now: i64) {
        let guest = clean(&m.guest);
        if guest == "/" {
            return;
        }
        let Some((dir, _)) = guest.rsplit_once('/') else { return };
        let _ = self.mkdir_all(dir, 0o755, now);
        if let Ok((d, base)) = self.parent(&guest) {
            let base = base.to_string();
            if let Data::Dir(entries) = &mut self.nodes[d].data {
                entries.remove(&base);
            }
        }
        let Ok(root) = self.create_node(&guest, Data::Dir(BTreeMap::new()), MODE_DIR | 0o755, now) else { return };
        let ro = !m.writable;
        self.nodes[root].ro = ro;
        for (path, perm) in &m.dirs {
            if let Ok(n) = self.create_node(&clean(path), Data::Dir(BTreeMap::new()), MODE_DIR | (perm & 0o777), now) {
                self.nodes[n].ro = ro;
            }
        }
        for (path, perm, data) in &m.files {
            if let Ok(n) = self.create_node(&clean(path), Data::File(data.clone()), perm & 0o777, now) {
                self.nodes[n].ro = ro;
            }
        }
    }

    /// EROFS when the node at `path`, or (to add or remove an entry) its
    /// parent directory, belongs to a read-only mount.
    fn check_writable(&self, path: &str, entry: bool) -> Result<(), i64> {
        if self.lookup(path).is_ok_and(|n| self.nodes[n].ro) {
            return Err(EROFS);
        }
        if entry && self.parent(path).is_ok_and(|(d, _)| self.nodes[d].ro) {
            return Err(EROFS);
        }
        Ok(())
    }

    fn mkdir_all(&mut self, path: &str, perm: u32, now: i64) -> Result<(), i64> {
        let mut cur = String::new();
        for part in path.split('/').filter(|p| !p.is_empty()) {
            cur.push('/');
            cur.push_str(part);
            match self.lookup(&cur) {
                Ok(_) => {}
                Err(_) => self.create_node(&cur, Data::Dir(BTreeMap::new()), MODE_DIR | perm, now).map(|_| ())?,
            }
        }
        Ok(())
    }

    /// The absolute, cleaned form of `name` (relative to the cwd).
    fn abs(&self, name: &str) -> String {
        if name.starts_with('/') {
            clean(name)
        } else {
            clean(&format!("{}/{name}", self.cwd))
        }
    }

    /// The node at absolute path `path`.
    /// The node `name` names, if it may change (not under a read-only
    /// mount: EROFS).
    fn writable(&self, name: &str) -> Result<usize, i64> {
        let n = self.lookup(&self.abs(name))?;
        if self.nodes[n].ro {
            return Err(EROFS);
        }
        Ok(n)
    }

    /// The node at absolute path `path`, following every symbolic link.
    fn lookup(&self, path: &str) -> Result<usize, i64> {
        self.resolve(path, true)
    }

    /// The node at absolute path `path`, following the links of its
    /// directories but not a link at the end (lstat, readlink, remove).
    fn lookup_link(&self, path: &str) -> Result<usize, i64> {
        self.resolve(path, false)
    }

    /// Linux's path walk: element by element from the root; a link met
    /// on the way (or at the end, when `follow_last`) restarts the walk
    /// at its target joined with the rest of the path, a relative target
    /// from the link's directory. More than MAX_SYMLINKS links: ELOOP.
    fn resolve(&self, path: &str, follow_last: bool) -> Result<usize, i64> {
        let mut path = path.to_string();
        let mut links = 0;
        'walk: loop {
            let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
            let mut n = 0;
            for (i, part) in parts.iter().enumerate() {
                match &self.nodes[n].data {
                    Data::Dir(m) => n = *m.get(*part).ok_or(ENOENT)?,
                    _ => return Err(ENOTDIR),
                }
                if let Data::Symlink(target) = &self.nodes[n].data {
                    if i + 1 == parts.len() && !follow_last {
                        return Ok(n);
                    }
                    links += 1;
                    if links > MAX_SYMLINKS {
                        return Err(ELOOP);
                    }
                    let base = if target.starts_with('/') { target.clone() } else { format!("/{}/{target}", parts[..i].join("/")) };
                    path = clean(&format!("{base}/{}", parts[i + 1..].join("/")));
                    continue 'walk;
                }
            }
            return Ok(n);
        }
    }

    /// The path a file created at `path` gets: a dangling link at the end
    /// creates its target, as open(O_CREAT) does on Linux.
    fn create_path(&self, path: &str) -> Result<String, i64> {
        let mut path = path.to_string();
        for _ in 0..MAX_SYMLINKS {
            match self.lookup_link(&path) {
                Ok(n) => match &self.nodes[n].data {
                    Data::Symlink(target) => {
                        let dir = path.rsplit_once('/').map_or("", |(d, _)| d);
                        path = if target.starts_with('/') { clean(target) } else { clean(&format!("{dir}/{target}")) };
                    }
                    _ => return Ok(path),
                },
                Err(_) => return Ok(path),
            }
        }
        Err(ELOOP)
    }

    /// The parent directory of `path` and the last element.
    fn parent<'p>(&self, path: &'p str) -> Result<(usize, &'p str), i64> {
        let (dir, base) = path.rsplit_once('/').unwrap_or(("", path));
        if base.is_empty() {
            // The root itself.
            return Err(EEXIST);
        }
        let d = self.lookup(if dir.is_empty() { "/" } else { dir })?;
        match self.nodes[d].data {
            Data::Dir(_) => Ok((d, base)),
            _ => Err(ENOTDIR),
        }
    }

    fn create_node(&mut self, path: &str, data: Data, mode: u32, now: i64) -> Result<usize, i64> {
        let (d, base) = self.parent(path)?;
        let id = self.nodes.len();
        self.nodes.push(Node { data, mode, mtime: now, ro: false });
        if let Data::Dir(m) = &mut self.nodes[d].data {
            m.insert(base.to_string(), id);
        }
        self.nodes[d].mtime = now;
        Ok(id)
    }

    fn file(&mut self, fd: i64) -> Result<&mut OpenFile, i64> {
        let i = fd - 3;
        if i < 0 {
            return Err(EBADF);
        }
        match self.files.get_mut(i as usize) {
            Some(Some(f)) => Ok(f),
            Some(None) => Err(CLOSED),
            None => Err(EBADF),
        }
    }

    /// Every regular file reachable from `/` (absolute path, contents),
    /// sorted by path: what an embedder reads back after a run.
    pub fn files(&self) -> Vec<(String, Vec<u8>)> {
        let mut out = Vec::new();
        let mut todo = vec![(String::new(), 0usize)];
        while let Some((path, n)) = todo.pop() {
            match &self.nodes[n].data {
                Data::File(b) => out.push((path, b.clone())),
                Data::Dir(entries) => todo.extend(entries.iter().map(|(name, &c)| (format!("{path}/{name}"), c))),
                Data::Symlink(_) => {}
            }
        }
        out.sort();
        out
    }
}

/// Go's path.Clean for an absolute path.
fn clean(p: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for part in p.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                out.pop();
            }
            x => out.push(x),
        }
    }
    format!("/{}", out.join("/"))
}

fn fs<'v>(vm: &'v mut Vm<'_>) -> &'v mut MemFs {
    let now = 1_257_894_000_000_000_000 + vm.sched.now as i64;
    let opts = &vm.opts;
    vm.runtime_state.fs.get_or_insert_with(|| Box::new(MemFs::new(now, opts)))
}

fn now(vm: &Vm) -> i64 {
    1_257_894_000_000_000_000 + vm.sched.now as i64
}

fn str_arg(args: &[Value], i: usize) -> String {
    String::from_utf8_lossy(arg(args, i).str_bytes()).into_owned()
}

fn rets(vals: impl IntoIterator<Item = Value>) -> NativeOut {
    NativeOut::Ret(vals.into_iter().collect())
}

fn errno(r: Result<(), i64>) -> NativeOut {
    ret(Value::Int(r.err().unwrap_or(0)))
}

/// fsOpen(name string, flag int, perm uint32) (fd int, errno int)
fn fs_open(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let (name, flag, perm) = (str_arg(args, 0), int(args, 1), int(args, 2) as u32);
    let t = now(vm);
    let fs = fs(vm);
    if name.is_empty() {
        return rets([Value::Int(-1), Value::Int(ENOENT)]);
    }
    let path = fs.abs(&name);
    let write = flag & (O_WRONLY | O_RDWR) != 0;
    if write || flag & (O_CREATE | O_TRUNC) != 0 {
        // Linux: a write open on a read-only file system fails, unless the
        // name does not exist and O_CREATE is not asked.
        let exists = fs.lookup(&path).is_ok();
        if exists || flag & O_CREATE != 0 {
            if let Err(e) = fs.check_writable(&path, !exists) {
                if !(exists && flag & O_CREATE != 0 && flag & O_EXCL != 0) {
                    return rets([Value::Int(-1), Value::Int(e)]);
                }
            }
        }
    }
    let node = match fs.lookup(&path) {
        Ok(n) => {
            if flag & O_CREATE != 0 && flag & O_EXCL != 0 {
                return rets([Value::Int(-1), Value::Int(EEXIST)]);
            }
            n
        }
        Err(ENOENT) if flag & O_CREATE != 0 => {
            match fs.create_path(&path).and_then(|p| fs.create_node(&p, Data::File(Vec::new()), perm & 0o777 & !UMASK, t)) {
                Ok(n) => n,
                Err(e) => return rets([Value::Int(-1), Value::Int(e)]),
            }
        }
        Err(e) => return rets([Value::Int(-1), Value::Int(e)]),
    };
    let is_dir = matches!(fs.nodes[node].data, Data::Dir(_));
    if is_dir && write {
        return rets([Value::Int(-1), Value::Int(EISDIR)]);
    }
    if flag & O_TRUNC != 0 && write {
        if let Data::File(b) = &mut fs.nodes[node].data {
            b.clear();
            fs.nodes[node].mtime = t;
        }
    }
    let f = OpenFile { node, pos: 0, read: flag & O_WRONLY == 0, write, append: flag & O_APPEND != 0, dir_pos: 0 };
    fs.files.push(Some(f));
    rets([Value::Int(fs.files.len() as i64 + 2), Value::Int(0)])
}

/// fsClose(fd int) errno
fn fs_close(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let fs = fs(vm);
    let fd = int(args, 0);
    let r = fs.file(fd).map(|_| ());
    if r.is_ok() {
        fs.files[(fd - 3) as usize] = None;
    }
    errno(r)
}

/// fsRead(fd int, b []byte, off int64) (n int, errno int): at the file's
/// offset when off < 0 (advancing it), else at off; 0, 0 at the end.
fn fs_read(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let fs = fs(vm);
    let (fd, dst, off) = (int(args, 0), arg(args, 1), int(args, 2));
    let f = match fs.file(fd) {
        Ok(f) => f,
        Err(e) => return rets([Value::Int(0), Value::Int(e)]),
    };
    if !f.read {
        return rets([Value::Int(0), Value::Int(EBADF)]);
    }
    let (node, pos) = (f.node, if off < 0 { f.pos } else { off as usize });
    let data = match &fs.nodes[node].data {
        Data::File(b) => b,
        _ => return rets([Value::Int(0), Value::Int(EISDIR)]),
    };
    let want = dst.slice_len_cap().0 as usize;
    let n = want.min(data.len().saturating_sub(pos));
    if n > 0 {
        super::store_bytes(dst, &data[pos..pos + n]);
    }
    if off < 0 {
        if let Ok(f) = fs.file(fd) {
            f.pos += n;
        }
    }
    rets([Value::Int(n as i64), Value::Int(0)])
}

/// fsWrite(fd int, b []byte, off int64) (n int, errno int)
fn fs_write(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let t = now(vm);
    let fs = fs(vm);
    let (fd, src, off) = (int(args, 0), crate::fmt::slice_bytes(arg(args, 1)), int(args, 2));
    let f = match fs.file(fd) {
        Ok(f) => f,
        Err(e) => return rets([Value::Int(0), Value::Int(e)]),
    };
    if !f.write {
        return rets([Value::Int(0), Value::Int(EBADF)]);
    }
    let (node, append) = (f.node, f.append);
    let mut pos = if off >= 0 { off as usize } else { f.pos };
    let Data::File(data) = &mut fs.nodes[node].data else { return rets([Value::Int(0), Value::Int(EISDIR)]) };
    if append && off < 0 {
        pos = data.len();
    }
    if data.len() < pos + src.len() {
        data.resize(pos + src.len(), 0);
    }
    data[pos..pos + src.len()].copy_from_slice(&src);
    fs.nodes[node].mtime = t;
    if off < 0 {
        if let Ok(f) = fs.file(fd) {
            f.pos = pos + src.len();
        }
    }
    rets([Value::Int(src.len() as i64), Value::Int(0)])
}

/// fsSeek(fd int, offset int64, whence int) (int64, errno int)
fn fs_seek(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let fs = fs(vm);
    let (fd, off, whence) = (int(args, 0), int(args, 1), int(args, 2));
    let f = match fs.file(fd) {
        Ok(f) => f,
        Err(e) => return rets([Value::Int(0), Value::Int(e)]),
    };
    let (node, pos) = (f.node, f.pos as i64);
    let size = match &fs.nodes[node].data {
        Data::File(b) => b.len() as i64,
        _ => 0,
    };
    let base = match whence {
        0 => 0,
        1 => pos,
        2 => size,
        _ => return rets([Value::Int(0), Value::Int(EINVAL)]),
    };
    let new = base + off;
    if new < 0 {
        return rets([Value::Int(0), Value::Int(EINVAL)]);
    }
    if let Ok(f) = fs.file(fd) {
        f.pos = new as usize;
        f.dir_pos = 0;
    }
    rets([Value::Int(new), Value::Int(0)])
}

/// fsStat(name string, fd int, follow bool) (size int64, mode uint32,
/// mtime int64, ino uint64, errno int): the file named (the link itself
/// when !follow), or the open file fd when name is "". ino identifies the
/// file (os.SameFile).
fn fs_stat(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let fs = fs(vm);
    let (name, fd, follow) = (str_arg(args, 0), int(args, 1), arg(args, 2).as_bool());
    let node = if name.is_empty() && fd >= 0 {
        fs.file(fd).map(|f| f.node)
    } else if name.is_empty() {
        Err(ENOENT)
    } else {
        let p = fs.abs(&name);
        fs.resolve(&p, follow)
    };
    match node {
        Ok(n) => {
            let nd = &fs.nodes[n];
            let size = match &nd.data {
                Data::File(b) => b.len() as i64,
                Data::Dir(_) => 4096,
                Data::Symlink(target) => target.len() as i64,
            };
            rets([Value::Int(size), Value::Int(nd.mode as i64), Value::Int(nd.mtime), Value::Int(n as i64), Value::Int(0)])
        }
        Err(e) => rets([Value::Int(0), Value::Int(0), Value::Int(0), Value::Int(0), Value::Int(e)]),
    }
}

/// fsReadDir(fd int, n int) (names []string, errno int): the names of the
/// open directory not returned yet, sorted, at most n when n > 0.
fn fs_read_dir(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let fs = fs(vm);
    let fd = int(args, 0);
    let f = match fs.file(fd) {
        Ok(f) => f,
        Err(e) => return rets([Value::Nil, Value::Int(e)]),
    };
    let (node, from) = (f.node, f.dir_pos);
    let Data::Dir(m) = &fs.nodes[node].data else { return rets([Value::Nil, Value::Int(ENOTDIR)]) };
    let n = int(args, 1);
    let names: Vec<&String> = m.keys().skip(from).take(if n > 0 { n as usize } else { usize::MAX }).collect();
    let n = names.len();
    let v = super::str_slice(&names.iter().map(|s| s.as_bytes()).collect::<Vec<_>>());
    if let Ok(f) = fs.file(fd) {
        f.dir_pos += n;
    }
    rets([v, Value::Int(0)])
}

/// fsMkdir(name string, perm uint32) errno
fn fs_mkdir(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let t = now(vm);
    let fs = fs(vm);
    let (name, perm) = (str_arg(args, 0), int(args, 1) as u32);
    if name.is_empty() {
        return errno(Err(ENOENT));
    }
    errno(create_new(fs, &name, Data::Dir(BTreeMap::new()), MODE_DIR | (perm & 0o777 & !UMASK), t))
}

/// mkdir(2) and symlink(2)'s common part: `name` must not exist (not even
/// as a dangling link), and its folder must be writable.
fn create_new(fs: &mut MemFs, name: &str, data: Data, mode: u32, t: i64) -> Result<(), i64> {
    let p = fs.abs(name);
    if fs.lookup_link(&p).is_ok() {
        return Err(EEXIST);
    }
    fs.check_writable(&p, true)?;
    fs.create_node(&p, data, mode, t).map(|_| ())
}

/// fsRemove(name string) errno: a file, or an empty directory.
fn fs_remove(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let t = now(vm);
    let fs = fs(vm);
    let name = str_arg(args, 0);
    if name.is_empty() {
        return errno(Err(ENOENT));
    }
    let p = fs.abs(&name);
    let n = match fs.lookup_link(&p) {
        Ok(n) => n,
        Err(e) => return errno(Err(e)),
    };
    if let Err(e) = fs.check_writable(&p, true) {
        return errno(Err(e));
    }
    if let Data::Dir(m) = &fs.nodes[n].data {
        if !m.is_empty() {
            return errno(Err(ENOTEMPTY));
        }
    }
    let (d, base) = match fs.parent(&p) {
        Ok(x) => x,
        // The root.
        Err(_) => return errno(Err(EBADF)),
    };
    let base = base.to_string();
    if let Data::Dir(m) = &mut fs.nodes[d].data {
        m.remove(&base);
    }
    fs.nodes[d].mtime = t;
    errno(Ok(()))
}

/// fsRename(old, new string) errno
fn fs_rename(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let t = now(vm);
    let fs = fs(vm);
    let (old, new) = (fs.abs(&str_arg(args, 0)), fs.abs(&str_arg(args, 1)));
    let n = match fs.lookup_link(&old) {
        Ok(n) => n,
        Err(e) => return errno(Err(e)),
    };
    if new.starts_with(&format!("{old}/")) {
        return errno(Err(EINVAL));
    }
    if let Err(e) = fs.check_writable(&old, true).and_then(|_| fs.check_writable(&new, true)) {
        return errno(Err(e));
    }
    let (nd, nbase) = match fs.parent(&new) {
        Ok((d, b)) => (d, b.to_string()),
        Err(e) => return errno(Err(e)),
    };
    let new_is_dir = matches!(fs.nodes[n].data, Data::Dir(_));
    if let Ok(existing) = fs.lookup_link(&new) {
        match (&fs.nodes[existing].data, new_is_dir) {
            (Data::Dir(m), true) if !m.is_empty() => return errno(Err(ENOTEMPTY)),
            (Data::Dir(_), false) => return errno(Err(EISDIR)),
            (Data::File(_) | Data::Symlink(_), true) => return errno(Err(ENOTDIR)),
            _ => {}
        }
    }
    let Ok((od, obase)) = fs.parent(&old) else { return errno(Err(EBADF)) };
    let obase = obase.to_string();
    if let Data::Dir(m) = &mut fs.nodes[od].data {
        m.remove(&obase);
    }
    if let Data::Dir(m) = &mut fs.nodes[nd].data {
        m.insert(nbase, n);
    }
    fs.nodes[od].mtime = t;
    fs.nodes[nd].mtime = t;
    errno(Ok(()))
}

/// fsTruncate(name string, size int64) errno (name "" and fd: not used)
fn fs_truncate(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let t = now(vm);
    let fs = fs(vm);
    let (name, size) = (str_arg(args, 0), int(args, 1));
    if size < 0 {
        return errno(Err(EINVAL));
    }
    let n = match fs.writable(&name) {
        Ok(n) => n,
        Err(e) => return errno(Err(e)),
    };
    match &mut fs.nodes[n].data {
        Data::File(b) => b.resize(size as usize, 0),
        _ => return errno(Err(EISDIR)),
    }
    fs.nodes[n].mtime = t;
    errno(Ok(()))
}

/// fsChmod(name string, mode uint32) errno: the permission bits (Go's
/// syscallMode keeps the low 9 bits and setuid/setgid/sticky).
fn fs_chmod(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let fs = fs(vm);
    let (name, mode) = (str_arg(args, 0), int(args, 1) as u32);
    let n = match fs.writable(&name) {
        Ok(n) => n,
        Err(e) => return errno(Err(e)),
    };
    let node = &mut fs.nodes[n];
    node.mode = (node.mode & MODE_DIR) | (mode & 0o7777);
    errno(Ok(()))
}

/// fsChtimes(name string, mtime int64) errno: the modification time
/// (Unix nanoseconds); access times are not kept.
fn fs_chtimes(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let fs = fs(vm);
    let (name, mtime) = (str_arg(args, 0), int(args, 1));
    let n = match fs.writable(&name) {
        Ok(n) => n,
        Err(e) => return errno(Err(e)),
    };
    fs.nodes[n].mtime = mtime;
    errno(Ok(()))
}

/// fsGetwd() string
fn fs_getwd(vm: &mut Vm, _gi: usize, _args: &[Value]) -> NativeOut {
    let fs = fs(vm);
    ret(Value::str(&fs.cwd))
}

/// fsChdir(name string) errno
fn fs_chdir(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let fs = fs(vm);
    let name = str_arg(args, 0);
    if name.is_empty() {
        return errno(Err(ENOENT));
    }
    let p = fs.abs(&name);
    match fs.lookup(&p) {
        Ok(n) if matches!(fs.nodes[n].data, Data::Dir(_)) => {
            fs.cwd = p;
            errno(Ok(()))
        }
        Ok(_) => errno(Err(ENOTDIR)),
        Err(e) => errno(Err(e)),
    }
}

/// fsSymlink(oldname, newname string) errno: newname becomes a link to
/// oldname, which is kept as given (it need not exist).
fn fs_symlink(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let t = now(vm);
    let fs = fs(vm);
    let (old, name) = (str_arg(args, 0), str_arg(args, 1));
    if old.is_empty() || name.is_empty() {
        return errno(Err(ENOENT));
    }
    errno(create_new(fs, &name, Data::Symlink(old), MODE_SYMLINK | 0o777, t))
}

/// fsLink(oldname, newname string) errno: a hard link, newname another
/// entry for oldname's node (a symbolic link itself, as Linux's link(2)
/// does not follow it); directories cannot be linked (EPERM).
fn fs_link(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let t = now(vm);
    let fs = fs(vm);
    let (old, name) = (str_arg(args, 0), str_arg(args, 1));
    if old.is_empty() || name.is_empty() {
        return errno(Err(ENOENT));
    }
    let (op, p) = (fs.abs(&old), fs.abs(&name));
    let n = match fs.lookup_link(&op) {
        Ok(n) => n,
        Err(e) => return errno(Err(e)),
    };
    if matches!(fs.nodes[n].data, Data::Dir(_)) {
        return errno(Err(EPERM));
    }
    if fs.lookup_link(&p).is_ok() {
        return errno(Err(EEXIST));
    }
    if let Err(e) = fs.check_writable(&p, true) {
        return errno(Err(e));
    }
    let (d, base) = match fs.parent(&p) {
        Ok((d, b)) => (d, b.to_string()),
        Err(e) => return errno(Err(e)),
    };
    if let Data::Dir(m) = &mut fs.nodes[d].data {
        m.insert(base, n);
    }
    fs.nodes[d].mtime = t;
    errno(Ok(()))
}

/// fsReadlink(name string) (string, errno): the target of link name.
fn fs_readlink(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let fs = fs(vm);
    let name = str_arg(args, 0);
    if name.is_empty() {
        return rets([Value::str(""), Value::Int(ENOENT)]);
    }
    let p = fs.abs(&name);
    match fs.lookup_link(&p).map(|n| &fs.nodes[n].data) {
        Ok(Data::Symlink(target)) => rets([Value::str(target), Value::Int(0)]),
        Ok(_) => rets([Value::str(""), Value::Int(EINVAL)]),
        Err(e) => rets([Value::str(""), Value::Int(e)]),
    }
}

#[cfg(test)]
mod tests {
    use super::clean;

    #[test]
    fn clean_is_lexical() {
        assert_eq!(clean("/a/b/../c/./d/"), "/a/c/d");
        assert_eq!(clean("/../../etc"), "/etc");
        assert_eq!(clean("/"), "/");
    }
}
