//! The embedding facade: compile once, run many with limits and inputs.

use std::time::Duration;

use gostack::{Control, Limit, OnStep, Program, RunOptions};

fn prog(src: &str) -> Program {
    Program::compile("prog.go", src).expect("compiles")
}

#[test]
fn runs_are_independent() {
    let p =
        prog("package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nvar n int\n\nfunc main() {\n\tn++\n\tfmt.Println(n, os.Args[1:])\n}\n");
    for i in 0..3 {
        let out = p.run(&RunOptions::new().arg(i.to_string()));
        assert_eq!(out.stdout_text(), format!("1 [{i}]\n"));
        assert_eq!(out.exit_code, 0);
    }
}

#[test]
fn output_cap_ends_the_run_like_a_fatal_error() {
    let p = prog("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor {\n\t\tfmt.Println(\"0123456789\")\n\t}\n}\n");
    let out = p.run(&RunOptions::new().max_output(25));
    assert_eq!(out.stdout_text(), "0123456789\n0123456789\n012");
    assert_eq!(out.stderr_text(), "\nfatal error: program output exceeded the limit of 25 bytes (--max-output)\n");
    assert_eq!(out.exit_code, 2);
}

#[test]
fn wall_time_limit_stops_an_endless_loop() {
    let p = prog("package main\n\nfunc main() {\n\tfor {\n\t}\n}\n");
    let out = p.run(&RunOptions::new().max_wall(Duration::from_millis(200)));
    assert_eq!(out.stopped_by, Some(Limit::Wall));
    assert_eq!(out.exit_code, 2);
}

#[test]
fn sandbox_files_go_in_and_come_back() {
    let p = prog(
        "package main\n\nimport (\n\t\"os\"\n\t\"strings\"\n)\n\nfunc main() {\n\tb, err := os.ReadFile(\"in.txt\")\n\tif err != nil {\n\t\tpanic(err)\n\t}\n\tos.Mkdir(\"out\", 0o755)\n\tos.WriteFile(\"out/up.txt\", []byte(strings.ToUpper(string(b))), 0o644)\n\tos.Remove(\"in.txt\")\n}\n",
    );
    let out = p.run(&RunOptions::new().cwd("/job").file("in.txt", "hello"));
    assert_eq!(out.exit_code, 0, "{}", out.stderr_text());
    assert_eq!(out.file("/job/out/up.txt"), Some(&b"HELLO"[..]));
    assert_eq!(out.file("/job/in.txt"), None);
    // A missing file is the program's error, never the host's file.
    let out = p.run(&RunOptions::new().cwd("/job"));
    assert_eq!(out.exit_code, 2);
    assert!(out.stderr_text().starts_with("panic: open in.txt: no such file or directory"), "{}", out.stderr_text());
}

#[test]
fn a_step_hook_sees_every_instruction_and_can_stop_the_run() {
    let p = prog("package main\n\nfunc main() {\n\tfor {\n\t}\n}\n");
    let mut steps = 0u64;
    let mut hook = OnStep(|_vm: &gostack::Vm, _g: usize| {
        steps += 1;
        if steps == 1000 {
            Control::Exit(7)
        } else {
            Control::Continue
        }
    });
    let out = p.run_inspected(&RunOptions::new(), &mut hook);
    assert_eq!(out.exit_code, 7);
    assert_eq!(steps, 1000);
}

#[test]
fn diagnostics_and_refusals() {
    let d = Program::compile("lib.go", "package lib\n").unwrap_err();
    assert!(d.refused);
    assert_eq!(d.to_string(), "package command-line-arguments is not a main package\n");
    let d = Program::compile("x.go", "package main\n\nimport \"fmt\"\n\nfunc main() {}\n").unwrap_err();
    assert!(!d.refused);
    assert_eq!(d.messages().collect::<Vec<_>>(), ["./x.go:3:8: \"fmt\" imported and not used"]);
}

#[test]
fn load_takes_a_module_folder() {
    let dir = std::env::temp_dir().join(format!("gostack-facade-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("util")).unwrap();
    std::fs::write(dir.join("go.mod"), "module example.com/m\n\ngo 1.22\n").unwrap();
    std::fs::write(dir.join("main.go"), "package main\n\nimport \"example.com/m/util\"\n\nfunc main() {\n\tprintln(util.Twice(21))\n}\n")
        .unwrap();
    std::fs::write(dir.join("util/util.go"), "package util\n\nfunc Twice(n int) int { return 2 * n }\n").unwrap();
    let p = Program::load(&[dir.display().to_string()]).expect("loads");
    let out = p.run(&RunOptions::new());
    assert_eq!((out.stderr_text().as_str(), out.exit_code), ("42\n", 0));
    std::fs::write(dir.join("util/util.go"), "package util\n\nfunc Twice(n int) int { x := 1; return 2 * n }\n").unwrap();
    let d = Program::load(&[dir.display().to_string()]).unwrap_err();
    assert_eq!(d.lines.first().map(String::as_str), Some("# example.com/m/util"));
    let missing = Program::load(&["nonexist.go".to_string()]).unwrap_err();
    assert!(missing.refused);
    let _ = std::fs::remove_dir_all(&dir);
}

/// A range over a map starts at a random entry, as Go's does (so programs
/// cannot rely on an order), from `sched_seed`: a seed always gives the
/// same order, different seeds give different ones, and each range of a
/// run draws anew.
#[test]
fn map_range_order_is_random_per_range_and_reproducible_per_seed() {
    let p = prog(
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tm := map[int]bool{}\n\tfor i := range 8 {\n\t\tm[i] = true\n\t}\n\tfor range 3 {\n\t\tfor k := range m {\n\t\t\tfmt.Print(k)\n\t\t}\n\t\tfmt.Println()\n\t}\n}\n",
    );
    let orders = |seed: u64| {
        let mut o = RunOptions::new();
        o.sched_seed = seed;
        String::from_utf8(p.run(&o).stdout).unwrap()
    };
    let mut seen = std::collections::HashSet::new();
    for seed in 0..16 {
        let out = orders(seed);
        assert_eq!(out, orders(seed), "seed {seed} is not reproducible");
        for line in out.lines() {
            let mut digits: Vec<char> = line.chars().collect();
            digits.sort();
            assert_eq!(digits.iter().collect::<String>(), "01234567", "seed {seed}: {line}");
            seen.insert(line.to_string());
        }
    }
    assert!(seen.len() >= 4, "only {} orders in 48 ranges: {seen:?}", seen.len());
}
