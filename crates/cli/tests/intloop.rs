//! `runtime::intloop` (the integer-loop fast path) against the general
//! dispatch loop it shortcuts. Each program below runs twice in-process:
//! once as `gostack run` does, and once with `Vm::simple_runs` zeroed, so
//! that `exec_loop` executes every instruction itself; stdout, stderr and
//! exit status must be equal. The programs cover every instruction
//! `intloop::is_simple` takes (int arithmetic with wrapping, immediates,
//! negative division and remainder, comparisons, `!`, branches, `[]int`,
//! `[]bool` and `[]byte` elements, `len`), the instances it hands back (an
//! out-of-range index, a `Move` of a string), and the time-slice budget:
//! goroutines that spin in integer loops (one unboxed, `run_typed`, one
//! reading a slice, `run_simple`) are preempted, and a watcher prints how
//! far they got, so one budget unit spent differently changes the output
//! (checked by hand: spending one more unit on leaving either loop fails
//! this test). Each program must contain at least one loop intloop takes,
//! so the comparison is never vacuous. Note: `exec_loop` enters intloop at
//! conditional backward branches only, so a loop whose condition the
//! peephole pass cannot rotate to the bottom (`i < len(a)`, `i < k%13`)
//! runs in `exec_loop`.
//!
//! It lives in the cli crate because it compiles Go source (`runtime`
//! does not depend on `compiler`).

use bytecode::Op;
use runtime::{Options, Vm};

const PROGRAMS: &[(&str, &str)] = &[
    (
        "arith",
        r#"package main

func main() {
	x, y, z := 1, 0, -7
	b := false
	for i := 0; i < 5000; i++ {
		x = x*31 + i
		y ^= x &^ (i | 3)
		z = -z + i/7 - i%5 + (x & 1023)
		y += (z / -3) % 11
		if x > y {
			b = !b
		}
		if i%97 == 13 && b {
			y -= i * 3
		}
	}
	println(x, y, z, b)
	n := 0
	for k := 10; k > -10; k-- {
		n = n*3 + k/4 + k%3 - (k & 6)
	}
	println(n)
}
"#,
    ),
    (
        "slices",
        r#"package main

func main() {
	const n = 2000
	composite := make([]bool, n)
	count := 0
	for i := 2; i < n; i++ {
		if !composite[i] {
			count++
			for j := i * i; j < n; j += i {
				composite[j] = true
			}
		}
	}
	println(count)
	a := make([]int, 64)
	for i := 0; i < len(a); i++ {
		a[i] = i * i % 17
	}
	s := 0
	for r := 0; r < 50; r++ {
		for i := 1; i < len(a); i++ {
			s += a[i] - a[i-1]
			a[i-1] = a[i] ^ r
		}
	}
	println(s, a[0], a[63])
	buf := []byte("hello, world")
	h := 0
	for i := 0; i < len(buf); i++ {
		h = h*131 + int(buf[i])
		buf[i] = byte(h)
	}
	println(h, buf[0], buf[11])
}
"#,
    ),
    (
        "handed_back",
        r#"package main

import "fmt"

func sum(a []int, upto int) (s int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r, "partial", s)
		}
	}()
	for i := 0; i <= upto; i++ {
		s += a[i]
	}
	return s
}

func main() {
	a := []int{1, 2, 3, 4, 5}
	fmt.Println(sum(a, 4))
	fmt.Println(sum(a, 5))
	name, other := "a", "b"
	for i := 0; i < 7; i++ {
		name, other = other, name
	}
	fmt.Println(name, other)
}
"#,
    ),
    (
        "preemption_point",
        r#"package main

var progress, progress2 int

// The workers' inner loops run in intloop (worker's on unboxed integers,
// worker2's, which reads a slice, in the general intloop); every unit of
// time-slice budget they spend moves the point where the scheduler
// preempts them, which the watcher sees as different progress values.
func worker(done chan bool) {
	x := 0
	for k := 1; k <= 20000; k++ {
		for i := 0; i < 12; i++ {
			x += i ^ k
		}
		progress = k
	}
	done <- x > 0
}

func worker2(done chan bool) {
	a := make([]int, 12)
	n := len(a)
	x := 0
	for k := 1; k <= 20000; k++ {
		for i := 0; i < n; i++ {
			x += a[i] ^ k
		}
		progress2 = k
	}
	done <- x > 0
}

func watcher(done chan bool) {
	for j := 0; j < 12; j++ {
		println("watcher sees", progress, progress2)
		s := 0
		for i := 0; i < 25000+j; i++ {
			s ^= i
		}
		if s < 0 {
			println(s)
		}
	}
	done <- true
}

func main() {
	done := make(chan bool)
	go worker(done)
	go worker2(done)
	go watcher(done)
	<-done
	<-done
	<-done
	println("final", progress, progress2)
}
"#,
    ),
    (
        "preempted",
        r#"package main

import "sync"

var log []int

func spin(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	n := 3000 * (id + 1)
	for k := 0; k < 6; k++ {
		x := 0
		for i := 0; i < n; i++ {
			x += i ^ k
		}
		log = append(log, id*1000000000+k*100000000+x%100000000)
	}
}

func main() {
	var wg sync.WaitGroup
	for id := 0; id < 3; id++ {
		wg.Add(1)
		go spin(id, &wg)
	}
	wg.Wait()
	for _, v := range log {
		println(v)
	}
}
"#,
    ),
];

/// The target of a conditional branch: `exec_loop` enters intloop at those
/// (not at a plain `Jump`).
fn branch_target(op: &Op) -> Option<usize> {
    match *op {
        Op::JumpIf { target, .. }
        | Op::JumpIfNot { target, .. }
        | Op::JumpIfNotLtInt { target, .. }
        | Op::JumpIfNotCmpInt { target, .. }
        | Op::JumpIfNotCmpIntImm { target, .. }
        | Op::IncJumpIfNotCmpIntImm { target, .. }
        | Op::AddJumpIfNotCmpInt { target, .. } => Some(target as usize),
        _ => None,
    }
}

/// How many backward branches of `prog` would enter intloop (exec_loop's
/// rule: the whole body, target to branch, is simple).
fn intloops(prog: &bytecode::Program) -> usize {
    let mut n = 0;
    for f in &prog.funcs {
        let runs = runtime::intloop::simple_runs(&f.code);
        for (b, op) in f.code.iter().enumerate() {
            if let Some(t) = branch_target(op) {
                if t < b && t + runs[t] as usize > b {
                    n += 1;
                }
            }
        }
    }
    n
}

fn run(prog: &bytecode::Program, general_only: bool) -> (String, String, i32) {
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let code = {
        let mut vm = Vm::new(prog, Options::default(), Box::new(&mut stdout), Box::new(&mut stderr)).expect("natives");
        if general_only {
            for runs in vm.simple_runs.iter_mut() {
                runs.fill(0);
            }
        }
        vm.run_main()
    };
    (String::from_utf8_lossy(&stdout).into_owned(), String::from_utf8_lossy(&stderr).into_owned(), code)
}

#[test]
fn intloop_agrees_with_the_general_loop() {
    for (name, src) in PROGRAMS {
        let prog = compiler::compile(&format!("{name}.go"), src).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert!(intloops(&prog) > 0, "{name}: no loop that intloop takes");
        let fast = run(&prog, false);
        let general = run(&prog, true);
        assert_eq!(fast.2, 0, "{name}: exit {}\n{}", fast.2, fast.1);
        assert!(!fast.0.is_empty() || !fast.1.is_empty(), "{name}: no output");
        assert_eq!(fast, general, "{name}: intloop and exec_loop differ");
    }
}
