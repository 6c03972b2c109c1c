//! A long synthetic recording for the viewer's performance budget: a list
//! that grows and is walked recursively (a dozen frames deep, each with an
//! open-coded defer), a slice being appended to, output every iteration.
//! Every step's state differs from the last, the worst case for size.

use super::*;
use serde_json::Value;

pub const SRC: &str = r#"// A long run for the viewer's performance budget
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func walk(n *Node, depth int) (sum int) {
	if n == nil || depth == 0 {
		return 0
	}
	defer func() { sum += 0 }()
	return n.Val + walk(n.Next, depth-1)
}

func main() {
	var head *Node
	nums := make([]int, 0, 32)
	for i := 0; ; i++ {
		if i%16 == 0 {
			head, nums = nil, nums[:0]
		}
		head = &Node{Val: i, Next: head}
		nums = append(nums, i)
		fmt.Println(walk(head, 12))
	}
}
"#;

fn line(needle: &str) -> u32 {
    SRC.lines().position(|l| l.contains(needle)).unwrap() as u32 + 1
}

/// big returns a recording of exactly `steps` steps, truncated there.
pub fn big(steps: usize) -> Value {
    let mut r = Rec::new();
    r.max_record = steps;
    let f0 = r.file("long.go", "long.go", false, SRC);
    let hi = stack_hi(1);
    let main_sp = hi - 0x70;
    let mut gr = G { id: 1, status: "running", segments: vec![(hi - 2048, hi), (0xc00fffffd800, 0xc00fffffe800)], ..G::default() };
    gr.frames.push(F {
        func: "main.main".into(),
        file: f0,
        line: line("var head"),
        pc: "main.main+0x0".into(),
        sp: main_sp,
        fp: hi,
        ret: "goexit".into(),
        ..F::default()
    });
    r.m.gs.push(gr);
    let arr = "0xc000100000";
    r.m.alloc(arr, "[32]int", Body::Array(vec![int(0); 32], 0));
    let node_addr = |i: usize| format!("{:#x}", 0xc000200000u64 + (i as u64 % 4096) * 0x20);
    let node_ptr = |i: Option<usize>| match i {
        Some(i) => ptr("*main.Node", &node_addr(i), &format!("&main.Node{{Val:{i}, Next:...}}")),
        None => nil("*main.Node"),
    };
    let mut i = 0usize;
    let mut list: Vec<usize> = vec![];
    'run: loop {
        let done = |r: &Rec| r.steps() >= steps;
        if done(&r) {
            break;
        }
        if i.is_multiple_of(16) {
            // the old nodes become garbage: the recorder lists live objects only
            for n in list.drain(..) {
                let a = node_addr(n);
                r.m.objects.retain(|o| o.addr != a);
            }
        }
        r.m.g(1).top().var("i", int(i as i64));
        r.stmt(1, line("head = &Node"), &format!("Iteration {i}: a new Node goes in front of the list."));
        let next = list.last().copied();
        r.m.alloc(&node_addr(i), "main.Node", Body::Struct(vec![("Val".into(), int(i as i64)), ("Next".into(), node_ptr(next))]));
        list.push(i);
        r.m.g(1).top().var("head", node_ptr(Some(i)));
        if done(&r) {
            break;
        }
        r.stmt(1, line("nums = append"), "append writes the next element of the backing array.");
        let len = list.len();
        if let Body::Array(e, _) = &mut r.m.obj(arr).body {
            e[len - 1] = int(i as i64);
        }
        r.m.g(1).top().var("nums", slice("[]int", arr, 0, len, 32, "[]int{...}"));
        if done(&r) {
            break;
        }
        r.stmt(1, line("fmt.Println(walk"), "main calls walk(head, 12).");
        // the recursion: one frame per node, at most 12
        let depth = list.len().min(12);
        let mut sp = main_sp;
        let mut seg = 0;
        for d in 0..=depth {
            let node = if d < list.len() { Some(list[list.len() - 1 - d]) } else { None };
            let fp = sp;
            sp -= 0x90;
            if seg == 0 && sp < hi - 2048 + 928 {
                seg = 1;
                sp = 0xc00fffffe800 - 0x90;
            }
            let mut f = F {
                func: "main.walk".into(),
                file: f0,
                line: line("if n == nil"),
                pc: "main.walk+0x0".into(),
                sp,
                fp,
                seg,
                ..F::default()
            }
            .param("n", node_ptr(node))
            .param("depth", int(12 - d as i64))
            .result("sum", int(0));
            if d == depth {
                f.line = line("return 0");
            }
            r.m.g(1).frames.push(f);
            r.stmt(1, line("if n == nil"), &format!("walk at depth {}.", 12 - d));
            if done(&r) {
                break 'run;
            }
            if d == depth {
                r.stmt(1, line("return 0"), "The end of the walk.");
                break;
            }
            r.m.g(1).top().open = Some(Open {
                bits: "0b00000001".into(),
                slots: vec![Slot { call: "main.walk.func1()".into(), func: "main.walk.func1".into(), args: vec![], set: true }],
            });
            r.event(1, "defer.push", line("defer func()"), "An open-coded defer.");
            r.stmt(1, line("return n.Val"), "walk recurses.");
            if done(&r) {
                break 'run;
            }
        }
        let mut sum = 0i64;
        while r.m.g(1).frames.len() > 1 {
            r.m.g(1).frames.pop();
            sum += 1;
            if r.m.g(1).frames.len() > 1 {
                r.m.g(1).top().var("sum", int(sum));
                if let Some(o) = r.m.g(1).top().open.as_mut() {
                    o.slots[0].set = false;
                }
                r.event(1, "defer.run", line("return n.Val"), "deferreturn runs the closure.");
                if done(&r) {
                    break 'run;
                }
            }
        }
        r.out("stdout", &format!("{sum}\n"));
        i += 1;
    }
    r.finish(2, "limit", &format!("Stopped after {steps} steps (max_record): the program was still running."), true)
}
