//! The fixture programs, step by step, as gostack's runtime would run them
//! (addresses, pcs, frame sizes and defer kinds follow docs/runtime.md and
//! the transcripts of docs/inspecting.md).

use super::*;
use serde_json::{json, Value};

/// ln is the 1-based line of the first line of src containing needle.
fn ln(src: &str, needle: &str) -> u32 {
    src.lines().position(|l| l.contains(needle)).unwrap_or_else(|| panic!("no line with {needle:?}")) as u32 + 1
}

fn frame(func: &str, file: usize, line: u32, pc: &str, sp: u64, fp: u64) -> F {
    F { func: func.into(), file, line, pc: pc.into(), sp, fp, ..F::default() }
}

fn g(id: u32, status: &'static str) -> G {
    let hi = stack_hi(id);
    G { id, status, segments: vec![(hi - 2048, hi)], ..G::default() }
}

/// args of a variadic fmt.Println call: a []any slice over a fresh array.
fn println_args(r: &mut Rec, addr: &str, items: &[V]) -> V {
    let elems: Vec<V> = items.iter().map(|v| iface("any", v.clone())).collect();
    let text = format!("[]interface {{}}{{{}}}", items.iter().map(|v| v.text.clone()).collect::<Vec<_>>().join(", "));
    r.m.alloc(addr, &format!("[{}]any", items.len()), Body::Array(elems, 0));
    slice("[]any", addr, 0, items.len(), items.len(), &text)
}

pub const DEFER_LOOP: &str = r#"// Deferred calls run newest first, with their arguments bound at the defer
package main

import "fmt"

func loop() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop defer", i)
	}
}

func main() {
	x := 1
	defer fmt.Println("first deferred, x was", x)
	x = 2
	defer func() { fmt.Println("closure sees x =", x) }()
	loop()
	fmt.Println("main returns")
}
"#;

pub fn defer_loop() -> Value {
    let src = DEFER_LOOP;
    let mut r = Rec::new();
    let f0 = r.file("defer_loop.go", "defer_loop.go", false, src);
    let hi = stack_hi(1);
    let (main_sp, loop_sp, func1_sp) = (0xc00fffffff90, 0xc00fffffff18, 0xc00ffffffec0);
    let mut gr = g(1, "running");
    let mut main = frame("main.main", f0, 0, "main.main+0x0", main_sp, hi);
    main.ret = "goexit".into();
    gr.frames.push(main);
    r.m.gs.push(gr);
    let l_x = ln(src, "x := 1");
    let l_d1 = ln(src, "first deferred");
    let l_x2 = ln(src, "x = 2");
    let l_d2 = ln(src, "closure sees");
    let l_loop = ln(src, "\tloop()");
    let l_for = ln(src, "for i := 0");
    let l_defer = ln(src, "loop defer");
    let l_loop_end = l_defer + 2;
    let l_mr = ln(src, "main returns");
    let l_main_end = src.lines().count() as u32;

    r.stmt(1, l_x, "main.main begins. x := 1 declares x; a closure below captures x and x is assigned again, so x lives in a heap cell.");
    r.m.alloc("0xc000012000", "int", Body::Cell(int(1)));
    r.m.g(1).top().var("x", ptr("int", "0xc000012000", "1"));
    r.m.g(1).top().pc = "main.main+0x4".into();
    r.stmt(1, l_d1, "defer evaluates fmt.Println's arguments now, while x is 1, and saves the call.");
    let a = println_args(&mut r, "0xc000014000", &[string("first deferred, x was"), int(1)]);
    r.m.g(1).top().open = Some(Open {
        bits: "0b00000001".into(),
        slots: vec![Slot {
            call: "fmt.Println(\"first deferred, x was\", 1)".into(),
            func: "fmt.Println".into(),
            args: vec![a],
            set: true,
        }],
    });
    r.m.g(1).top().pc = "main.main+0x9".into();
    r.event(
        1,
        "defer.push",
        l_d1,
        "No loop around this defer, so it is open-coded: saved in slot 0 of main's frame, and bit 0 of deferBits is set.",
    );
    r.stmt(1, l_x2, "x = 2 writes the cell. The saved argument is a copy: it stays 1.");
    r.m.objects[0].body = Body::Cell(int(2));
    r.m.g(1).top().var("x", ptr("int", "0xc000012000", "2"));
    r.stmt(1, l_d2, "This defer saves a closure, main.main.func1, which refers to the cell of x, not to a copy.");
    r.m.alloc(
        "0xc000016000",
        "func()",
        Body::Func("main.main.func1".into(), vec![("x".into(), ptr("*int", "0xc000012000", "(*int)(0xc000012000)"))]),
    );
    {
        let top = r.m.g(1).top();
        top.pc = "main.main+0xe".into();
        let open = top.open.as_mut().unwrap();
        open.bits = "0b00000011".into();
        open.slots.push(Slot {
            call: "main.main.func1()".into(),
            func: "main.main.func1".into(),
            args: vec![ptr("func()", "0xc000016000", "(func())(0xc000016000)")],
            set: true,
        });
    }
    r.event(1, "defer.push", l_d2, "Open-coded slot 1 now holds the closure; deferBits = 0b00000011.");
    r.stmt(1, l_loop, "main.main calls loop.");
    let mut lf = frame("main.loop", f0, l_for, "main.loop+0x0", loop_sp, main_sp);
    lf.vars.push(("i".into(), "local", int(0)));
    r.m.g(1).frames.push(lf);
    r.stmt(1, l_for, "loop begins: i := 0.");
    let arrays = ["0xc000018000", "0xc000018020", "0xc000018040"];
    for (i, array) in arrays.iter().enumerate() {
        r.m.g(1).top().var("i", int(i as i64));
        r.m.g(1).top().pc = "main.loop+0x5".into();
        r.stmt(
            1,
            l_defer,
            &format!("i is {i}. A defer inside a loop cannot be open-coded: each time it runs it allocates a _defer record on the heap."),
        );
        let a = println_args(&mut r, array, &[string("loop defer"), int(i as i64)]);
        r.m.g(1).defers.push(D {
            func: "fmt.Println".into(),
            args: vec![a],
            call: format!("fmt.Println(\"loop defer\", {i})"),
            heap: true,
            sp: loop_sp,
            pc: "main.loop+0x7".into(),
            line: l_defer,
            depth: 1,
        });
        r.m.g(1).top().pc = "main.loop+0x8".into();
        r.event(
            1,
            "defer.push",
            l_defer,
            &format!("g._defer now points at the new record for fmt.Println(\"loop defer\", {i}); its link is the older record. Its sp is loop's sp: that is how deferreturn finds it."),
        );
    }
    r.m.g(1).top().var("i", int(3));
    r.stmt(1, l_loop_end, "loop returns. Its deferreturn runs every record whose sp is loop's sp, newest first.");
    for i in (0..3).rev() {
        r.m.g(1).defers.pop();
        r.m.objects.retain(|o| o.addr != arrays[i]);
        r.out("stdout", &format!("loop defer {i}\n"));
        r.event(1, "defer.run", l_loop_end, &format!("deferreturn unlinks the newest record and calls fmt.Println(\"loop defer\", {i})."));
    }
    r.m.g(1).frames.pop();
    r.m.g(1).top().pc = "main.main+0x10".into();
    r.stmt(1, l_mr, "Back in main.main: loop's records are all gone from g._defer.");
    r.out("stdout", "main returns\n");
    r.m.g(1).top().pc = "main.main+0x13".into();
    r.stmt(1, l_main_end, "main.main returns. Its deferreturn runs the open-coded slots, highest bit first.");
    {
        let open = r.m.g(1).top().open.as_mut().unwrap();
        open.bits = "0b00000001".into();
        open.slots[1].set = false;
    }
    let mut cf = frame("main.main.func1", f0, l_d2, "main.main.func1+0x0", func1_sp, main_sp);
    cf.ret = "deferreturn".into();
    r.m.g(1).frames.push(cf);
    r.event(1, "defer.run", l_main_end, "deferreturn clears bit 1 and calls the closure main.main.func1 on top of main's frame.");
    r.stmt(1, l_d2, "The closure reads x through its cell: x is 2 now.");
    r.out("stdout", "closure sees x = 2\n");
    r.m.g(1).frames.pop();
    r.event(1, "defer.done", l_main_end, "The closure returned; back in main.main's deferreturn.");
    {
        let open = r.m.g(1).top().open.as_mut().unwrap();
        open.bits = "0b00000000".into();
        open.slots[0].set = false;
    }
    r.out("stdout", "first deferred, x was 1\n");
    r.event(1, "defer.run", l_main_end, "Bit 0: fmt.Println with the argument saved at the defer, 1.");
    r.event(1, "exit", l_main_end, "main.main has returned: the program exits with status 0.");
    r.finish(0, "ok", "The program exited normally (status 0).", false)
}

pub const RECOVER_HELPER: &str = r#"// recover called by a helper of a deferred function returns nil
package main

import "fmt"

func helper() any { return recover() }

func main() {
	defer func() {
		r := recover()
		fmt.Println("direct recover:", r)
	}()
	defer func() {
		r := helper()
		fmt.Println("helper recover:", r)
	}()
	panic("boom")
}
"#;

pub fn recover_helper() -> Value {
    let src = RECOVER_HELPER;
    let mut r = Rec::new();
    let f0 = r.file("recover_helper.go", "recover_helper.go", false, src);
    let hi = stack_hi(1);
    let main_sp = 0xc00fffffffd0;
    let mut gr = g(1, "running");
    let mut main = frame("main.main", f0, 0, "main.main+0x0", main_sp, hi);
    main.ret = "goexit".into();
    gr.frames.push(main);
    r.m.gs.push(gr);
    let l_d1 = ln(src, "defer func() {");
    let l_rec = ln(src, "r := recover()");
    let l_direct = ln(src, "direct recover:");
    let l_d2 = l_direct + 2;
    let l_helper_call = ln(src, "r := helper()");
    let l_hprint = ln(src, "helper recover:");
    let l_panic = ln(src, "panic(\"boom\")");
    let l_helper = ln(src, "func helper()");
    let l_end = l_panic + 1;

    r.stmt(1, l_d1, "main.main begins with a defer of a closure; no loop around it, so it is open-coded.");
    r.m.alloc("0xc000010000", "func()", Body::Func("main.main.func1".into(), vec![]));
    r.m.alloc("0xc000010010", "func()", Body::Func("main.main.func2".into(), vec![]));
    let slot = |n: u32, set: bool, addr: &str| Slot {
        call: format!("main.main.func{n}()"),
        func: format!("main.main.func{n}"),
        args: vec![ptr("func()", addr, &format!("(func())({addr})"))],
        set,
    };
    r.m.g(1).top().open = Some(Open { bits: "0b00000001".into(), slots: vec![slot(1, true, "0xc000010000")] });
    r.m.g(1).top().pc = "main.main+0x2".into();
    r.event(1, "defer.push", l_d1, "Slot 0 of main's frame holds main.main.func1; deferBits = 0b00000001.");
    r.stmt(1, l_d2, "A second deferred closure, main.main.func2.");
    {
        let top = r.m.g(1).top();
        top.pc = "main.main+0x4".into();
        let o = top.open.as_mut().unwrap();
        o.bits = "0b00000011".into();
        o.slots.push(slot(2, true, "0xc000010010"));
    }
    r.event(1, "defer.push", l_d2, "Slot 1 holds main.main.func2; deferBits = 0b00000011.");
    r.stmt(1, l_panic, "panic(\"boom\") is about to run.");
    let boom = iface("any", string("boom"));
    r.m.g(1).panics.push(P { id: 1, value: Some(boom.clone()), frame: 0, start: 0, ..P::default() });
    r.event(
        1,
        "panic",
        l_panic,
        "gopanic pushes panic 1 on g._panic, with the value \"boom\", and looks for main's deferred calls, newest first.",
    );
    {
        let o = r.m.g(1).top().open.as_mut().unwrap();
        o.bits = "0b00000001".into();
        o.slots[1].set = false;
    }
    let mut f2 = frame("main.main.func2", f0, l_helper_call, "main.main.func2+0x0", 0xc00fffffff60, main_sp);
    f2.ret = "panic:1".into();
    r.m.g(1).frames.push(f2);
    r.m.g(1).panics[0].running = Some(1);
    r.event(
        1,
        "defer.run",
        l_d2,
        "Panic 1 clears bit 1 and calls main.main.func2. It runs on top of the panicking frame: main.main is still there below it.",
    );
    r.stmt(1, l_helper_call, "The deferred function calls helper.");
    let mut hf = frame("main.helper", f0, l_helper, "main.helper+0x0", 0xc00fffffff28, 0xc00fffffff60);
    hf.vars.push(("~r0".into(), "result", nil("any")));
    r.m.g(1).frames.push(hf);
    r.stmt(1, l_helper, "helper calls recover().");
    r.event(
        1,
        "recover.refuse",
        l_helper,
        "recover() returns nil: its caller, main.helper, is not the deferred call panic 1 is running (gorecover checks the caller's frame). The panic goes on.",
    );
    r.m.g(1).frames.pop();
    r.m.g(1).top().var("r", nil("any"));
    r.m.g(1).top().pc = "main.main.func2+0x3".into();
    r.stmt(1, l_hprint, "Back in main.main.func2: r is nil.");
    r.out("stdout", "helper recover: <nil>\n");
    r.m.g(1).frames.pop();
    r.m.g(1).panics[0].running = None;
    r.event(1, "defer.done", l_panic, "main.main.func2 returned and panic 1 is not recovered: gopanic looks for the next deferred call.");
    {
        let o = r.m.g(1).top().open.as_mut().unwrap();
        o.bits = "0b00000000".into();
        o.slots[0].set = false;
    }
    let mut f1 = frame("main.main.func1", f0, l_rec, "main.main.func1+0x0", 0xc00fffffff60, main_sp);
    f1.ret = "panic:1".into();
    r.m.g(1).frames.push(f1);
    r.m.g(1).panics[0].running = Some(1);
    r.event(1, "defer.run", l_d1, "Panic 1 clears bit 0 and calls main.main.func1.");
    r.stmt(1, l_rec, "main.main.func1 calls recover() itself.");
    r.m.g(1).panics[0].recovered = true;
    r.m.g(1).top().var("r", boom.clone());
    r.event(
        1,
        "recover.accept",
        l_rec,
        "recover() returns \"boom\": it is called directly by the deferred call panic 1 is running. Panic 1 is marked recovered.",
    );
    r.m.g(1).top().pc = "main.main.func1+0x3".into();
    r.stmt(1, l_direct, "r holds the panic's value.");
    r.out("stdout", "direct recover: boom\n");
    r.m.g(1).frames.pop();
    r.m.g(1).panics[0].running = None;
    r.event(1, "defer.done", l_end, "main.main.func1 returned, and panic 1 was recovered.");
    r.m.g(1).panics.clear();
    r.m.g(1).top().pc = "main.main+0x7".into();
    r.m.g(1).top().line = l_end;
    r.event(
        1,
        "recovery",
        l_end,
        "recovery removes panic 1 and resumes main.main at its deferreturn, as if main.main were returning normally.",
    );
    r.event(1, "exit", l_end, "main.main returned: the program exits with status 0.");
    r.finish(0, "ok", "The panic was recovered; the program exited normally (status 0).", false)
}

pub const HEAP_PANIC: &str = r#"// A struct pointer, a slice and a map on the heap; an index out of range
package main

import "fmt"

type Point struct {
	X, Y int
}

func scale(p *Point, k int) {
	p.X *= k
	p.Y *= k
}

func get(s []int, i int) int {
	return s[i]
}

func main() {
	p := &Point{X: 1, Y: 2}
	s := []int{10, 20, 30}
	ages := map[string]int{"ann": 31, "bob": 27}
	scale(p, 3)
	t := s[1:]
	fmt.Println(*p, t, ages["ann"])
	defer fmt.Println("deferred in main")
	fmt.Println(get(s, 5))
}
"#;

pub fn heap_panic() -> Value {
    let src = HEAP_PANIC;
    let mut r = Rec::new();
    let f0 = r.file("heap.go", "heap.go", false, src);
    let hi = stack_hi(1);
    let main_sp = 0xc00fffffff60;
    let mut gr = g(1, "running");
    let mut main = frame("main.main", f0, 0, "main.main+0x0", main_sp, hi);
    main.ret = "goexit".into();
    gr.frames.push(main);
    r.m.gs.push(gr);
    let l = |n: &str| ln(src, n);
    let (pa, sa, ma) = ("0xc000012030", "0xc000014000", "0xc000016000");
    let pt = |x: i64, y: i64| Body::Struct(vec![("X".into(), int(x)), ("Y".into(), int(y))]);
    let pv = |x: i64, y: i64| ptr("*main.Point", "0xc000012030", &format!("&main.Point{{X:{x}, Y:{y}}}"));

    r.stmt(1, l("p := &Point"), "main.main begins: &Point{X: 1, Y: 2} allocates a Point on the heap; p points at it.");
    r.m.alloc(pa, "main.Point", pt(1, 2));
    r.m.g(1).top().var("p", pv(1, 2));
    r.stmt(1, l("s := []int"), "A slice literal: a backing array of 3 ints, and s, a header (pointer, len, cap) pointing at it.");
    r.m.alloc(sa, "[3]int", Body::Array(vec![int(10), int(20), int(30)], 0));
    let sv = slice("[]int", sa, 0, 3, 3, "[]int{10, 20, 30}");
    r.m.g(1).top().var("s", sv.clone());
    r.stmt(1, l("ages :="), "A map literal: ages points at the map's storage.");
    r.m.alloc(ma, "map[string]int", Body::Map(vec![(string("ann"), int(31)), (string("bob"), int(27))], 0));
    r.m.g(1).top().var("ages", ptr("map[string]int", ma, "map[string]int{\"ann\":31, \"bob\":27}"));
    r.stmt(1, l("scale(p, 3)"), "scale receives a copy of the pointer p: both point at the same Point.");
    let sf = frame("main.scale", f0, l("p.X *= k"), "main.scale+0x0", 0xc00fffffff20, main_sp).param("p", pv(1, 2)).param("k", int(3));
    r.m.g(1).frames.push(sf);
    r.stmt(1, l("p.X *= k"), "p.X *= k writes through the pointer, into the heap object.");
    r.m.obj(pa).body = pt(3, 2);
    r.m.g(1).top().vars[0].2 = pv(3, 2);
    r.m.g(1).frames[0].var("p", pv(3, 2));
    r.stmt(1, l("p.Y *= k"), "main's p sees the change: it is the same object.");
    r.m.obj(pa).body = pt(3, 6);
    r.m.g(1).top().vars[0].2 = pv(3, 6);
    r.m.g(1).frames[0].var("p", pv(3, 6));
    r.m.g(1).frames.pop();
    r.stmt(1, l("t := s[1:]"), "s[1:] makes a new slice header over the same array, starting at element 1.");
    r.m.g(1).top().var("t", slice("[]int", sa, 1, 2, 2, "[]int{20, 30}"));
    r.stmt(1, l("fmt.Println(*p"), "fmt.Println prints the Point, the slice t and ages[\"ann\"].");
    r.out("stdout", "{3 6} [20 30] 31\n");
    r.stmt(1, l("defer fmt.Println"), "An open-coded defer: slot 0 of main's frame.");
    r.m.alloc("0xc000018000", "[1]any", Body::Array(vec![iface("any", string("deferred in main"))], 0));
    r.m.g(1).top().open = Some(Open {
        bits: "0b00000001".into(),
        slots: vec![Slot {
            call: "fmt.Println(\"deferred in main\")".into(),
            func: "fmt.Println".into(),
            args: vec![slice("[]any", "0xc000018000", 0, 1, 1, "[]interface {}{\"deferred in main\"}")],
            set: true,
        }],
    });
    r.event(1, "defer.push", l("defer fmt.Println"), "deferBits = 0b00000001.");
    r.stmt(1, l("get(s, 5)"), "get(s, 5): s has 3 elements.");
    let gf = frame("main.get", f0, l("return s[i]"), "main.get+0x0", 0xc00fffffff28, main_sp)
        .param("s", sv)
        .param("i", int(5))
        .result("~r0", int(0));
    r.m.g(1).frames.push(gf);
    r.stmt(1, l("return s[i]"), "s[5] is out of range.");
    let msg = "runtime error: index out of range [5] with length 3";
    let value = iface("error", val("runtime.boundsError", &format!("{msg:?}")));
    r.m.g(1).panics.push(P { id: 1, value: Some(value), frame: 1, start: 1, ..P::default() });
    r.event(1, "panic", l("return s[i]"), "The index check fails: a runtime panic, panic 1, with a runtime.boundsError value.");
    r.m.g(1).panics[0].frame = 0;
    r.event(1, "unwind", l("return s[i]"), "main.get has no deferred calls: panic 1 moves on to main.main's.");
    r.m.g(1).frames[0].open.as_mut().unwrap().bits = "0b00000000".into();
    r.m.g(1).frames[0].open.as_mut().unwrap().slots[0].set = false;
    r.out("stdout", "deferred in main\n");
    r.event(1, "defer.run", l("get(s, 5)"), "Panic 1 runs main's deferred call: fmt.Println(\"deferred in main\").");
    r.out(
        "stderr",
        &format!(
            "panic: {msg}\n\ngoroutine 1 [running]:\nmain.get(...)\n\theap.go:{}\nmain.main()\n\theap.go:{} +0x5d\n",
            l("return s[i]"),
            l("get(s, 5)")
        ),
    );
    r.out("stderr", "exit status 2\n");
    r.event(1, "fatal", l("return s[i]"), "No deferred call recovered panic 1: the runtime prints it with a traceback.");
    r.event(1, "exit", l("return s[i]"), "The program exits with status 2.");
    r.finish(2, "panic", "panic: runtime error: index out of range [5] with length 3 (exit status 2).", false)
}

pub const CHANNELS: &str = r#"// A producer fills a buffered channel faster than main drains it
package main

import "fmt"

func producer(ch chan<- int, n int) {
	for i := 1; i <= n; i++ {
		ch <- i * 10
	}
	close(ch)
}

func main() {
	ch := make(chan int, 2)
	go producer(ch, 4)
	for v := range ch {
		fmt.Println("got", v)
	}
	fmt.Println("channel closed")
}
"#;

pub fn channels() -> Value {
    let src = CHANNELS;
    let mut r = Rec::new();
    let f0 = r.file("chan.go", "chan.go", false, src);
    let l = |n: &str| ln(src, n);
    let mut gr = g(1, "running");
    let mut main = frame("main.main", f0, 0, "main.main+0x0", 0xc00fffffff88, stack_hi(1));
    main.ret = "goexit".into();
    gr.frames.push(main);
    r.m.gs.push(gr);
    let ca = "0xc000020000";
    let chv = ptr("chan int", ca, "(chan int)(0xc000020000)");
    r.stmt(1, l("make(chan int, 2)"), "make(chan int, 2): a channel with room for 2 values.");
    r.m.chans.push(C { addr: ca.into(), ty: "chan int".into(), cap: 2, ..C::default() });
    r.m.alloc(ca, "chan int", Body::Chan);
    r.m.g(1).top().var("ch", chv.clone());
    r.stmt(1, l("go producer"), "go producer(ch, 4) starts a goroutine; main carries on.");
    let mut g2 = g(2, "runnable");
    g2.created_by = Some(("main.main".into(), f0, l("go producer")));
    let mut pf = frame("main.producer", f0, l("func producer"), "main.producer+0x0", stack_hi(2) - 0x60, stack_hi(2));
    pf.ret = "goexit".into();
    pf = pf.param("ch", ptr("chan<- int", ca, "(chan<- int)(0xc000020000)")).param("n", int(4));
    g2.frames.push(pf);
    r.m.gs.push(g2);
    r.event(1, "go.create", l("go producer"), "Goroutine 2 exists and is runnable; it runs when main blocks.");
    r.stmt(1, l("for v := range ch"), "range ch receives from the channel.");
    r.m.g(1).status = "waiting";
    r.m.g(1).wait = Some("chan receive".into());
    r.m.chan(ca).recvq = vec![1];
    r.event(1, "go.block", l("for v := range ch"), "The buffer is empty: main parks on the channel's recvq (waiting: chan receive).");
    r.m.g(2).status = "running";
    r.event(2, "go.switch", l("func producer"), "The scheduler switches to goroutine 2.");
    r.m.g(2).top().var("i", int(1));
    let l_send = l("ch <- i * 10");
    r.stmt(2, l_send, "producer sends 10.");
    r.m.chan(ca).recvq.clear();
    r.m.g(1).status = "runnable";
    r.m.g(1).wait = None;
    r.stmt(
        2,
        l_send,
        "main was parked on recvq, so 10 went straight to it, not through the buffer; main is runnable again. Goroutine 2 keeps running: i is 2.",
    );
    r.m.g(2).top().var("i", int(2));
    r.m.chan(ca).buf = vec![int(20)];
    r.m.g(2).top().var("i", int(3));
    r.stmt(2, l_send, "20 went into the buffer (nobody was waiting); i is 3.");
    r.m.chan(ca).buf.push(int(30));
    r.m.g(2).top().var("i", int(4));
    r.stmt(2, l_send, "30 filled the buffer; i is 4, and 40 does not fit.");
    r.m.g(2).status = "waiting";
    r.m.g(2).wait = Some("chan send".into());
    r.m.chan(ca).sendq = vec![(2, int(40))];
    r.event(2, "go.block", l_send, "The buffer is full: goroutine 2 parks on sendq with its value 40 (waiting: chan send).");
    r.m.g(1).status = "running";
    r.m.g(1).top().var("v", int(10));
    r.event(1, "go.switch", l("for v := range ch"), "main runs again with the value handed to it: v = 10.");
    r.stmt(1, l("fmt.Println(\"got\""), "main prints 10.");
    r.out("stdout", "got 10\n");
    r.stmt(1, l("for v := range ch"), "The next receive takes 20 from the head of the buffer.");
    r.m.chan(ca).buf = vec![int(30), int(40)];
    r.m.chan(ca).sendq.clear();
    r.m.g(2).status = "runnable";
    r.m.g(2).wait = None;
    r.m.g(1).top().var("v", int(20));
    r.stmt(1, l("fmt.Println(\"got\""), "A sender was parked: its 40 moved into the freed slot and goroutine 2 is runnable. v = 20.");
    r.out("stdout", "got 20\n");
    r.m.chan(ca).buf = vec![int(40)];
    r.m.g(1).top().var("v", int(30));
    r.stmt(1, l("fmt.Println(\"got\""), "v = 30, from the buffer.");
    r.out("stdout", "got 30\n");
    r.m.chan(ca).buf.clear();
    r.m.g(1).top().var("v", int(40));
    r.stmt(1, l("fmt.Println(\"got\""), "v = 40: the buffer is empty again.");
    r.out("stdout", "got 40\n");
    r.stmt(1, l("for v := range ch"), "The channel is empty and not closed.");
    r.m.g(1).status = "waiting";
    r.m.g(1).wait = Some("chan receive".into());
    r.m.chan(ca).recvq = vec![1];
    r.event(1, "go.block", l("for v := range ch"), "main parks on recvq again.");
    r.m.g(2).status = "running";
    r.m.g(2).top().var("i", int(5));
    r.event(2, "go.switch", l("close(ch)"), "Goroutine 2 resumes: its send is done, and i = 5 ends its loop.");
    r.stmt(2, l("close(ch)"), "close(ch) marks the channel closed and wakes every goroutine parked on it.");
    r.m.chan(ca).closed = true;
    r.m.chan(ca).recvq.clear();
    r.m.g(1).status = "runnable";
    r.m.g(1).wait = None;
    r.m.g(2).top().line = l("close(ch)") + 1;
    r.stmt(2, l("close(ch)") + 1, "The channel is closed; main is runnable. producer returns.");
    r.m.gs.retain(|g| g.id != 2);
    r.event(2, "go.exit", l("close(ch)") + 1, "Goroutine 2 has returned from its function: it exits.");
    r.m.g(1).status = "running";
    r.event(1, "go.switch", l("for v := range ch"), "main resumes: the receive reports a closed channel, so the range loop ends.");
    r.stmt(1, l("channel closed"), "After the loop.");
    r.out("stdout", "channel closed\n");
    r.stmt(1, l("channel closed") + 1, "main.main returns.");
    r.event(1, "exit", l("channel closed") + 1, "The program exits with status 0.");
    r.finish(0, "ok", "The program exited normally (status 0).", false)
}

pub const GOEXIT: &str = r#"// runtime.Goexit runs the goroutine's deferred calls; recover returns nil
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func worker(wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		fmt.Println("recover during Goexit:", recover())
	}()
	defer fmt.Println("worker: deferred print")
	runtime.Goexit()
	fmt.Println("not reached")
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go worker(&wg)
	wg.Wait()
	fmt.Println("main: worker finished")
}
"#;

pub const SYNC_GO: &str = r#"// Package sync: gostack's subset. The fields follow Go's so that printing a
// Mutex or WaitGroup shows the same fields ({{} {0 0}}); the blocking
// operations are natives that park the goroutine.
package sync

type noCopy struct{}

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	noCopy noCopy
	state  atomicUint64
	sema   uint32
}

func (wg *WaitGroup) Add(delta int)

func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

func (wg *WaitGroup) Wait()
"#;

pub fn goexit() -> Value {
    let src = GOEXIT;
    let mut r = Rec::new();
    let f0 = r.file("goexit.go", "goexit.go", false, src);
    let fs = r.file("sync.go", "$GOROOT/src/sync/sync.go", true, SYNC_GO);
    let l = |n: &str| ln(src, n);
    let mut gr = g(1, "running");
    let mut main = frame("main.main", f0, 0, "main.main+0x0", 0xc00fffffffa0, stack_hi(1));
    main.ret = "goexit".into();
    gr.frames.push(main);
    r.m.gs.push(gr);
    let wa = "0xc000012000";
    let wg = |n: u64| {
        Body::Struct(vec![
            ("noCopy".into(), val("sync.noCopy", "sync.noCopy{}")),
            ("state".into(), val("sync.atomicUint64", &format!("{{v:{:#x}}}", n << 32))),
            ("sema".into(), val("uint32", "0x0")),
        ])
    };
    let wgp = ptr("*sync.WaitGroup", wa, "&sync.WaitGroup{...}");
    r.stmt(1, l("var wg sync.WaitGroup"), "var wg: its address is taken below (&wg), so wg lives on the heap.");
    r.m.alloc(wa, "sync.WaitGroup", wg(0));
    r.m.g(1).top().var("wg", ptr("sync.WaitGroup", wa, "sync.WaitGroup{...}"));
    r.stmt(1, l("wg.Add(1)"), "wg.Add(1): the counter, in the high half of state, becomes 1.");
    r.m.obj(wa).body = wg(1);
    r.stmt(1, l("go worker(&wg)"), "go worker(&wg) creates goroutine 2 with a pointer to wg.");
    let hi2 = stack_hi(2);
    let wsp = 0xc01fffffffa0;
    let mut g2 = g(2, "runnable");
    g2.created_by = Some(("main.main".into(), f0, l("go worker(&wg)")));
    let mut wf = frame("main.worker", f0, l("defer wg.Done()"), "main.worker+0x0", wsp, hi2).param("wg", wgp.clone());
    wf.ret = "goexit".into();
    g2.frames.push(wf);
    r.m.gs.push(g2);
    r.event(1, "go.create", l("go worker(&wg)"), "Goroutine 2 is runnable.");
    r.stmt(1, l("wg.Wait()"), "wg.Wait() waits for the counter to reach 0.");
    r.m.g(1).status = "waiting";
    r.m.g(1).wait = Some("sync.WaitGroup.Wait".into());
    r.event(
        1,
        "go.block",
        l("wg.Wait()"),
        "The counter is 1: main waits (sync.WaitGroup.Wait) and the scheduler looks for another goroutine.",
    );
    r.m.g(2).status = "running";
    r.event(2, "go.switch", l("defer wg.Done()"), "Goroutine 2 runs worker.");
    let slots = [
        ("wg.Done()", "sync.(*WaitGroup).Done", l("defer wg.Done()"), "0b00000001", "main.worker+0x6"),
        ("main.worker.func1()", "main.worker.func1", l("defer func() {"), "0b00000011", "main.worker+0x8"),
        ("fmt.Println(\"worker: deferred print\")", "fmt.Println", l("defer fmt.Println"), "0b00000111", "main.worker+0xc"),
    ];
    for (i, (call, func, line, bits, pc)) in slots.iter().enumerate() {
        r.stmt(2, *line, &format!("defer {call}: worker has no loop and at most 8 defers, so each is open-coded."));
        let args = match i {
            0 => vec![wgp.clone()],
            1 => {
                r.m.alloc("0xc000014000", "func()", Body::Func("main.worker.func1".into(), vec![]));
                vec![ptr("func()", "0xc000014000", "(func())(0xc000014000)")]
            }
            _ => vec![string("worker: deferred print")],
        };
        let top = r.m.g(2).top();
        top.pc = (*pc).into();
        let open = top.open.get_or_insert_with(Open::default);
        open.bits = (*bits).into();
        open.slots.push(Slot { call: (*call).into(), func: (*func).into(), args, set: true });
        r.event(2, "defer.push", *line, &format!("Slot {i}: {call}; deferBits = {bits}."));
    }
    let l_goexit = l("runtime.Goexit()");
    r.stmt(2, l_goexit, "runtime.Goexit() ends this goroutine, but first runs its deferred calls.");
    r.m.g(2).panics.push(P { id: 1, goexit: true, frame: 0, start: 0, ..P::default() });
    r.event(
        2,
        "goexit",
        l_goexit,
        "Goexit pushes a record on g._panic, Goexit 1: it runs the deferred calls as a panic would, but it is not a panic.",
    );
    let clear = |r: &mut Rec, slot: usize, bits: &str| {
        let o = r.m.g(2).frames[0].open.as_mut().unwrap();
        o.slots[slot].set = false;
        o.bits = bits.into();
    };
    clear(&mut r, 2, "0b00000011");
    r.out("stdout", "worker: deferred print\n");
    r.event(2, "defer.run", l_goexit, "Goexit 1 clears bit 2 and calls fmt.Println(\"worker: deferred print\").");
    clear(&mut r, 1, "0b00000001");
    let l_rec = l("recover during Goexit");
    let mut cf = frame("main.worker.func1", f0, l_rec, "main.worker.func1+0x0", 0xc01fffffff40, wsp);
    cf.ret = "goexit:1".into();
    r.m.g(2).frames.push(cf);
    r.m.g(2).panics[0].running = Some(1);
    r.event(2, "defer.run", l("defer func() {"), "Bit 1: Goexit 1 calls main.worker.func1 on top of worker's frame.");
    r.stmt(2, l_rec, "The deferred closure calls recover().");
    r.event(
        2,
        "recover.refuse",
        l_rec,
        "recover() returns nil: the record on g._panic is a Goexit, not a panic, and a Goexit cannot be stopped.",
    );
    r.out("stdout", "recover during Goexit: <nil>\n");
    r.m.g(2).frames.pop();
    r.m.g(2).panics[0].running = None;
    r.event(2, "defer.done", l_goexit, "main.worker.func1 returned.");
    clear(&mut r, 0, "0b00000000");
    let mut df = frame("sync.(*WaitGroup).Done", fs, ln(SYNC_GO, "wg.Add(-1)"), "sync.(*WaitGroup).Done+0x0", 0xc01fffffff68, wsp)
        .param("wg", wgp.clone());
    df.ret = "goexit:1".into();
    df.lib = true;
    r.m.g(2).frames.push(df);
    r.m.g(2).panics[0].running = Some(1);
    r.event(2, "defer.run", l("defer wg.Done()"), "Bit 0: Goexit 1 calls wg.Done(), which is library code.");
    r.stmt(2, ln(SYNC_GO, "wg.Add(-1)"), "Inside sync: Done is Add(-1).");
    r.m.obj(wa).body = wg(0);
    r.m.g(1).status = "runnable";
    r.m.g(1).wait = None;
    r.stmt(2, ln(SYNC_GO, "wg.Add(-1)") + 1, "The counter is 0: the goroutine waiting in wg.Wait, main, is runnable again.");
    r.m.g(2).frames.pop();
    r.m.g(2).panics[0].running = None;
    r.event(2, "defer.done", l_goexit, "wg.Done returned: worker has no deferred calls left.");
    r.m.gs.retain(|g| g.id != 2);
    r.event(2, "go.exit", l_goexit, "Goexit 1 is done: goroutine 2 exits. \"not reached\" is never printed.");
    r.m.g(1).status = "running";
    r.event(1, "go.switch", l("wg.Wait()"), "main resumes: wg.Wait returns.");
    r.stmt(1, l("main: worker finished"), "main prints.");
    r.out("stdout", "main: worker finished\n");
    r.stmt(1, l("main: worker finished") + 1, "main.main returns.");
    r.event(1, "exit", l("main: worker finished") + 1, "The program exits with status 0.");
    r.finish(0, "ok", "The program exited normally (status 0).", false)
}

pub const SORT: &str = r#"// slices.SortFunc calls our comparison from library code
package main

import (
	"fmt"
	"slices"
)

func main() {
	words := []string{"pear", "fig", "apple"}
	slices.SortFunc(words, func(a, b string) int {
		return len(a) - len(b)
	})
	fmt.Println(words)
}
"#;

/// An excerpt of gostack's slices package (crates/compiler/stdlib/slices.go),
/// copied so that editing the library does not change this fixture.
pub const SLICES_GO: &str = r#"// Package slices: the standard library subset compiled with every program.
// Ported from Go 1.27's slices package (slices.go, sort.go, iter.go,
// zsortanyfunc.go, zsortordered.go; BSD licence) so that sorting orders equal
// elements exactly as Go does.
package slices

import "cmp"

// SortFunc sorts the slice x in ascending order as determined by the cmp
// function. This sort is not guaranteed to be stable.
func SortFunc[E any](x []E, cmp func(a, b E) int) {
	n := len(x)
	pdqsortCmpFunc(x, 0, n, bitsLen(uint(n)), cmp)
}

// ---- zsortanyfunc.go

// insertionSortCmpFunc sorts data[a:b] using insertion sort.
func insertionSortCmpFunc[E any](data []E, a, b int, cmp func(a, b E) int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && (cmp(data[j], data[j-1]) < 0); j-- {
			data[j], data[j-1] = data[j-1], data[j]
		}
	}
}

// pdqsortCmpFunc sorts data[a:b].
// limit is the number of allowed bad (very unbalanced) pivots before falling back to heapsort.
func pdqsortCmpFunc[E any](data []E, a, b, limit int, cmp func(a, b E) int) {
	const maxInsertion = 12

	var (
		wasBalanced    = true // whether the last partitioning was reasonably balanced
		wasPartitioned = true // whether the slice was already partitioned
	)

	for {
		length := b - a

		if length <= maxInsertion {
			insertionSortCmpFunc(data, a, b, cmp)
			return
		}
		// ...
	}
}
"#;

/// lib_callback: user code called from library code, the case where "my
/// code only" folds library frames instead of skipping their steps.
pub fn lib_callback() -> Value {
    let src = SORT;
    let mut r = Rec::new();
    let f0 = r.file("sort.go", "sort.go", false, src);
    let fl = r.file("slices.go", "$GOROOT/src/slices/slices.go", true, SLICES_GO);
    let l = |n: &str| ln(src, n);
    let s = |n: &str| ln(SLICES_GO, n);
    let mut gr = g(1, "running");
    let main_sp = 0xc00fffffff70;
    let mut main = frame("main.main", f0, 0, "main.main+0x0", main_sp, stack_hi(1));
    main.ret = "goexit".into();
    gr.frames.push(main);
    r.m.gs.push(gr);
    let arr = "0xc000012000";
    let words = |w: [&str; 3]| Body::Array(w.iter().map(|x| string(x)).collect(), 0);
    let wv = slice("[]string", arr, 0, 3, 3, "[]string{...}");
    let cmp = ptr("func(string, string) int", "0xc000014000", "(func(string, string) int)(0xc000014000)");
    r.stmt(1, l("words :="), "A slice of three words.");
    r.m.alloc(arr, "[3]string", words(["pear", "fig", "apple"]));
    r.m.g(1).top().var("words", wv.clone());
    r.stmt(1, l("slices.SortFunc(words"), "slices.SortFunc sorts words with our comparison, a closure.");
    r.m.alloc("0xc000014000", "func(string, string) int", Body::Func("main.main.func1".into(), vec![]));
    let lib = |func: &str, line: u32, sp: u64, fp: u64| {
        let mut f = frame(func, fl, line, &format!("{func}+0x0"), sp, fp);
        f.lib = true;
        f
    };
    let (s1, s2, s3) = (0xc00fffffff20, 0xc00ffffffe80, 0xc00ffffffe00);
    r.m.g(1).frames.push(lib("slices.SortFunc[...]", s("n := len(x)"), s1, main_sp).param("x", wv.clone()).param("cmp", cmp.clone()));
    r.stmt(1, s("n := len(x)"), "Inside the library: SortFunc.");
    r.stmt(1, s("pdqsortCmpFunc(x, 0, n"), "SortFunc calls pdqsortCmpFunc.");
    let pd = lib("slices.pdqsortCmpFunc[...]", s("insertionSortCmpFunc(data, a, b, cmp)"), s2, s1)
        .param("data", wv.clone())
        .param("a", int(0))
        .param("b", int(3))
        .param("limit", int(2))
        .param("cmp", cmp.clone());
    r.m.g(1).frames.push(pd);
    r.stmt(1, s("insertionSortCmpFunc(data, a, b, cmp)"), "Three elements: an insertion sort.");
    let l_for = s("for j := i; j > a && (cmp(data[j], data[j-1]) < 0); j--");
    let is = lib("slices.insertionSortCmpFunc[...]", l_for, s3, s2)
        .param("data", wv.clone())
        .param("a", int(0))
        .param("b", int(3))
        .param("cmp", cmp.clone());
    r.m.g(1).frames.push(is);
    r.m.g(1).top().var("i", int(1));
    r.m.g(1).top().var("j", int(1));
    r.stmt(1, l_for, "The insertion sort compares data[1] with data[0] by calling cmp.");
    let call = |r: &mut Rec, a: &str, b: &str| {
        let f = frame("main.main.func1", f0, l("return len(a) - len(b)"), "main.main.func1+0x0", 0xc00ffffffdb0, s3)
            .param("a", string(a))
            .param("b", string(b))
            .result("~r0", int(0));
        r.m.g(1).frames.push(f);
        r.stmt(1, l("return len(a) - len(b)"), &format!("Our closure runs, called by library code: a = {a:?}, b = {b:?}."));
        r.m.g(1).frames.pop();
    };
    call(&mut r, "fig", "pear");
    r.stmt(1, s("data[j], data[j-1] = data[j-1], data[j]"), "fig is shorter than pear (cmp returned -1): swap them.");
    r.m.obj(arr).body = words(["fig", "pear", "apple"]);
    r.m.g(1).top().var("i", int(2));
    r.m.g(1).top().var("j", int(2));
    r.stmt(1, l_for, "Next, data[2] against data[1].");
    call(&mut r, "apple", "pear");
    r.stmt(1, l_for, "apple is longer than pear (cmp returned 1): no swap, and the sort is done.");
    r.m.g(1).frames.truncate(1);
    r.stmt(1, l("fmt.Println(words)"), "Back in main.main: words is sorted by length.");
    r.out("stdout", "[fig pear apple]\n");
    r.stmt(1, l("fmt.Println(words)") + 1, "main.main returns.");
    r.event(1, "exit", l("fmt.Println(words)") + 1, "The program exits with status 0.");
    r.finish(0, "ok", "The program exited normally (status 0).", false)
}

pub const REPANIC: &str = r#"// A deferred function recovers and panics again; the caller recovers that
package main

import "fmt"

func f() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r, "- panicking again")
		panic(fmt.Sprint("re-", r))
	}()
	panic("first")
}

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	f()
	fmt.Println("not reached")
}
"#;

/// repanic: two panic records on the chain; the first is aborted by the
/// second, which main's deferred call recovers.
pub fn repanic() -> Value {
    let src = REPANIC;
    let mut r = Rec::new();
    let f0 = r.file("repanic.go", "repanic.go", false, src);
    let l = |n: &str| ln(src, n);
    let (main_sp, f_sp, ff_sp, mf_sp) = (0xc00fffffffb0u64, 0xc00fffffff80u64, 0xc00fffffff00u64, 0xc00ffffffe80u64);
    let mut gr = g(1, "running");
    let mut main = frame("main.main", f0, 0, "main.main+0x0", main_sp, stack_hi(1));
    main.ret = "goexit".into();
    gr.frames.push(main);
    r.m.gs.push(gr);
    let closure = |r: &mut Rec, addr: &str, func: &str| {
        r.m.alloc(addr, "func()", Body::Func(func.into(), vec![]));
        Slot { call: format!("{func}()"), func: func.into(), args: vec![ptr("func()", addr, &format!("(func())({addr})"))], set: true }
    };
    r.stmt(1, l("fmt.Println(\"main recovered") - 1, "main.main defers a closure that will recover.");
    let sl = closure(&mut r, "0xc000010000", "main.main.func1");
    r.m.g(1).top().open = Some(Open { bits: "0b00000001".into(), slots: vec![sl] });
    r.m.g(1).top().pc = "main.main+0x2".into();
    r.event(1, "defer.push", l("fmt.Println(\"main recovered") - 1, "Open-coded slot 0 of main.main.");
    r.stmt(1, l("\tf()"), "main.main calls f.");
    let mut ff = frame("main.f", f0, l("r := recover()") - 1, "main.f+0x0", f_sp, main_sp);
    let sl = closure(&mut r, "0xc000010010", "main.f.func1");
    ff.open = Some(Open { bits: "0b00000001".into(), slots: vec![sl] });
    ff.pc = "main.f+0x2".into();
    r.m.g(1).frames.push(ff);
    r.event(1, "defer.push", l("r := recover()") - 1, "f defers its own closure: slot 0 of f's frame.");
    r.stmt(1, l("panic(\"first\")"), "f panics with \"first\".");
    r.m.g(1).top().pc = "main.f+0x4".into();
    r.m.g(1).panics.push(P { id: 1, value: Some(iface("any", string("first"))), frame: 1, start: 1, ..P::default() });
    r.event(1, "panic", l("panic(\"first\")"), "Panic 1 starts in main.f and looks for f's deferred calls.");
    {
        let o = r.m.g(1).top().open.as_mut().unwrap();
        o.bits = "0b00000000".into();
        o.slots[0].set = false;
    }
    let mut c = frame("main.f.func1", f0, l("r := recover()"), "main.f.func1+0x0", ff_sp, f_sp);
    c.ret = "panic:1".into();
    r.m.g(1).frames.push(c);
    r.m.g(1).panics[0].running = Some(2);
    r.event(1, "defer.run", l("r := recover()") - 1, "Panic 1 calls main.f.func1 on top of the panicking frames.");
    r.stmt(1, l("r := recover()"), "The deferred closure calls recover() directly.");
    r.m.g(1).panics[0].recovered = true;
    r.m.g(1).top().var("r", iface("any", string("first")));
    r.event(
        1,
        "recover.accept",
        l("r := recover()"),
        "recover() returns \"first\": panic 1 is marked recovered, but the closure has not returned yet.",
    );
    r.stmt(1, l("- panicking again"), "It prints, then panics again.");
    r.out("stdout", "recovered first - panicking again\n");
    r.m.g(1).top().pc = "main.f.func1+0xf".into();
    r.stmt(1, l("panic(fmt.Sprint"), "panic(\"re-first\") inside the deferred call.");
    r.m.g(1).panics.push(P { id: 2, value: Some(iface("any", string("re-first"))), frame: 2, start: 2, ..P::default() });
    r.event(1, "panic", l("panic(fmt.Sprint"), "Panic 2 starts inside the call panic 1 is running: g._panic holds both, newest first.");
    r.m.g(1).panics[0].aborted = true;
    r.event(
        1,
        "panic.abort",
        l("panic(fmt.Sprint"),
        "Panic 2 unwinds past the deferred call of panic 1: panic 1 is aborted; it will never finish.",
    );
    r.m.g(1).panics[1].frame = 1;
    r.event(1, "unwind", l("panic(fmt.Sprint"), "main.f.func1 has no deferred calls and f's are done: panic 2 moves to f.");
    r.m.g(1).panics[1].frame = 0;
    r.event(1, "unwind", l("\tf()"), "f has none left either: panic 2 moves to main.main.");
    {
        let o = r.m.g(1).frames[0].open.as_mut().unwrap();
        o.bits = "0b00000000".into();
        o.slots[0].set = false;
    }
    let mut mc = frame("main.main.func1", f0, l("main recovered"), "main.main.func1+0x0", mf_sp, ff_sp);
    mc.ret = "panic:2".into();
    r.m.g(1).frames.push(mc);
    r.m.g(1).panics[1].running = Some(3);
    r.event(
        1,
        "defer.run",
        l("fmt.Println(\"main recovered") - 1,
        "Panic 2 calls main.main.func1, on top of every frame still on the stack.",
    );
    r.stmt(1, l("main recovered"), "main's closure calls recover().");
    r.m.g(1).panics[1].recovered = true;
    r.event(1, "recover.accept", l("main recovered"), "recover() returns \"re-first\": panic 2 is recovered.");
    r.out("stdout", "main recovered: re-first\n");
    r.m.g(1).frames.pop();
    r.m.g(1).panics[1].running = None;
    r.event(1, "defer.done", l("\tf()"), "main.main.func1 returned.");
    r.m.g(1).frames.truncate(1);
    r.m.g(1).panics.clear();
    let end = l("not reached") + 1;
    r.m.g(1).top().pc = "main.main+0x7".into();
    r.m.g(1).top().line = end;
    r.event(
        1,
        "recovery",
        end,
        "recovery drops both panics (panic 1 started deeper), cuts the stack back to main.main and resumes at its deferreturn.",
    );
    r.event(1, "exit", end, "The program exits with status 0.");
    r.finish(0, "ok", "Both panics are gone; the program exited normally (status 0).", false)
}

pub const DEEP: &str = r#"// Deep recursion outgrows the first stack segment
package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	var pad [32]int
	pad[n%8] = n
	return depth(n-1) + 1 + pad[n%8] - n
}

func main() {
	fmt.Println(depth(4))
}
"#;

/// deep: depth(4) needs a second stack segment (segmented) or a copy of the
/// stack to a range twice as big (contiguous).
pub fn deep(contiguous: bool) -> Value {
    let src = DEEP;
    let mut r = Rec::new();
    if contiguous {
        r.stack_model = "contiguous";
    }
    let f0 = r.file("deep.go", "deep.go", false, src);
    let l = |n: &str| ln(src, n);
    let hi = stack_hi(1);
    let lo = hi - 2048;
    let (seg1_lo, seg1_hi) = (0xc00fffffd800u64, 0xc00fffffe800u64);
    let mut gr = g(1, "running");
    let mut main = frame("main.main", f0, l("fmt.Println(depth(4))"), "main.main+0x0", hi - 0x58, hi);
    main.ret = "goexit".into();
    gr.frames.push(main);
    r.m.gs.push(gr);
    let size = 0x128u64; // 16 + 8 × 4 slots + (256 − 8): a [32]int local makes a big frame
    r.stmt(1, l("fmt.Println(depth(4))"), "main.main calls depth(4).");
    let pad = |n: i64| {
        let mut e = vec!["0"; 8].into_iter().map(String::from).collect::<Vec<_>>();
        if n > 0 {
            e[(n % 8) as usize] = n.to_string();
        }
        val("[32]int", &format!("[32]int{{{}, ...}}", e.join(", ")))
    };
    for n in (0..=4i64).rev() {
        let (caller_sp, caller_seg) = {
            let t = r.m.g(1).frames.last().unwrap();
            (t.sp, t.seg)
        };
        let mut sp = caller_sp - size;
        let (mut fp, mut seg) = (caller_sp, caller_seg);
        let cur_lo = r.m.g(1).segments[caller_seg].0;
        if sp < cur_lo + 928 {
            if contiguous {
                // copystack: the whole stack moves to a range twice as big
                let delta = hi - seg1_hi;
                for f in r.m.g(1).frames.iter_mut() {
                    f.sp -= delta;
                    f.fp -= delta;
                }
                r.m.g(1).segments = vec![(seg1_lo, seg1_hi)];
                r.m.g(1).moved = Some(((lo, hi), (seg1_lo, seg1_hi)));
                r.event(
                    1,
                    "copystack",
                    l("return depth(n-1)"),
                    &format!("depth({n})'s frame would cross the stackguard: copystack moves the whole stack to a range twice as big, and adjusts every sp and fp."),
                );
                r.m.g(1).moved = None;
                sp = caller_sp - delta - size;
                fp = caller_sp - delta;
            } else {
                r.m.g(1).segments.push((seg1_lo, seg1_hi));
                r.event(
                    1,
                    "morestack",
                    l("return depth(n-1)"),
                    &format!("depth({n})'s frame would cross the stackguard of segment 0: morestack links segment 1, of 4096 bytes, and the frame goes there."),
                );
                sp = seg1_hi - size;
                fp = seg1_hi;
                seg = 1;
            }
        }
        let mut f = frame("main.depth", f0, l("if n == 0"), "main.depth+0x0", sp, fp).param("n", int(n)).result("~r0", int(0));
        f.seg = seg;
        r.m.g(1).frames.push(f);
        r.stmt(1, l("if n == 0"), &format!("depth({n}) begins: frame sp {:#x}, {} bytes below its caller's.", sp, size));
        if n == 0 {
            r.stmt(1, l("return 0"), "n is 0: the recursion stops here.");
            break;
        }
        r.m.g(1).top().var("pad", pad(0));
        r.stmt(1, l("pad[n%8] = n"), "pad is a [32]int local: 256 bytes of this frame.");
        r.m.g(1).top().var("pad", pad(n));
        r.m.g(1).top().pc = "main.depth+0x5".into();
        r.stmt(1, l("return depth(n-1)"), &format!("depth({n}) calls depth({}).", n - 1));
    }
    // unwind
    for n in 0..=4i64 {
        let f = r.m.g(1).frames.pop().unwrap();
        let crossing = f.seg == 1 && r.m.g(1).frames.last().is_some_and(|c| c.seg == 0);
        if crossing {
            r.m.g(1).segments.pop();
        }
        let say = if crossing {
            format!("depth({n}) returns {n} across the segment boundary: segment 1 is unlinked (and kept as a spare).")
        } else {
            format!("depth({n}) returned {n}.")
        };
        if n < 4 {
            r.m.g(1).top().var("~r0", int(0));
            r.stmt(1, l("return depth(n-1)"), &say);
        } else {
            r.stmt(1, l("fmt.Println(depth(4))"), &say);
        }
    }
    r.out("stdout", "4\n");
    r.stmt(1, l("fmt.Println(depth(4))") + 1, "main.main returns.");
    r.event(1, "exit", l("fmt.Println(depth(4))") + 1, "The program exits with status 0.");
    r.finish(0, "ok", "The program exited normally (status 0).", false)
}

pub const COMPILE_ERROR: &str = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tfmt.Println(\"hello\" + 1)\n}\n";

pub fn compile_error() -> Value {
    let mut r = Rec::new();
    let f0 = r.file("bad.go", "bad.go", false, COMPILE_ERROR);
    let mut v = r.finish(1, "compile", "The program does not compile (exit status 1).", false);
    v["diagnostics"] = json!([
        {"file": f0, "line": 6, "col": 2, "msg": "declared and not used: x"},
        {"file": f0, "line": 7, "col": 14, "msg": "invalid operation: \"hello\" + 1 (mismatched types untyped string and untyped int)"}
    ]);
    v
}

pub const SPIN: &str = "// A loop that never ends\npackage main\n\nfunc main() {\n\tn := 0\n\tfor {\n\t\tn++\n\t}\n}\n";

pub fn truncated() -> Value {
    let src = SPIN;
    let mut r = Rec::new();
    r.max_record = 40;
    let f0 = r.file("spin.go", "spin.go", false, src);
    let mut gr = g(1, "running");
    let mut main = frame("main.main", f0, 5, "main.main+0x0", 0xc00fffffffb8, stack_hi(1));
    main.ret = "goexit".into();
    gr.frames.push(main);
    r.m.gs.push(gr);
    r.stmt(1, 5, "n := 0");
    r.m.g(1).top().var("n", int(0));
    let mut n = 0;
    while r.steps() < 40 {
        r.stmt(1, 7, &format!("n++: n is {n}."));
        n += 1;
        r.m.g(1).top().var("n", int(n));
        if r.steps() < 40 {
            r.stmt(1, 6, "for { }: the loop never ends.");
        }
    }
    r.finish(2, "limit", "Stopped after 40 steps (max_record): the program was still running.", true)
}

/// all: every fixture, by file name.
pub fn all() -> Vec<(&'static str, Value)> {
    vec![
        ("defer_loop", defer_loop()),
        ("recover_helper", recover_helper()),
        ("repanic", repanic()),
        ("heap_panic", heap_panic()),
        ("channels", channels()),
        ("goexit", goexit()),
        ("lib_callback", lib_callback()),
        ("deep_segmented", deep(false)),
        ("deep_contiguous", deep(true)),
        ("compile_error", compile_error()),
        ("truncated", truncated()),
    ]
}
