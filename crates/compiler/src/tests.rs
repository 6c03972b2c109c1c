//! Unit tests over whole (small) programs: the tables the checker and code
//! generator decide from, seen through what they produce. Constant folding
//! through each constant's value, the defer implementation Go 1.27 would
//! choose through each function's `DeferKind`. (Escape facts and peephole
//! fusions have their own tests beside their code.)

use types::FastMap as HashMap;

use bytecode::{DeferKind, Program};
use num_bigint::BigInt;

use crate::{Compiler, ConstVal, ObjKind, Options};

/// The values of the main package's constants.
fn consts(decls: &str) -> HashMap<String, ConstVal> {
    let src = format!("package main\n\n{decls}\n\nfunc main() {{}}\n");
    let arena = bumpalo::Bump::new();
    let mut c = Compiler::new(&arena);
    if let Err(e) = c.run(&[crate::Source { name: "prog.go", path: "/tmp/prog.go", src: &src }], &Options::default()) {
        panic!("{decls}: {e:?}");
    }
    let main = c.pkgs.iter().position(|p| p.path == "main").expect("main package");
    let mut out = HashMap::default();
    for (name, id) in &c.pkgs[main].scope {
        let o = &c.objs[id.0 as usize];
        if let (ObjKind::Const { .. }, Some(v)) = (&o.kind, &o.cval) {
            out.insert(name.clone(), v.clone());
        }
    }
    out
}

/// The first compile error of `src` (a whole program).
fn error(src: &str) -> String {
    match crate::compile("prog.go", src) {
        Ok(_) => panic!("compiles: {src}"),
        Err(e) => e[0].rendered.clone(),
    }
}

#[test]
fn integer_constants_are_exact() {
    let c = consts(
        "const (
	a = 1 << 100 >> 98
	big = 1 << 200
	back = big >> 199
	q = -7 / 2
	r = -7 % 2
	m = 7 &^ 5
	x = 0xff ^ 0x0f
	ch = 'a' + 1
	typed int8 = 100
	third = typed / 3
)",
    );
    assert_eq!(c["a"], ConstVal::Int(4));
    assert_eq!(c["big"], ConstVal::Big(BigInt::from(1) << 200));
    assert_eq!(c["back"], ConstVal::Int(2));
    // Division truncates toward zero, the remainder has the dividend's sign.
    assert_eq!(c["q"], ConstVal::Int(-3));
    assert_eq!(c["r"], ConstVal::Int(-1));
    assert_eq!(c["m"], ConstVal::Int(2));
    assert_eq!(c["x"], ConstVal::Int(0xf0));
    assert_eq!(c["ch"], ConstVal::Int(98));
    assert_eq!(c["third"], ConstVal::Int(33));
}

#[test]
fn untyped_float_constants_are_exact_rationals() {
    let c = consts(
        "const (
	sum = 0.1 + 0.2
	eq = 0.1+0.2 == 0.3
	one = 1.0 / 3 * 3
	half = 1 / 2.0
	intdiv = 1 / 2
)",
    );
    assert_eq!(c["sum"], ConstVal::Rat(3, 10));
    assert_eq!(c["eq"], ConstVal::Bool(true));
    assert_eq!(c["one"].as_int(), Some(1));
    assert_eq!(c["half"], ConstVal::Rat(1, 2));
    // Both operands untyped integers: integer division.
    assert_eq!(c["intdiv"], ConstVal::Int(0));
}

#[test]
fn string_bool_complex_and_iota_constants() {
    let c = consts(
        "const (
	s = \"go\" + \"stack\"
	less = \"a\" < \"b\"
	both = less && !false
	z = (1 + 2i) * 2i
)

const (
	A = iota * 10
	B
	C
)",
    );
    assert_eq!(c["s"], ConstVal::Str(b"gostack".to_vec().into()));
    assert_eq!(c["less"], ConstVal::Bool(true));
    assert_eq!(c["both"], ConstVal::Bool(true));
    assert_eq!(c["z"].complex_f64_parts(), (-4.0, 2.0));
    assert_eq!((&c["A"], &c["B"], &c["C"]), (&ConstVal::Int(0), &ConstVal::Int(10), &ConstVal::Int(20)));
}

#[test]
fn constant_folding_reports_what_gc_reports() {
    let prog = |decl: &str| format!("package main\n\n{decl}\n\nfunc main() {{}}\n");
    assert_eq!(error(&prog("const z = 1 / 0")), "prog.go:3:15: invalid operation: division by zero");
    assert_eq!(
        error(&prog("const o int8 = 100 * 2")),
        "prog.go:3:16: cannot use 100 * 2 (untyped int constant 200) as int8 value in constant declaration (overflows)"
    );
    assert_eq!(error(&prog("const s = 1 << 1075")), "prog.go:3:16: invalid operation: invalid shift count 1075 (untyped int constant)");
}

/// Each function's (DeferKind, number of open-coded defers).
fn defer_kinds(funcs: &str) -> HashMap<String, (DeferKind, u16)> {
    let src = format!("package main\n\n{funcs}\n\nfunc main() {{}}\n");
    let prog: Program = crate::compile("prog.go", &src).unwrap_or_else(|e| panic!("{funcs}: {e:?}"));
    prog.funcs
        .iter()
        .filter(|f| f.name.starts_with("main.") && !f.name.contains("func"))
        .map(|f| (f.name.clone(), (f.defer_kind, f.open_defers)))
        .collect()
}

#[test]
fn defers_are_open_coded_where_go_would() {
    let k = defer_kinds(
        "func none() {}

func one() { defer println() }

func inLoop() {
	for i := 0; i < 2; i++ {
		defer println(i)
	}
}

func inRange() {
	for range 2 {
		defer println()
	}
}

func eight() {
	defer println(1); defer println(2); defer println(3); defer println(4)
	defer println(5); defer println(6); defer println(7); defer println(8)
}

func nine() {
	defer println(1); defer println(2); defer println(3); defer println(4)
	defer println(5); defer println(6); defer println(7); defer println(8)
	defer println(9)
}

// 3 returns x 5 defers = 15: still open-coded.
func fifteen(x int) int {
	defer println(1); defer println(2); defer println(3); defer println(4); defer println(5)
	if x > 0 {
		return 1
	}
	if x < 0 {
		return -1
	}
	return 0
}

// 4 returns x 4 defers = 16: linked.
func sixteen(x int) int {
	defer println(1); defer println(2); defer println(3); defer println(4)
	switch {
	case x > 1:
		return 2
	case x > 0:
		return 1
	case x < 0:
		return -1
	}
	return 0
}

// A return inside a function literal is the literal's, not this function's.
func literalReturns() {
	defer println(1); defer println(2); defer println(3); defer println(4)
	f := func(x int) int {
		if x > 0 {
			return 1
		}
		return 0
	}
	_ = f
}",
    );
    assert_eq!(k["main.none"], (DeferKind::None, 0));
    assert_eq!(k["main.one"], (DeferKind::OpenCoded, 1));
    assert_eq!(k["main.inLoop"].0, DeferKind::Linked);
    assert_eq!(k["main.inRange"].0, DeferKind::Linked);
    assert_eq!(k["main.eight"], (DeferKind::OpenCoded, 8));
    assert_eq!(k["main.nine"].0, DeferKind::Linked);
    assert_eq!(k["main.fifteen"], (DeferKind::OpenCoded, 5));
    assert_eq!(k["main.sixteen"].0, DeferKind::Linked);
    assert_eq!(k["main.literalReturns"], (DeferKind::OpenCoded, 4));
}

#[test]
fn heap_allocated_results_keep_defers_linked() {
    // Each case checked with go1.27.3's `go build -gcflags=-m` ("moved to
    // heap: r" or not): gc does not open-code a function whose named
    // result lives on the heap.
    let k = defer_kinds(
        "func goCaptures() (r int) {
	defer println()
	go func() { println(r) }()
	return
}

func deferInLoopOfLiteral() (r int) {
	defer func() {
		for i := 0; i < 2; i++ {
			defer func() { r++ }()
		}
	}()
	return 1
}

func returnsClosure() (r int, g func() int) {
	defer println()
	return 1, func() int { return r }
}

func sendsClosure(c chan func()) (r int) {
	defer println()
	c <- func() { r++ }
	return 1
}

func goAddress() (r int) {
	defer println()
	go println(&r)
	return 1
}

func calledOnTheSpot() (r int) {
	defer func() { r++ }()
	p := &r
	*p = 2
	return func() int { return r }() + 1
}

func localClosure() (r int) {
	defer println()
	f := func() { r++ }
	f()
	return r
}",
    );
    for f in ["goCaptures", "deferInLoopOfLiteral", "returnsClosure", "sendsClosure", "goAddress"] {
        assert_eq!(k[&format!("main.{f}")].0, DeferKind::Linked, "{f}");
    }
    assert_eq!(k["main.calledOnTheSpot"], (DeferKind::OpenCoded, 1));
    assert_eq!(k["main.localClosure"], (DeferKind::OpenCoded, 1));
}

fn compile_two(a: &str, b: &str) -> Result<bytecode::Program, Vec<String>> {
    let sources =
        [crate::Source { name: "./a.go", path: "/t/a.go", src: a }, crate::Source { name: "sub/b.go", path: "/t/sub/b.go", src: b }];
    crate::compile_files(&sources, &Options::default()).map_err(|e| e.into_iter().map(|d| d.rendered).collect())
}

fn errors_of(a: &str, b: &str) -> Vec<String> {
    match compile_two(a, b) {
        Ok(_) => panic!("compiled"),
        Err(e) => e,
    }
}

#[test]
fn several_files_share_one_package() {
    let p = compile_two(
        "package main\n\nfunc main() { f() }\n",
        "package main\n\nimport \"fmt\"\n\nfunc f() { fmt.Println(x) }\n\nvar x = 1\n",
    )
    .unwrap();
    let names: Vec<&str> = p.files.iter().take(2).map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["/t/a.go", "/t/sub/b.go"]);
    assert!(!p.files[0].lib && !p.files[1].lib && p.files[2..].iter().all(|f| f.lib));
    let f = p.funcs.iter().find(|f| f.name == "main.f").unwrap();
    assert_eq!(f.file, 1);
}

#[test]
fn several_files_errors_name_their_file() {
    // Imports are per file: b.go's fmt is not a.go's.
    let e = errors_of("package main\n\nfunc main() { fmt.Println() }\n", "package main\n\nimport \"fmt\"\n");
    assert_eq!(e, ["./a.go:3:15: undefined: fmt", "sub/b.go:3:8: \"fmt\" imported and not used"]);
    let e = errors_of("package main\n\nfunc main() {}\n", "package main\n\nfunc main() {}\n");
    assert_eq!(e, ["sub/b.go:3:6: main redeclared in this block\n\t./a.go:3:6: other declaration of main"]);
    let e = errors_of("package main\n\nfunc main() {}\n", "package lib\n");
    assert_eq!(e, ["sub/b.go:1:9: package lib; expected package main"]);
}

/// (unsafe.Slice, String, StringData and SliceData compile: their goldens
/// are testdata/stdlib/unsafe_*.go.)
#[test]
fn unsafe_pointer_arithmetic_is_refused_by_name() {
    let src = |body: &str| format!("package main\nimport \"unsafe\"\nfunc main() {{\n\tvar a [2]int\n\t{body}\n}}\n");
    for (body, want) in [
        ("p := unsafe.Add(unsafe.Pointer(&a[0]), 8); _ = *(*int)(p)", "unsafe.Add is not supported by gostack (no pointer arithmetic)"),
        (
            "_ = uintptr(unsafe.Pointer(&a))",
            "conversion between unsafe.Pointer and uintptr is not supported by gostack (no pointer arithmetic)",
        ),
        (
            "_ = a; f := 1.5; _ = *(*uint64)(unsafe.Pointer(&f))",
            "conversion of unsafe.Pointer from *float64 to *uint64 is not supported by gostack (memory is not reinterpreted)",
        ),
        (
            "s := a[:]; _ = (*[3]int)((unsafe.Pointer)(&s))",
            "conversion of unsafe.Pointer from *[]int to *[3]int is not supported by gostack (memory is not reinterpreted)",
        ),
    ] {
        let got = error(&src(body));
        assert!(got.ends_with(want), "{body}: {got}");
    }
    // The same memory as a type with the same underlying type is kept.
    let ok = "package main\nimport \"unsafe\"\ntype A struct{ x int }\ntype B struct{ x int }\nfunc main() {\n\ta := &A{1}\n\t_ = (*B)(unsafe.Pointer(a)).x\n}\n";
    assert!(crate::compile("a.go", ok).is_ok());
}

/// A refused operand is the one error: converting it again (the usual
/// `(*T)(unsafe.Pointer(uintptr(p) + off))`) adds no "cannot convert".
#[test]
fn a_refused_unsafe_operand_has_no_follow_on_conversion_error() {
    let src = "package main\nimport \"unsafe\"\nfunc main() {\n\tvar a [2]int\n\t_ = (*int)(unsafe.Pointer(uintptr(unsafe.Pointer(&a)) + 8))\n}\n";
    let Err(e) = crate::compile("prog.go", src) else { panic!("compiles") };
    let msgs: Vec<&str> = e.iter().map(|e| e.rendered.as_str()).collect();
    assert_eq!(msgs.len(), 1, "{msgs:?}");
    assert!(
        msgs[0].ends_with("conversion between unsafe.Pointer and uintptr is not supported by gostack (no pointer arithmetic)"),
        "{msgs:?}"
    );
}

/// Every stdlib file has a tree from the build script, and it decodes to
/// the tree the parser builds from the source (every span, expression id
/// and string): the prelude compiles the same whether parsed or decoded.
#[test]
fn prelude_trees_are_the_parsed_trees() {
    assert!(crate::STDLIB_FILES.len() > 50);
    for src in crate::STDLIB_FILES {
        let arena = bumpalo::Bump::new();
        let parsed = syntax::parse_file(&arena, src).expect("stdlib parses");
        let bytes = crate::stdlib_ast(src).expect("a tree from build.rs");
        let decoded = syntax::serial::decode(&arena, src, bytes).expect("decodes");
        assert_eq!(format!("{decoded:?}"), format!("{parsed:?}"), "{}", &src[..src.len().min(80)]);
    }
}
