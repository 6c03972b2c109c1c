//! The program generator: from a seed, a random but valid and deterministic Go
//! program that mixes nested calls, defers of every kind, panics of every
//! value kind, run-time errors, recover in all its valid and invalid places,
//! re-panics, named results, Goexit in goroutines and os.Exit.
//!
//! Every generated statement sits on its own line, and every brace opened on
//! a line is either closed on the same line or closes a block whose last line
//! starts with `}`: the reducer relies on this to delete whole statements.
//! String literals never contain braces.

use std::fmt::Write;

/// splitmix64: small, fast, and the same on every platform.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x5DEE_CE66_D1CE_4E5B)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as u64) as i64
    }
    /// True with probability `pct`%.
    pub fn chance(&mut self, pct: u64) -> bool {
        self.below(100) < pct
    }
    /// Index chosen with the given weights (0-weight entries never chosen).
    pub fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u64 = weights.iter().map(|&w| w as u64).sum();
        let mut x = self.below(total);
        for (i, &w) in weights.iter().enumerate() {
            if x < w as u64 {
                return i;
            }
            x -= w as u64;
        }
        weights.len() - 1
    }
}

/// Where a statement is being generated.
#[derive(Clone, Copy, Debug)]
struct Ctx {
    /// Index of the enclosing generated function `fI`.
    func: usize,
    /// Nesting depth of blocks (if/for/closures).
    depth: usize,
    /// Inside a deferred function literal.
    in_defer: bool,
    /// Calls made here run this many times (loops multiply).
    mult: u64,
}

/// Generation knobs (the defaults are what `gostack-matrix` uses).
#[derive(Clone, Debug)]
pub struct Params {
    pub min_funcs: usize,
    pub max_funcs: usize,
    /// Upper bound on the number of generated-function invocations one call
    /// of `f0` can make (keeps programs fast and output small).
    pub call_budget: u64,
    /// Features never generated (names from [`FEATURES`]), e.g. to keep a
    /// known disagreement from hiding others.
    pub exclude: Vec<String>,
}

/// Names of the run-time error snippets, in `Gen::runtime_error`'s order
/// (for [`Params::exclude`]).
pub const FEATURES: [&str; 16] = [
    "index",
    "slice",
    "nilmap",
    "nilderef",
    "divzero",
    "assert",
    "assert-iface",
    "assert-nil",
    "nilfunc",
    "closeclosed",
    "nilerr",
    "slice2array",
    "makeslice",
    "unlock",
    "negwg",
    "nil-iface-call",
];

impl Default for Params {
    fn default() -> Params {
        Params { min_funcs: 2, max_funcs: 5, call_budget: 40, exclude: Vec::new() }
    }
}

struct Gen {
    rng: Rng,
    out: String,
    indent: usize,
    tag: u32,
    nfuncs: usize,
    /// Invocations one call of `fI` makes (itself included), for `I` already generated.
    cost: Vec<u64>,
    /// Cost of the function being generated so far.
    cur_cost: u64,
    params: Params,
}

const PREAMBLE_TYPES: &str = r#"var errSentinel = errors.New("sentinel")

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.code) }

type ValErr struct{ msg string }

func (e ValErr) Error() string { return "valerr: " + e.msg }

type Str struct{ s string }

func (s Str) String() string { return "Str(" + s.s + ")" }

type Both struct{}

func (Both) Error() string  { return "both-error" }
func (Both) String() string { return "both-string" }

type Code int
type Flag bool
type Reason string
type Ratio float64

type T struct{ n int }

func (t T) M(tag string) { fmt.Println("T.M", t.n, tag) }

func (t *T) P(tag string) {
	t.n++
	fmt.Println("T.P", t.n, tag)
}

type I interface{ M(string) }

func show(tag string, v any) {
	fmt.Printf("%s: %T %v\n", tag, v, v)
}

func helper(tag string) {
	fmt.Println(tag, "helper recover:", recover())
}
"#;

impl Gen {
    fn line(&mut self, s: &str) {
        for _ in 0..self.indent {
            self.out.push('\t');
        }
        self.out.push_str(s);
        self.out.push('\n');
    }
    fn open(&mut self, s: &str) {
        self.line(s);
        self.indent += 1;
    }
    fn close(&mut self, s: &str) {
        self.indent -= 1;
        self.line(s);
    }
    fn tag(&mut self) -> u32 {
        self.tag += 1;
        self.tag
    }
    fn name(&self, ctx: Ctx) -> String {
        format!("f{}", ctx.func)
    }

    /// A function `fJ` callable from `ctx` within the call budget, if any.
    fn callee(&mut self, ctx: Ctx) -> Option<usize> {
        let first = ctx.func + 1;
        if first >= self.nfuncs {
            return None;
        }
        let j = first + self.rng.below((self.nfuncs - first) as u64) as usize;
        let add = self.cost[j] * ctx.mult;
        if self.cur_cost + add > self.params.call_budget {
            return None;
        }
        self.cur_cost += add;
        Some(j)
    }

    fn small(&mut self) -> i64 {
        self.rng.range(0, 6)
    }

    /// An expression to panic with, of some value kind.
    fn panic_value(&mut self) -> String {
        let t = self.tag();
        match self.rng.below(26) {
            // Values that may repeat within a program: Go tests a re-panic
            // by identity, and constants / small ints share theirs.
            21 => "\"same\"".to_string(),
            22 => "7".to_string(),
            23 => "1000".to_string(),
            24 => "x * 1000".to_string(),
            25 => "Code(7)".to_string(),
            0 | 1 => format!("\"boom-{t}\""),
            2 => format!("\"multi\\nline-{t}\""),
            3 => format!("{t}"),
            4 => format!("-{t}"),
            5 => ["2.5", "1e21", "0.1", "float64(x) / 4"][self.rng.below(4) as usize].to_string(),
            6 => format!("errors.New(\"err-{t}\")"),
            7 => format!("fmt.Errorf(\"wrap-{t}: %w\", errSentinel)"),
            8 => format!("&MyErr{{{t}}}"),
            9 => format!("ValErr{{\"v{t}\"}}"),
            10 => format!("Str{{\"s{t}\"}}"),
            11 => "Both{}".to_string(),
            12 => format!("Code({t})"),
            13 => "Flag(true)".to_string(),
            14 => format!("Reason(\"quota {t}\")"),
            15 => "Ratio(1.5)".to_string(),
            16 => "nil".to_string(),
            17 => "true".to_string(),
            18 => format!("uint8({})", t % 256),
            19 => format!("complex(1, {t})"),
            _ => "errSentinel".to_string(),
        }
    }

    /// A one-line block that may raise a run-time error (some depend on `x`).
    fn runtime_error(&mut self, ctx: Ctx) -> String {
        let t = self.tag();
        let k = self.small();
        let f = self.name(ctx);
        let mut w = [10, 6, 8, 6, 6, 4, 3, 4, 4, 3, 3, 3, 3, 1, 3, 3];
        for (i, name) in FEATURES.iter().enumerate() {
            if self.params.exclude.iter().any(|e| e == name) {
                w[i] = 0;
            }
        }
        match self.rng.weighted(&w) {
            0 => format!("{{ s := []int{{1, 2, 3}}; fmt.Println(\"{f} idx{t}\", s[x+{k}]) }}"),
            1 => format!("{{ s := []int{{1, 2, 3}}; fmt.Println(\"{f} slice{t}\", s[1:x+{k}]) }}"),
            2 => format!("{{ var m map[string]int; m[\"k{t}\"] = x }}"),
            3 => format!("{{ var p *T; fmt.Println(\"{f} deref{t}\", p.n) }}"),
            4 => format!("{{ z := x % 3; fmt.Println(\"{f} div{t}\", 10/z) }}"),
            5 => format!("{{ var i any = \"str{t}\"; fmt.Println(\"{f} assert{t}\", i.(int)) }}"),
            6 => format!("{{ var i any = Code({t}); fmt.Println(\"{f} assert{t}\", i.(fmt.Stringer)) }}"),
            7 => format!("{{ var i any; fmt.Println(\"{f} assert{t}\", i.(string)) }}"),
            8 => "{ var fn func(); fn() }".to_string(),
            9 => "{ ch := make(chan int); close(ch); close(ch) }".to_string(),
            10 => format!("{{ var e error; fmt.Println(\"{f} nilerr{t}\", e.Error()) }}"),
            11 => "{ a := make([]int, x); fmt.Println([3]int(a)) }".to_string(),
            12 => "{ n := x - 100; fmt.Println(len(make([]int, n))) }".to_string(),
            13 => "{ var mu sync.Mutex; mu.Unlock() }".to_string(),
            14 => "{ var wg sync.WaitGroup; wg.Done() }".to_string(),
            _ => format!("{{ var ip I; ip.M(\"{f} nilif{t}\") }}"),
        }
    }

    /// A recover in one of its valid or invalid places (inside a deferred
    /// function literal).
    fn recover_stmt(&mut self, ctx: Ctx) {
        let t = self.tag();
        let f = self.name(ctx);
        match self.rng.below(10) {
            0 | 1 => {
                self.open("if rv := recover(); rv != nil {");
                self.line(&format!("show(\"{f} rec{t}\", rv)"));
                self.close("}");
            }
            2 => self.line(&format!("show(\"{f} rec{t}\", recover())")),
            3 => self.line(&format!("helper(\"{f} h{t}\")")),
            4 => self.line(&format!("func() {{ show(\"{f} inner{t}\", recover()) }}()")),
            5 => {
                self.open("if rv := recover(); rv != nil {");
                self.line(&format!("show(\"{f} repanic{t}\", rv)"));
                self.line("panic(rv)");
                self.close("}");
            }
            6 => {
                self.open("if rv := recover(); rv != nil {");
                self.line(&format!("panic(fmt.Sprint(\"re{t}: \", rv))"));
                self.close("}");
            }
            7 => {
                self.open("if rv := recover(); rv != nil {");
                self.line(&format!("r = -{t}"));
                self.close("}");
            }
            8 => {
                self.open("if rv := recover(); rv != nil {");
                self.open("if e, ok := rv.(runtime.Error); ok {");
                self.line(&format!("fmt.Println(\"{f} rterr{t}\", e.Error())"));
                self.close("} else if e, ok := rv.(error); ok {");
                self.indent += 1;
                self.line(&format!("fmt.Println(\"{f} err{t}\", e, errors.Is(e, errSentinel))"));
                self.close("} else {");
                self.indent += 1;
                self.line(&format!("fmt.Println(\"{f} other{t}\", rv)"));
                self.close("}");
                self.close("}");
            }
            _ => {
                self.open("if rv := recover(); rv != nil {");
                self.line(&format!("fmt.Println(\"{f} rec{t}\", rv)"));
                self.line(&format!("r += {t}"));
                self.close("}");
            }
        }
    }

    /// The body of a deferred function literal.
    fn defer_body(&mut self, ctx: Ctx) {
        let n = 1 + self.rng.below(3);
        for _ in 0..n {
            self.defer_body_stmt(ctx);
        }
    }

    fn defer_body_stmt(&mut self, ctx: Ctx) {
        let f = self.name(ctx);
        let nested = ctx.depth < 3;
        let w = [10, 10, 28, 8, 4, 8, if nested { 6 } else { 0 }, 1, 3];
        match self.rng.weighted(&w) {
            0 => {
                let t = self.tag();
                self.line(&format!("fmt.Println(\"{f} in-defer{t}\", x, r)"));
            }
            1 => {
                let k = self.rng.range(1, 9);
                let op = ["r += ", "r *= ", "r = "][self.rng.below(3) as usize];
                self.line(&format!("{op}{k}"));
            }
            2 => self.recover_stmt(ctx),
            3 => {
                let v = self.panic_value();
                self.line(&format!("panic({v})"));
            }
            4 => {
                let s = self.runtime_error(ctx);
                self.line(&s);
            }
            5 => match self.callee(ctx) {
                Some(j) => {
                    let k = self.small();
                    if self.rng.chance(50) {
                        self.line(&format!("r += f{j}(x + {k})"));
                    } else {
                        let t = self.tag();
                        self.line(&format!("fmt.Println(\"{f} dcall{t}\", f{j}(x+{k}))"));
                    }
                }
                None => {
                    let t = self.tag();
                    self.line(&format!("fmt.Println(\"{f} in-defer{t}\", r)"));
                }
            },
            6 => self.defer_stmt(Ctx { depth: ctx.depth + 1, ..ctx }),
            7 => self.line("runtime.Goexit()"),
            _ => {
                let t = self.tag();
                self.line(&format!("println(\"{f} stderr{t}\", x)"));
            }
        }
    }

    /// A `defer` statement of some kind.
    fn defer_stmt(&mut self, ctx: Ctx) {
        let f = self.name(ctx);
        let t = self.tag();
        let inner = Ctx { depth: ctx.depth + 1, in_defer: true, ..ctx };
        let deep_ok = ctx.depth < 3;
        let w = [8, if deep_ok { 30 } else { 0 }, if deep_ok { 8 } else { 0 }, 3, 3, 2, 2, 5, 3, 5, 4, 2, 1, 5, 3, 3, 1];
        match self.rng.weighted(&w) {
            0 => self.line(&format!("defer fmt.Println(\"{f} d{t}\", x)")),
            1 => {
                self.open("defer func() {");
                self.defer_body(inner);
                self.close("}()");
            }
            2 => {
                self.open("defer func(v int) {");
                self.line(&format!("fmt.Println(\"{f} d{t} arg\", v, r)"));
                self.defer_body(inner);
                let a = self.rng.range(0, 3);
                self.close(&format!("}}(x + {a})"));
            }
            3 => self.line(&format!("defer T{{{t}}}.M(\"{f} d{t}\")")),
            4 => self.line(&format!("{{ tp := &T{{{t}}}; defer tp.P(\"{f} d{t}\"); tp.n = 100 }}")),
            5 => self.line(&format!("{{ mv := T{{{t}}}.M; defer mv(\"{f} d{t}\") }}")),
            6 => self.line(&format!("{{ var iv I = T{{{t}}}; defer iv.M(\"{f} d{t}\") }}")),
            7 => {
                let v = self.panic_value();
                self.line(&format!("defer panic({v})"));
            }
            8 => self.line("defer recover()"),
            9 => self.line(&format!("defer helper(\"{f} d{t}\")")),
            10 => {
                if self.rng.chance(50) {
                    self.line(&format!("for i := range 3 {{ defer fmt.Println(\"{f} loop{t}\", i) }}"));
                } else {
                    self.open("for i := 0; i < 2; i++ {");
                    self.line(&format!("defer func() {{ fmt.Println(\"{f} loopc{t}\", i, r) }}()"));
                    self.close("}");
                }
            }
            11 => self.line("{ var nf func(); defer nf() }"),
            12 => self.line(&format!("{{ var np *T; defer np.M(\"{f} d{t}\") }}")),
            13 => match self.callee(ctx) {
                Some(j) => {
                    let k = self.small();
                    self.line(&format!("defer f{j}(x + {k})"));
                }
                None => self.line(&format!("defer fmt.Println(\"{f} d{t}\", r)")),
            },
            14 => self.line(&format!("defer show(\"{f} d{t} argrecover\", recover())")),
            15 => self.line(&format!("defer println(\"{f} d{t} stderr\", x)")),
            _ => self.line("defer runtime.Goexit()"),
        }
    }

    /// A statement of a generated function's body.
    fn body_stmt(&mut self, ctx: Ctx) {
        let f = self.name(ctx);
        let nested = ctx.depth < 2;
        let w = [10, 14, 32, 6, 7, if nested { 6 } else { 0 }, if nested { 3 } else { 0 }, 3, 1, 1, 3, 4];
        match self.rng.weighted(&w) {
            0 => {
                let t = self.tag();
                self.line(&format!("fmt.Println(\"{f} s{t}\", x, r)"));
            }
            1 => match self.callee(ctx) {
                Some(j) => {
                    let k = self.small();
                    self.line(&format!("r += f{j}(x + {k})"));
                }
                None => self.line("r++"),
            },
            2 => self.defer_stmt(ctx),
            3 => {
                let v = self.panic_value();
                if self.rng.chance(50) {
                    self.line(&format!("panic({v})"));
                } else {
                    let k = self.small();
                    self.open(&format!("if x > {k} {{"));
                    self.line(&format!("panic({v})"));
                    self.close("}");
                }
            }
            4 => {
                let s = self.runtime_error(ctx);
                self.line(&s);
            }
            5 => {
                let k = self.small();
                self.open(&format!("if x%2 == {} {{", k % 2));
                let inner = Ctx { depth: ctx.depth + 1, ..ctx };
                self.body_stmt(inner);
                if self.rng.chance(40) {
                    self.close("} else {");
                    self.indent += 1;
                    self.body_stmt(inner);
                }
                self.close("}");
            }
            6 => {
                self.open("for i := range 2 {");
                let inner = Ctx { depth: ctx.depth + 1, mult: ctx.mult * 2, ..ctx };
                let t = self.tag();
                self.line(&format!("fmt.Println(\"{f} iter{t}\", i)"));
                self.body_stmt(inner);
                self.close("}");
            }
            7 => {
                let t = self.tag();
                self.line(&format!("show(\"{f} direct{t}\", recover())"));
            }
            8 => self.line("runtime.Goexit()"),
            9 => {
                let code = self.rng.range(0, 5);
                let k = self.small();
                self.open(&format!("if x > {k} {{"));
                self.line(&format!("os.Exit({code})"));
                self.close("}");
            }
            10 => {
                let k = self.rng.range(1, 9);
                self.line(&format!("r += x * {k}"));
            }
            _ => {
                let k = self.small();
                self.open(&format!("if x == {k} {{"));
                if self.rng.chance(50) {
                    self.line("return");
                } else {
                    self.line(&format!("return x + {k}"));
                }
                self.close("}");
            }
        }
    }

    fn function(&mut self, i: usize) -> String {
        let saved = std::mem::take(&mut self.out);
        self.cur_cost = 1;
        let ctx = Ctx { func: i, depth: 0, in_defer: false, mult: 1 };
        self.open(&format!("func f{i}(x int) (r int) {{"));
        self.line(&format!("fmt.Println(\"f{i} enter\", x)"));
        let n = 2 + self.rng.below(5);
        for _ in 0..n {
            self.body_stmt(ctx);
        }
        match self.rng.below(3) {
            0 => self.line("return"),
            1 => {
                let k = self.small();
                self.line(&format!("return r + {k}"))
            }
            _ => {
                self.line(&format!("fmt.Println(\"f{i} leave\", x, r)"));
                self.line("return r * 2");
            }
        }
        self.close("}");
        let _ = ctx.in_defer;
        self.cost[i] = self.cur_cost;
        std::mem::replace(&mut self.out, saved)
    }

    /// A goroutine started from main, waited for deterministically.
    fn goroutine(&mut self) {
        let t = self.tag();
        let j = self.rng.below(self.nfuncs as u64) as usize;
        let k = self.small();
        match self.rng.below(3) {
            0 => {
                self.open("{");
                self.line("var wg sync.WaitGroup");
                self.line("wg.Add(1)");
                self.open("go func() {");
                self.line("defer wg.Done()");
                self.open("defer func() {");
                self.open("if rv := recover(); rv != nil {");
                self.line(&format!("show(\"g{t} caught\", rv)"));
                self.close("}");
                self.close("}()");
                self.line(&format!("fmt.Println(\"g{t} result\", f{j}({k}))"));
                self.close("}()");
                self.line("wg.Wait()");
                self.close("}");
            }
            1 => {
                self.open("{");
                self.line("done := make(chan int)");
                self.open("go func() {");
                self.line("defer close(done)");
                self.line(&format!("defer func() {{ show(\"g{t} rec\", recover()) }}()"));
                self.line(&format!("fmt.Println(\"g{t} result\", f{j}({k}))"));
                self.close("}()");
                self.line("<-done");
                self.close("}");
            }
            _ => {
                // Not caught: a panic crashes the program, and a Goexit
                // leaves main blocked forever (deadlock).
                self.open("{");
                self.line("var wg sync.WaitGroup");
                self.line("wg.Add(1)");
                self.open("go func() {");
                self.line(&format!("fmt.Println(\"g{t} result\", f{j}({k}))"));
                self.line("wg.Done()");
                self.close("}()");
                self.line("wg.Wait()");
                self.close("}");
            }
        }
    }

    fn main_func(&mut self) -> String {
        let saved = std::mem::take(&mut self.out);
        self.open("func main() {");
        if self.rng.chance(40) {
            self.line("defer fmt.Println(\"main deferred\")");
        }
        if self.rng.chance(30) {
            self.open("defer func() {");
            self.open("if rv := recover(); rv != nil {");
            self.line("show(\"main caught\", rv)");
            self.close("}");
            self.close("}()");
        }
        let k = self.small();
        self.line(&format!("fmt.Println(\"f0 ->\", f0({k}))"));
        let ng = self.rng.weighted(&[4, 4, 2]);
        for _ in 0..ng {
            self.goroutine();
        }
        if self.rng.chance(3) {
            self.line("runtime.Goexit()");
        }
        if self.rng.chance(4) {
            let c = self.rng.range(0, 4);
            self.line(&format!("os.Exit({c})"));
        }
        self.line("fmt.Println(\"main end\")");
        self.close("}");
        std::mem::replace(&mut self.out, saved)
    }
}

/// Imports a program body needs (`fmt` always: `show` uses it).
fn imports(body: &str) -> Vec<&'static str> {
    let mut v = vec!["fmt"];
    for (pkg, probe) in [("errors", "errors."), ("os", "os."), ("runtime", "runtime."), ("sync", "sync.")] {
        if body.contains(probe) {
            v.push(pkg);
        }
    }
    v.sort_unstable();
    v
}

/// Assembles `package main`, the imports the body uses, and the body.
pub fn assemble(header_comment: &str, body: &str) -> String {
    let mut s = String::new();
    if !header_comment.is_empty() {
        let _ = writeln!(s, "// {header_comment}");
    }
    s.push_str("package main\n\nimport (\n");
    for p in imports(body) {
        let _ = writeln!(s, "\t\"{p}\"");
    }
    s.push_str(")\n\n");
    s.push_str(body);
    s
}

/// The program for `seed` with the default parameters.
pub fn generate(seed: u64) -> String {
    generate_with(seed, &Params::default())
}

/// The program for `seed`.
pub fn generate_with(seed: u64, params: &Params) -> String {
    let mut rng = Rng::new(seed);
    let span = (params.max_funcs - params.min_funcs + 1) as u64;
    let nfuncs = params.min_funcs + rng.below(span) as usize;
    let mut g = Gen { rng, out: String::new(), indent: 0, tag: 0, nfuncs, cost: vec![1; nfuncs], cur_cost: 0, params: params.clone() };
    let mut funcs = vec![String::new(); nfuncs];
    for i in (0..nfuncs).rev() {
        funcs[i] = g.function(i);
    }
    let main = g.main_func();
    let mut body = String::from(PREAMBLE_TYPES);
    for f in &funcs {
        body.push('\n');
        body.push_str(f);
    }
    body.push('\n');
    body.push_str(&main);
    assemble(&format!("Tests: gostack-matrix seed {seed} (differential defer/panic/recover program)"), &body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic() {
        assert_eq!(generate(42), generate(42));
        assert_ne!(generate(1), generate(2));
    }

    #[test]
    fn braces_balance_and_no_braces_in_strings() {
        for seed in 0..200 {
            let p = generate(seed);
            let mut depth = 0i64;
            for l in p.lines() {
                depth += crate::reduce::brace_delta(l);
                assert!(depth >= 0, "seed {seed}: {l}");
            }
            assert_eq!(depth, 0, "seed {seed}");
        }
    }
}
