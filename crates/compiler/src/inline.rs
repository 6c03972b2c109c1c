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
