//! `--mount HOST:GUEST[:ro]`: a host directory is visible read-only at
//! GUEST, and nothing outside it can be reached: not through `..`, absolute
//! host paths, or symbolic links in the mounted directory that point out of
//! it. Every change under GUEST fails with EROFS, and the host's files are
//! left as they were (docs/reliability.md, "Limits and sandbox"). A `:rw`
//! mount's changes come back to HOST after the run, never through a
//! symbolic link.

use std::path::PathBuf;
use std::process::Command;

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("gostack-mount-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

const PROG: &str = r#"package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	b, err := os.ReadFile("/data/a.txt")
	fmt.Printf("read %q %v\n", b, err)
	b, err = os.ReadFile("/data/link-in")
	fmt.Printf("link-in %q %v\n", b, err)
	for _, p := range os.Args[1:] {
		_, err := os.ReadFile(p)
		fmt.Println("escape:", err)
	}
	fmt.Println(os.WriteFile("/data/a.txt", []byte("x"), 0644))
	fmt.Println(os.WriteFile("/data/new.txt", []byte("x"), 0644))
	fmt.Println(os.Remove("/data/a.txt"))
	fmt.Println(os.Mkdir("/data/d", 0755))
	fmt.Println(os.Rename("/data/a.txt", "/tmp/a.txt"))
	fmt.Println(os.Truncate("/data/a.txt", 0))
	_, err = os.OpenFile("/data/a.txt", os.O_RDWR, 0)
	fmt.Println(err)
	filepath.WalkDir("/data", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("walk", p, d.IsDir())
		return nil
	})
	fmt.Println(os.WriteFile("/tmp/ok.txt", []byte("x"), 0644))
}
"#;

#[cfg(unix)]
#[test]
fn mount_is_read_only_and_nothing_outside_is_reachable() {
    let base = scratch("escape");
    let (mnt, outside) = (base.join("mnt"), base.join("outside"));
    std::fs::create_dir_all(mnt.join("sub")).unwrap();
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::write(mnt.join("a.txt"), "hello from host\n").unwrap();
    std::fs::write(mnt.join("sub/b.txt"), "nested\n").unwrap();
    std::fs::write(outside.join("secret.txt"), "SECRET\n").unwrap();
    std::os::unix::fs::symlink("../outside/secret.txt", mnt.join("link-out")).unwrap();
    std::os::unix::fs::symlink("../outside", mnt.join("dirlink-out")).unwrap();
    std::os::unix::fs::symlink(outside.join("secret.txt"), mnt.join("abs-link")).unwrap();
    std::os::unix::fs::symlink("a.txt", mnt.join("link-in")).unwrap();
    std::fs::write(base.join("prog.go"), PROG).unwrap();
    let secret = outside.join("secret.txt").display().to_string();
    let attempts = [
        "/data/link-out".to_string(),
        "/data/dirlink-out/secret.txt".into(),
        "/data/abs-link".into(),
        "/data/../outside/secret.txt".into(),
        "/data/sub/../../outside/secret.txt".into(),
        secret.clone(),
        "/etc/passwd".into(),
    ];
    let out = Command::new(env!("CARGO_BIN_EXE_gostack"))
        .args(["run", "--mount", &format!("{}:/data", mnt.display()), "prog.go"])
        .args(&attempts)
        .current_dir(&base)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    let mut want = String::from("read \"hello from host\\n\" <nil>\nlink-in \"hello from host\\n\" <nil>\n");
    for a in &attempts {
        want.push_str(&format!("escape: open {a}: no such file or directory\n"));
    }
    want.push_str(
        "open /data/a.txt: read-only file system
open /data/new.txt: read-only file system
remove /data/a.txt: read-only file system
mkdir /data/d: read-only file system
rename /data/a.txt /tmp/a.txt: read-only file system
truncate /data/a.txt: read-only file system
open /data/a.txt: read-only file system
walk /data true
walk /data/a.txt false
walk /data/link-in false
walk /data/sub true
walk /data/sub/b.txt false
<nil>
",
    );
    assert_eq!(stdout, want);
    assert!(!stdout.contains("SECRET"));
    // The host is untouched.
    assert_eq!(std::fs::read_to_string(mnt.join("a.txt")).unwrap(), "hello from host\n");
    assert!(!mnt.join("new.txt").exists() && !mnt.join("d").exists());
    let _ = std::fs::remove_dir_all(&base);
}

#[test]
fn malformed_mounts_are_refused() {
    let base = scratch("refused");
    std::fs::write(base.join("prog.go"), "package main\n\nfunc main() {}\n").unwrap();
    for (arg, want) in
        [("x:/a/../b", "GUEST must not contain .."), ("x:data", "GUEST an absolute path"), ("nosuchdir:/data", "--mount nosuchdir")]
    {
        let out = Command::new(env!("CARGO_BIN_EXE_gostack")).args(["run", "--mount", arg, "prog.go"]).current_dir(&base).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_ne!(out.status.code(), Some(0), "{arg}");
        assert!(stderr.contains(want), "{arg}: {stderr}");
    }
    let _ = std::fs::remove_dir_all(&base);
}

const RW_PROG: &str = r#"package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(os.WriteFile("/data/a.txt", []byte("changed\n"), 0644))
	fmt.Println(os.MkdirAll("/data/new/deep", 0755), os.WriteFile("/data/new/deep/c.txt", []byte("new\n"), 0644))
	fmt.Println(os.Remove("/data/sub/b.txt"))
	fmt.Println(os.WriteFile("/data/out-link", []byte("pwned\n"), 0644))
	fmt.Println(os.MkdirAll("/data/out-dir", 0755), os.WriteFile("/data/out-dir/secret.txt", []byte("pwned\n"), 0644))
	fmt.Println(os.WriteFile("/data/same.txt", []byte("same\n"), 0644))
	fmt.Println(os.WriteFile("/tmp/elsewhere.txt", []byte("x"), 0644))
}
"#;

#[cfg(unix)]
#[test]
fn rw_mount_writes_changes_back_but_never_through_links() {
    let base = scratch("rw");
    let (mnt, outside) = (base.join("mnt"), base.join("outside"));
    std::fs::create_dir_all(mnt.join("sub")).unwrap();
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::write(mnt.join("a.txt"), "orig\n").unwrap();
    std::fs::write(mnt.join("same.txt"), "same\n").unwrap();
    std::fs::write(mnt.join("sub/b.txt"), "gone\n").unwrap();
    std::fs::write(outside.join("secret.txt"), "SECRET\n").unwrap();
    std::os::unix::fs::symlink(outside.join("secret.txt"), mnt.join("out-link")).unwrap();
    std::os::unix::fs::symlink(&outside, mnt.join("out-dir")).unwrap();
    std::fs::write(base.join("prog.go"), RW_PROG).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_gostack"))
        .args(["run", "--mount", &format!("{}:/data:rw", mnt.display()), "prog.go"])
        .current_dir(&base)
        .output()
        .unwrap();
    let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    // Inside the sandbox every change succeeds.
    assert_eq!(stdout, "<nil>\n<nil> <nil>\n<nil>\n<nil>\n<nil> <nil>\n<nil>\n<nil>\n", "{stderr}");
    assert_eq!(std::fs::read_to_string(mnt.join("a.txt")).unwrap(), "changed\n");
    assert_eq!(std::fs::read_to_string(mnt.join("new/deep/c.txt")).unwrap(), "new\n");
    assert!(!mnt.join("sub/b.txt").exists() && mnt.join("sub").is_dir());
    // The links out of the mount were not written through, and say so.
    assert_eq!(std::fs::read_to_string(outside.join("secret.txt")).unwrap(), "SECRET\n");
    assert!(std::fs::symlink_metadata(mnt.join("out-link")).unwrap().file_type().is_symlink());
    assert!(stderr.contains("write out-link: a symbolic link on the host"), "{stderr}");
    assert!(stderr.contains("out-dir is not a directory on the host"), "{stderr}");
    assert_eq!(out.status.code(), Some(1));
    assert!(!base.join("elsewhere.txt").exists());
    let _ = std::fs::remove_dir_all(&base);
}

#[cfg(unix)]
#[test]
fn go_tests_take_mounts() {
    let base = scratch("gotest");
    let (pkg, data) = (base.join("pkg"), base.join("data"));
    std::fs::create_dir_all(&pkg).unwrap();
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(data.join("in.txt"), "input\n").unwrap();
    std::fs::write(pkg.join("go.mod"), "module example.com/m\n\ngo 1.27\n").unwrap();
    std::fs::write(
        pkg.join("m_test.go"),
        "package m\n\nimport (\n\t\"os\"\n\t\"testing\"\n)\n\nfunc TestData(t *testing.T) {\n\tb, err := os.ReadFile(\"/data/in.txt\")\n\tif err != nil || string(b) != \"input\\n\" {\n\t\tt.Fatal(string(b), err)\n\t}\n\tif err := os.WriteFile(\"/data/out.txt\", b, 0644); err != nil {\n\t\tt.Fatal(err)\n\t}\n}\n",
    )
    .unwrap();
    let run = |mode: &str| {
        Command::new(env!("CARGO_BIN_EXE_gostack"))
            .args(["test", "--mount", &format!("{}:/data{mode}", data.display()), "./pkg"])
            .current_dir(&base)
            .output()
            .unwrap()
    };
    let ro = run("");
    let stdout = String::from_utf8_lossy(&ro.stdout);
    assert!(stdout.contains("open /data/out.txt: read-only file system"), "{stdout}");
    assert_eq!(ro.status.code(), Some(1));
    let rw = run(":rw");
    assert_eq!(String::from_utf8_lossy(&rw.stdout), "ok  \texample.com/m\t0.000s\n");
    assert_eq!(std::fs::read_to_string(data.join("out.txt")).unwrap(), "input\n");
    // Golden cases take no mounts.
    let g = Command::new(env!("CARGO_BIN_EXE_gostack"))
        .args(["test", "--mount", "data:/data", "nosuch.go"])
        .current_dir(&base)
        .output()
        .unwrap();
    assert_eq!(g.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&base);
}
