//! Which function literals gc inlines where they are called, because that
//! decides the names of the closures nested in them.
//!
//! gc names a literal nested in a closure `C` `C.1`, `C.2`, ... But when
//! C's body is inlined into its caller (cmd/compile/internal/inline), the
//! literals of the inlined copy are compiled again and named `C.func1`,
//! `C.func2`, ...; tracebacks and `runtime.FuncForPC` show those names.
//! Checked against go1.27.3:
//!
//! ```text
//! f := func() { k := func() { panic(1) }; k() }; f()   // k is main.main.func1.func1
//! func() { defer g(); k := func() {...}; k() }()       // k is main.main.func2.2 (defer: not inlined)
//! ```
//!
//! A literal counts as inlined when it is called directly (an immediately
//! called literal, or a local variable defined once from it whose every use
//! is a plain call), its body has nothing gc refuses to inline (`defer`,
//! `go`, `select`, `recover`, labels), and it fits gc's budget: 80 nodes,
//! or 800 for a closure called from one place (`inlineClosureCalledOnceCost`).
//! A call of a function that is not itself inlined costs 57
//! (`inlineExtraCallCost`).
//!
//! Divergence: gc inlines per call site, so a literal both called directly
//! and passed as a value has nested closures with both names; here such a
//! literal is not inlined at all, and the node count is an estimate.

use types::{FastMap as HashMap, FastSet as HashSet};

use syntax::ast::*;

use crate::walk::{stmt_parts, Part};

const BUDGET: usize = 80;
const CALLED_ONCE_BUDGET: usize = 800;
const EXTRA_CALL_COST: usize = 57;

/// The `span.lo` of each function literal directly in `body` (not in nested
/// literals' bodies) whose calls gc inlines.
pub(crate) fn inlined_lits(body: &Block<'_>) -> HashSet<u32> {
    let mut w = Walk::default();
    for s in body.stmts.iter() {
        w.stmt(s);
    }
    let mut out = HashSet::default();
    for (lo, b) in &w.iifes {
        if inlinable(b, true) {
            out.insert(*lo);
        }
    }
    for (name, defs) in &w.defs {
        if defs.len() != 1 || w.other.contains(name) {
            continue;
        }
        let calls = w.calls.get(name).copied().unwrap_or(0);
        let (lo, b) = defs[0];
        if calls >= 1 && inlinable(b, calls == 1) {
            out.insert(lo);
        }
    }
    out
}

#[derive(Default)]
struct Walk<'a> {
    /// Immediately called literals: (span.lo, body).
    iifes: Vec<(u32, &'a Block<'a>)>,
    /// `v := func...` / `var v = func...`: name → literals.
    defs: HashMap<&'a str, Vec<(u32, &'a Block<'a>)>>,
    /// Plain calls `v(...)` per name.
    calls: HashMap<&'a str, usize>,
    /// Names used in any other way (as values, assigned, deferred, in
    /// nested literals).
    other: HashSet<&'a str>,
}

impl<'a> Walk<'a> {
    fn stmt(&mut self, s: &'a Stmt<'a>) {
        match &s.kind {
            StmtKind::Decl(g) => {
                for sp in g.specs.iter() {
                    if let Spec::Value(v) = sp {
                        if v.names.len() == 1 && v.values.len() == 1 {
                            if let ExprKind::FuncLit { body, .. } = &unparen(&v.values[0]).kind {
                                self.defs.entry(v.names[0].name).or_default().push((unparen(&v.values[0]).span.lo, body));
                                self.lit_body_names(body);
                                continue;
                            }
                        }
                        for x in v.values.iter() {
                            self.expr(x);
                        }
                    }
                }
            }
            StmtKind::Assign { lhs, op, rhs, .. } => {
                if let (AssignOp::Define, [l], [r]) = (op, lhs, rhs) {
                    if let (ExprKind::Ident(n), ExprKind::FuncLit { body, .. }) = (&l.kind, &unparen(r).kind) {
                        self.defs.entry(n).or_default().push((unparen(r).span.lo, body));
                        self.lit_body_names(body);
                        return;
                    }
                }
                for x in lhs.iter().chain(rhs.iter()) {
                    self.expr(x);
                }
            }
            // A deferred or started call is never inlined: its callee is a value.
            StmtKind::Go(x) | StmtKind::Defer(x) => {
                let mut names = Vec::new();
                crate::escape::idents(x, &mut names);
                self.other.extend(names);
            }
            _ => {
                stmt_parts(s, &mut |p| match p {
                    Part::E(e) => self.expr(e),
                    Part::S(st) => self.stmt(st),
                });
            }
        }
    }

    fn expr(&mut self, x: &'a Expr<'a>) {
        match &x.kind {
            ExprKind::Ident(n) => {
                self.other.insert(n);
            }
            ExprKind::FuncLit { body, .. } => self.lit_body_names(body),
            ExprKind::Call { fun, args, .. } => {
                match &unparen(fun).kind {
                    ExprKind::Ident(n) => *self.calls.entry(n).or_default() += 1,
                    ExprKind::FuncLit { body, .. } => {
                        self.iifes.push((unparen(fun).span.lo, body));
                        self.lit_body_names(body);
                    }
                    _ => self.expr(fun),
                }
                for a in args.iter() {
                    self.expr(a);
                }
            }
            _ => crate::escape::children(x, &mut |c| self.expr(c)),
        }
    }

    /// Names used inside a nested literal count as "other" uses.
    fn lit_body_names(&mut self, body: &'a Block<'a>) {
        let mut names = Vec::new();
        crate::escape::block_idents(body, &mut names);
        self.other.extend(names);
    }
}

pub(crate) fn unparen<'a>(mut x: &'a Expr<'a>) -> &'a Expr<'a> {
    while let ExprKind::Paren(i) = &x.kind {
        x = i;
    }
    x
}

/// Whether gc's inliner accepts a literal's body (inl.go's hairyVisitor).
fn inlinable(body: &Block<'_>, called_once: bool) -> bool {
    let mut cost = 0usize;
    let mut ok = true;
    for s in body.stmts.iter() {
        cost_stmt(s, &mut cost, &mut ok);
    }
    ok && cost <= if called_once { CALLED_ONCE_BUDGET } else { BUDGET }
}

fn cost_stmt(s: &Stmt<'_>, cost: &mut usize, ok: &mut bool) {
    *cost += 1;
    match &s.kind {
        StmtKind::Go(_) | StmtKind::Defer(_) | StmtKind::Select { .. } | StmtKind::Labeled { .. } => *ok = false,
        StmtKind::Branch { label: Some(_), .. } => *ok = false,
        _ => stmt_parts(s, &mut |p| match p {
            Part::E(e) => cost_expr(e, cost, ok),
            Part::S(st) => cost_stmt(st, cost, ok),
        }),
    }
}

fn cost_expr(x: &Expr<'_>, cost: &mut usize, ok: &mut bool) {
    *cost += 1;
    match &x.kind {
        // A nested literal's body is not part of this function's cost.
        ExprKind::FuncLit { .. } => {}
        ExprKind::Call { fun, args, .. } => {
            match &unparen(fun).kind {
                ExprKind::Ident("recover") => *ok = false,
                ExprKind::Ident(
                    "len" | "cap" | "append" | "panic" | "print" | "println" | "min" | "max" | "copy" | "delete" | "make" | "new"
                    | "string" | "int" | "byte" | "rune" | "float64",
                ) => {}
                _ => *cost += EXTRA_CALL_COST,
            }
            cost_expr(fun, cost, ok);
            for a in args.iter() {
                cost_expr(a, cost, ok);
            }
        }
        _ => crate::escape::children(x, &mut |c| cost_expr(c, cost, ok)),
    }
}

/// gc's inlining of declared functions, for tracebacks: Go prints the frame
/// of a call it inlined as `main.f(...)`, with no argument words and no pc
/// offset. gc inlines a direct call of a function whose body its
/// hairyVisitor accepts (no `defer`, `go` or `recover`, no `//go:noinline`)
/// within the budget of 80 IR nodes, where a call of a function that is
/// not itself inlinable costs 57 more, a call of one that is costs that
/// function's own cost, and a call of a parameter costs 17 more
/// (cmd/compile/internal/inline/inl.go). A function is never inlined into
/// itself, so the frames of a recursion below its first call print their
/// arguments.
///
/// Divergence: the cost is counted on the syntax tree, not on gc's typed
/// IR (implicit conversions and rewrites are estimated), method calls are
/// resolved by name within the package, and calls into the standard
/// library use gc's own costs from [`STD_INLINE_COSTS`]; a function whose
/// estimate is close to 80 may be decided differently from gc.
pub(crate) struct DeclInlining<'a> {
    /// Top-level functions of the package by name.
    funcs: HashMap<&'a str, &'a FuncDecl<'a>>,
    /// Methods of the package by method name.
    methods: HashMap<&'a str, Vec<&'a FuncDecl<'a>>>,
    /// Names declared as types (a call of one is a conversion).
    types: HashSet<&'a str>,
    /// Per function: its cost, or None when gc refuses to inline it.
    memo: HashMap<usize, Option<usize>>,
    /// Functions whose cost is being computed (a call back into one of
    /// them is an ordinary call).
    active: HashSet<usize>,
}

fn decl_key(d: &FuncDecl<'_>) -> usize {
    d as *const FuncDecl<'_> as usize
}

/// What a file's identifiers name, for the cost walk.
pub(crate) struct FileScope<'s> {
    /// Import name → import path.
    pub imports: HashMap<&'s str, String>,
    /// The file's source, for `//go:noinline`.
    pub src: &'s str,
}

impl<'a> DeclInlining<'a> {
    pub(crate) fn new(decls: impl Iterator<Item = &'a Decl<'a>>) -> Self {
        let mut d = DeclInlining {
            funcs: HashMap::default(),
            methods: HashMap::default(),
            types: HashSet::default(),
            memo: HashMap::default(),
            active: HashSet::default(),
        };
        for decl in decls {
            match decl {
                Decl::Func(f) if f.recv.is_some() => d.methods.entry(f.name.name).or_default().push(f),
                Decl::Func(f) => {
                    d.funcs.insert(f.name.name, f);
                }
                Decl::Gen(g) => {
                    for sp in g.specs.iter() {
                        if let Spec::Type(ts) = sp {
                            d.types.insert(ts.name.name);
                        }
                    }
                }
            }
        }
        d
    }

    /// Whether gc inlines direct calls of `f` (declared in a file of the
    /// package, whose scope `scope_of` gives).
    pub(crate) fn inlinable(&mut self, f: &'a FuncDecl<'a>, scope_of: &dyn Fn(&'a FuncDecl<'a>) -> FileScope<'a>) -> bool {
        self.cost(f, scope_of).is_some_and(|c| c <= BUDGET)
    }

    fn cost(&mut self, f: &'a FuncDecl<'a>, scope_of: &dyn Fn(&'a FuncDecl<'a>) -> FileScope<'a>) -> Option<usize> {
        let k = decl_key(f);
        if let Some(c) = self.memo.get(&k) {
            return *c;
        }
        let body = f.body?;
        let scope = scope_of(f);
        if crate::decls::directive_before(scope.src, f.span.lo as usize, "//go:noinline") {
            self.memo.insert(k, None);
            return None;
        }
        self.active.insert(k);
        let params: HashSet<&str> = f.typ.params.iter().flat_map(|p| p.names.iter().map(|n| n.name)).collect();
        // Parameters of interface type need no conversion to `any`.
        let ifaces: HashSet<&str> = f
            .typ
            .params
            .iter()
            .filter(|p| matches!(p.typ.kind, ExprKind::InterfaceType { .. } | ExprKind::Ident("any" | "error")))
            .flat_map(|p| p.names.iter().map(|n| n.name))
            .collect();
        let mut w = CostWalk { d: self, scope: &scope, scope_of, params, ifaces, cost: 0, ok: true };
        for s in body.stmts.iter() {
            w.stmt(s);
        }
        let c = if w.ok { Some(w.cost) } else { None };
        self.active.remove(&k);
        self.memo.insert(k, c);
        c
    }
}

struct CostWalk<'w, 'a> {
    d: &'w mut DeclInlining<'a>,
    scope: &'w FileScope<'a>,
    scope_of: &'w dyn Fn(&'a FuncDecl<'a>) -> FileScope<'a>,
    params: HashSet<&'a str>,
    ifaces: HashSet<&'a str>,
    cost: usize,
    ok: bool,
}

/// Builtins whose call is one IR node (or a conversion).
fn builtin_cost(name: &str) -> Option<usize> {
    match name {
        "len" | "cap" | "append" | "print" | "println" | "min" | "max" | "copy" | "delete" | "make" | "new" | "clear" | "complex"
        | "real" | "imag" | "close" => Some(0),
        // OPANIC: inlineExtraPanicCost.
        "panic" => Some(1),
        "string" | "int" | "int8" | "int16" | "int32" | "int64" | "uint" | "uint8" | "uint16" | "uint32" | "uint64" | "uintptr"
        | "byte" | "rune" | "float32" | "float64" | "complex64" | "complex128" | "bool" | "any" | "error" => Some(0),
        _ => None,
    }
}

impl<'a> CostWalk<'_, 'a> {
    fn stmt(&mut self, s: &'a Stmt<'a>) {
        match &s.kind {
            StmtKind::Go(_) | StmtKind::Defer(_) => {
                self.ok = false;
                return;
            }
            // An OBLOCK costs nothing; its statements do. An expression
            // statement is its call's node.
            StmtKind::Block(_) | StmtKind::Empty | StmtKind::Expr(_) => {}
            // `x++` is `x += 1`: the constant is a node.
            StmtKind::IncDec { .. } => self.cost += 2,
            // `:=` declares each new name (ODCL and its ONAME); a tuple
            // assignment from one call is compensated (inl.go's OAS2 case).
            StmtKind::Assign { lhs, op: AssignOp::Define, rhs, .. } => {
                let per = if lhs.len() > 1 && rhs.len() == 1 { 1 } else { 2 };
                self.cost += 1 + per * lhs.iter().filter(|l| !matches!(l.kind, ExprKind::Ident("_"))).count();
            }
            // `var x T` is ODCL x and `x = zero` (OAS): four nodes a name.
            StmtKind::Decl(g) => {
                for sp in g.specs.iter() {
                    if let Spec::Value(v) = sp {
                        self.cost += 4 * v.names.len();
                    }
                }
            }
            StmtKind::Range { key, value, define, .. } => {
                self.cost += 1;
                if *define {
                    self.cost += 2 * [key, value].into_iter().flatten().filter(|k| !matches!(k.kind, ExprKind::Ident("_"))).count();
                }
            }
            // Each case clause is an OCASE node.
            StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => self.cost += 1 + body.len(),
            StmtKind::Select { body, .. } => self.cost += 1 + body.len(),
            _ => self.cost += 1,
        }
        stmt_parts(s, &mut |p| match p {
            Part::E(e) => self.expr(e),
            Part::S(st) => self.stmt(st),
        });
    }

    fn expr(&mut self, x: &'a Expr<'a>) {
        match &x.kind {
            // Types cost nothing (OTYPE).
            ExprKind::ArrayType { .. }
            | ExprKind::StructType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType { .. }
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. } => {}
            ExprKind::Paren(i) => self.expr(i),
            // A closure: 15 more, its body is not counted.
            ExprKind::FuncLit { .. } => self.cost += 16,
            ExprKind::CompositeLit { typ, elts, .. } => {
                // OSLICELIT costs one more (inl.go's "hack for toolstash").
                let slice = typ.is_some_and(|t| matches!(t.kind, ExprKind::ArrayType { len: ArrayLen::Slice, .. }));
                self.cost += 1 + slice as usize;
                for el in elts.iter() {
                    // A keyed element is an OSTRUCTKEY/OKEY node.
                    if let Some(k) = el.key {
                        self.cost += 1;
                        if !matches!(k.kind, ExprKind::Ident(_)) {
                            self.expr(k);
                        }
                    }
                    self.expr(el.value);
                }
            }
            // A package-qualified name is one ONAME.
            ExprKind::Selector(p, _) if matches!(p.kind, ExprKind::Ident(n) if self.scope.imports.contains_key(n)) => self.cost += 1,
            ExprKind::Call { fun, args, .. } => self.call(fun, args),
            // The asserted type is no node.
            ExprKind::TypeAssert(i, _) => {
                self.cost += 1;
                self.expr(i);
            }
            _ => {
                self.cost += 1;
                crate::escape::children(x, &mut |c| self.expr(c));
            }
        }
    }

    fn call(&mut self, fun: &'a Expr<'a>, args: &'a [Expr<'a>]) {
        let fun = unparen(fun);
        self.cost += 1;
        match &fun.kind {
            ExprKind::Ident("recover") => self.ok = false,
            ExprKind::Ident(n) if self.d.types.contains(n) => {}
            ExprKind::Ident(n) if builtin_cost(n).is_some() && !self.d.funcs.contains_key(n) => {
                self.cost += builtin_cost(n).unwrap_or(0);
            }
            ExprKind::Ident(n) if self.params.contains(n) => self.cost += 1 + 17,
            ExprKind::Ident(n) => {
                self.cost += 1;
                let callee = self.d.funcs.get(n).copied();
                self.cost += self.callee_cost(callee);
            }
            ExprKind::Selector(p, sel) => {
                if let ExprKind::Ident(pn) = p.kind {
                    if let Some(path) = self.scope.imports.get(pn) {
                        self.cost += 1 + std_cost(&format!("{path}.{}", sel.name)).unwrap_or(EXTRA_CALL_COST);
                        if let Some(fixed) = any_variadic_fixed(path, sel.name) {
                            // Each variadic argument converted to `any`
                            // (OCONVIFACE) and the slice literal holding them.
                            let conv = args
                                .iter()
                                .skip(fixed)
                                .filter(|a| !matches!(a.kind, ExprKind::Ident(n) if self.ifaces.contains(n)))
                                .count();
                            self.cost += conv + 2;
                        }
                        self.args(args);
                        return;
                    }
                }
                // A method call: ODOTMETH/ODOTINTER and the receiver.
                self.cost += 1;
                self.expr(p);
                let callee = self.d.methods.get(sel.name).and_then(|ms| (ms.len() == 1).then(|| ms[0]));
                self.cost += self.callee_cost(callee);
            }
            _ => {
                self.expr(fun);
                self.cost += EXTRA_CALL_COST;
            }
        }
        self.args(args);
    }

    fn args(&mut self, args: &'a [Expr<'a>]) {
        for a in args.iter() {
            self.expr(a);
        }
    }

    /// What calling `callee` adds: its own cost when gc would inline it
    /// here, else inlineExtraCallCost.
    fn callee_cost(&mut self, callee: Option<&'a FuncDecl<'a>>) -> usize {
        match callee {
            Some(c) if !self.d.active.contains(&decl_key(c)) => match self.d.cost(c, self.scope_of) {
                Some(k) if k <= BUDGET => k,
                _ => EXTRA_CALL_COST,
            },
            _ => EXTRA_CALL_COST,
        }
    }
}

/// For fmt's and log's `...any` functions, the number of parameters before
/// the variadic one.
fn any_variadic_fixed(path: &str, name: &str) -> Option<usize> {
    if !matches!(path, "fmt" | "log") {
        return None;
    }
    match name {
        "Print" | "Println" | "Sprint" | "Sprintln" | "Fatal" | "Fatalln" | "Panic" | "Panicln" => Some(0),
        "Printf" | "Sprintf" | "Errorf" | "Fatalf" | "Panicf" | "Fprint" | "Fprintln" | "Append" | "Appendln" => Some(1),
        "Fprintf" | "Appendf" => Some(2),
        _ => None,
    }
}

/// gc's inline cost of an exported standard-library function or method
/// (`fmt.Println`, `strings.(*Builder).WriteString`), or None when gc does
/// not inline it.
fn std_cost(name: &str) -> Option<usize> {
    STD_INLINE_COSTS.binary_search_by(|(n, _)| (*n).cmp(name)).ok().map(|i| STD_INLINE_COSTS[i].1 as usize)
}

include!("inline_costs.rs");
