//! A conservative escape analysis by name: a local variable lives in a heap
//! cell if its address is taken, if a function literal mentions its name,
//! or if a method may be called on it through an implicit `&`.
//!
//! Divergence: gc's escape analysis follows data flow, so it keeps on the
//! stack some variables this one boxes; the difference shows only where Go
//! lets stack placement be seen (the 32-byte stack buffer of a
//! non-escaping append, and so `cap()` after the first append).

use types::FastSet as HashSet;

use syntax::ast::*;

#[derive(Default)]
pub(crate) struct Escapes<'a> {
    /// Names that live in heap cells: under `&`, or mentioned inside a
    /// function literal and assigned after their declaration (a variable
    /// never reassigned is captured by value, as gc does).
    pub boxed: HashSet<&'a str>,
    /// Names mentioned inside function literals.
    pub captured: HashSet<&'a str>,
    /// Names used as `x.m(...)` receivers (boxed if their type needs `&x`).
    pub method_recv: HashSet<&'a str>,
    /// Names whose slices may escape (see [`escaping_uses`]).
    pub slice_escape: HashSet<&'a str>,
    /// Names whose storage something else may reach: in `boxed`, or
    /// sliced (`a[:]` shares an array's storage). See also `ptr_sels`.
    /// An aggregate variable not pinned can be passed to a call without
    /// a copy (`Compiler::arg_storage_stable`, the caller's half).
    pub pinned: HashSet<&'a str>,
    /// `x.m` where `x` is rooted at a name and some type declares a
    /// pointer-receiver method `m`: (root, x, m). With types, each says
    /// whether it takes the root's address (`Compiler::storage_pinned`).
    pub ptr_sels: Vec<(&'a str, &'a Expr<'a>, &'a str)>,
    /// Names assigned to, whole or in part: an aggregate parameter in this
    /// set (or pinned) is copied on entry, because the caller may have
    /// passed its own variable's storage (the callee's half).
    pub written: HashSet<&'a str>,
    /// Names assigned after their declaration, here or in a function
    /// literal (gc's ir.Reassigned, with `pinned` for the address taken).
    pub reassigned: HashSet<&'a str>,
    /// The spans of `v = append(x, a, ...)` right sides (x not a name, a
    /// fixed number of elements) whose result goes to a local `v` whose
    /// slice does not escape: gc gives such an append the 32-byte stack
    /// backing store too (`append([]int{}, 1, 2, 3)` has capacity 4). The
    /// same for an append only measured (`cap(append([]int{}, 1))`),
    /// recorded with no name.
    pub stack_appends: types::FastMap<(u32, u32), (&'a str, bool)>,
}

/// `ptr_methods`: the names of every method declared with a pointer
/// receiver (in any package), for the implicit `&x` of `x.m`.
pub(crate) fn scan<'a>(b: &'a Block<'a>, ptr_methods: &HashSet<&str>) -> Escapes<'a> {
    let mut e = Escapes { slice_escape: escaping_uses(b), ..Default::default() };
    for s in b.stmts.iter() {
        stmt(s, &mut e, false);
    }
    // One walk over every expression (function literals included).
    let mut reassigned = HashSet::default();
    reassigned_in(b, &mut reassigned);
    let mut pinned = HashSet::default();
    let mut ptr_sels = Vec::new();
    let mut measured = Vec::new();
    crate::walk::block(b, &mut |x| match &x.kind {
        ExprKind::FuncLit { body, .. } => reassigned_in(body, &mut reassigned),
        // `cap(append([]int{}, 1))`: the new slice is only measured, so it
        // does not escape and gc gives it the 32-byte stack buffer.
        ExprKind::Call { fun: Expr { kind: ExprKind::Ident("cap" | "len"), .. }, args: [a], ellipsis: None, .. } => {
            if let ExprKind::Call { fun: Expr { kind: ExprKind::Ident("append"), .. }, args, ellipsis: None, .. } = &a.kind {
                if args.len() > 1 && !matches!(args[0].kind, ExprKind::Ident(_)) {
                    measured.push((a.span.lo, a.span.hi));
                }
            }
        }
        ExprKind::Unary(UnaryOp::Addr, inner) | ExprKind::Slice { x: inner, .. } => pinned.extend(root_ident(inner)),
        ExprKind::Selector(inner, m) if ptr_methods.contains(m.name) => {
            if let Some(r) = root_ident(inner) {
                ptr_sels.push((r, *inner, m.name));
            }
        }
        _ => {}
    });
    e.boxed.extend(e.captured.iter().filter(|n| reassigned.contains(*n)));
    pinned.extend(e.boxed.iter().chain(e.captured.iter()));
    e.pinned = pinned;
    e.ptr_sels = ptr_sels;
    let mut assigned = Vec::new();
    crate::walk::assigned(b, &mut assigned);
    e.written = assigned.iter().filter_map(|x| root_ident(x)).collect();
    e.reassigned = reassigned;
    let mut sa = types::FastMap::default();
    for s in b.stmts.iter() {
        stack_appends(s, &e.slice_escape, &mut sa);
    }
    for span in measured {
        sa.insert(span, ("", true));
    }
    e.stack_appends = sa;
    e
}

/// Collects [`Escapes::stack_appends`] in `s` and the statements inside it
/// (not inside function literals, which are scanned on their own).
fn stack_appends<'a>(s: &'a Stmt<'a>, escaping: &HashSet<&'a str>, out: &mut types::FastMap<(u32, u32), (&'a str, bool)>) {
    if let StmtKind::Assign {
        lhs: [Expr { kind: ExprKind::Ident(v), .. }], op: op @ (AssignOp::Assign | AssignOp::Define), rhs: [r], ..
    } = &s.kind
    {
        if let ExprKind::Call { fun, args, ellipsis: None, .. } = &r.kind {
            if matches!(fun.kind, ExprKind::Ident("append"))
                && args.len() > 1
                && !matches!(args[0].kind, ExprKind::Ident(_))
                && !escaping.contains(v)
            {
                out.insert((r.span.lo, r.span.hi), (v, *op == AssignOp::Define));
            }
        }
    }
    stmt_children(s, &mut |st| stack_appends(st, escaping, out));
}

fn stmt<'a>(s: &'a Stmt<'a>, e: &mut Escapes<'a>, in_lit: bool) {
    let ex = |x: &'a Expr<'a>, e: &mut Escapes<'a>| expr(x, e, in_lit);
    match &s.kind {
        StmtKind::Empty | StmtKind::Branch { .. } => {}
        StmtKind::Decl(g) => {
            for sp in g.specs.iter() {
                if let Spec::Value(v) = sp {
                    for x in v.values.iter() {
                        ex(x, e);
                    }
                    if in_lit {
                        for n in v.names.iter() {
                            e.boxed.insert(n.name);
                        }
                    }
                }
            }
        }
        StmtKind::Labeled { stmt: st, .. } => stmt(st, e, in_lit),
        StmtKind::Expr(x) | StmtKind::Go(x) | StmtKind::Defer(x) => ex(x, e),
        StmtKind::Send { ch, value } => {
            ex(ch, e);
            ex(value, e);
        }
        StmtKind::IncDec { x, .. } => ex(x, e),
        StmtKind::Assign { lhs, rhs, .. } => {
            for x in lhs.iter().chain(rhs.iter()) {
                ex(x, e);
            }
        }
        StmtKind::Return(xs) => {
            for x in xs.iter() {
                ex(x, e);
            }
        }
        StmtKind::Block(b) => block(b, e, in_lit),
        StmtKind::If { init, cond, then, els } => {
            if let Some(i) = init {
                stmt(i, e, in_lit);
            }
            ex(cond, e);
            block(then, e, in_lit);
            if let Some(s) = els {
                stmt(s, e, in_lit);
            }
        }
        StmtKind::Switch { init, tag, body, .. } => {
            if let Some(i) = init {
                stmt(i, e, in_lit);
            }
            if let Some(t) = tag {
                ex(t, e);
            }
            for c in body.iter() {
                for x in c.list.unwrap_or(&[]).iter() {
                    ex(x, e);
                }
                for s in c.body.iter() {
                    stmt(s, e, in_lit);
                }
            }
        }
        StmtKind::TypeSwitch { init, x, body, bind, .. } => {
            if let Some(i) = init {
                stmt(i, e, in_lit);
            }
            ex(x, e);
            if in_lit {
                if let Some(b) = bind {
                    e.boxed.insert(b.name);
                }
            }
            for c in body.iter() {
                for s in c.body.iter() {
                    stmt(s, e, in_lit);
                }
            }
        }
        StmtKind::Select { body, .. } => {
            for c in body.iter() {
                if let Some(s) = c.comm {
                    stmt(s, e, in_lit);
                }
                for s in c.body.iter() {
                    stmt(s, e, in_lit);
                }
            }
        }
        StmtKind::For { init, cond, post, body } => {
            if let Some(i) = init {
                stmt(i, e, in_lit);
            }
            if let Some(c) = cond {
                ex(c, e);
            }
            if let Some(p) = post {
                stmt(p, e, in_lit);
            }
            block(body, e, in_lit);
        }
        StmtKind::Range { key, value, x, body, define } => {
            for k in [key, value].into_iter().flatten() {
                ex(k, e);
            }
            ex(x, e);
            // A range over a function runs its body as a closure: outer
            // variables it assigns (the iteration variables `for k = range`
            // assigns too) must live in cells. The range expression's type
            // is unknown here, so be conservative unless it is plainly not
            // a function.
            if !matches!(x.kind, ExprKind::BasicLit { .. } | ExprKind::CompositeLit { .. }) {
                let mut names = Vec::new();
                assigned_in_block(body, &mut names);
                if !*define {
                    names.extend([key, value].into_iter().flatten().filter_map(|k| root_ident(k)));
                }
                e.boxed.extend(names);
            }
            block(body, e, in_lit);
        }
    }
}

fn block<'a>(b: &'a Block<'a>, e: &mut Escapes<'a>, in_lit: bool) {
    for s in b.stmts.iter() {
        stmt(s, e, in_lit);
    }
}

fn expr<'a>(x: &'a Expr<'a>, e: &mut Escapes<'a>, in_lit: bool) {
    match &x.kind {
        ExprKind::Ident(n) => {
            if in_lit {
                e.captured.insert(n);
            }
        }
        ExprKind::FuncLit { body, typ } => {
            let _ = typ;
            block(body, e, true);
        }
        ExprKind::Unary(UnaryOp::Addr, inner) => {
            if let Some(n) = root_ident(inner) {
                e.boxed.insert(n);
            }
            expr(inner, e, in_lit);
        }
        ExprKind::Call { fun, args, .. } => {
            if let ExprKind::Selector(recv, _) = &fun.kind {
                if let Some(n) = root_ident(recv) {
                    e.method_recv.insert(n);
                }
            }
            expr(fun, e, in_lit);
            for a in args.iter() {
                expr(a, e, in_lit);
            }
        }
        ExprKind::Selector(recv, _) => {
            // A method value `x.M` may need `&x`.
            if let Some(n) = root_ident(recv) {
                e.method_recv.insert(n);
            }
            expr(recv, e, in_lit)
        }
        _ => children(x, &mut |c| expr(c, e, in_lit)),
    }
}

/// Names assigned in `b`'s statements after their declaration (not
/// counting function literals, which the caller visits): `=` and `op=`
/// targets, `++`/`--`, `range` with `=`, and every name of a `:=` with
/// several names (it may redeclare one).
fn reassigned_in<'a>(b: &'a Block<'a>, out: &mut HashSet<&'a str>) {
    fn st<'a>(s: &'a Stmt<'a>, out: &mut HashSet<&'a str>) {
        match &s.kind {
            StmtKind::Assign { lhs, op, .. } if !(matches!(op, AssignOp::Define) && lhs.len() == 1) => {
                out.extend(lhs.iter().filter_map(|l| root_ident(l)));
            }
            StmtKind::IncDec { x, .. } => out.extend(root_ident(x)),
            StmtKind::Range { key, value, define: false, .. } => {
                out.extend([key, value].into_iter().flatten().filter_map(|l| root_ident(l)));
            }
            _ => {}
        }
        crate::walk::stmt_parts(s, &mut |p| {
            if let crate::walk::Part::S(inner) = p {
                st(inner, out);
            }
        });
    }
    for s in b.stmts.iter() {
        st(s, out);
    }
}

/// `x`, `x.f.g`, `x[i]` → `x` (the variable whose storage is used).
fn root_ident<'a>(x: &'a Expr<'a>) -> Option<&'a str> {
    match &x.kind {
        ExprKind::Ident(n) => Some(n),
        ExprKind::Paren(i) => root_ident(i),
        ExprKind::Selector(i, _) => root_ident(i),
        ExprKind::Index(i, _) => root_ident(i),
        _ => None,
    }
}

/// Calls `f` on each direct sub-expression.
pub(crate) fn children<'a>(x: &'a Expr<'a>, f: &mut dyn FnMut(&'a Expr<'a>)) {
    match &x.kind {
        ExprKind::Ident(_) | ExprKind::BasicLit { .. } | ExprKind::FuncLit { .. } => {}
        ExprKind::CompositeLit { typ, elts, .. } => {
            if let Some(t) = typ {
                f(t);
            }
            for el in elts.iter() {
                if let Some(k) = el.key {
                    f(k);
                }
                f(el.value);
            }
        }
        ExprKind::Paren(i) | ExprKind::Star(i) | ExprKind::Unary(_, i) => f(i),
        ExprKind::Selector(i, _) => f(i),
        ExprKind::Index(i, args) => {
            f(i);
            for a in args.iter() {
                f(a);
            }
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            f(x);
            for b in [lo, hi, max].into_iter().flatten() {
                f(b);
            }
        }
        ExprKind::TypeAssert(i, t) => {
            f(i);
            if let Some(t) = t {
                f(t);
            }
        }
        ExprKind::Call { fun, args, .. } => {
            f(fun);
            for a in args.iter() {
                f(a);
            }
        }
        ExprKind::Binary { x, y, .. } => {
            f(x);
            f(y);
        }
        ExprKind::Ellipsis(Some(i)) => f(i),
        _ => {}
    }
}

/// Every identifier in an expression, including inside function literals.
pub(crate) fn idents<'a>(x: &'a Expr<'a>, out: &mut Vec<&'a str>) {
    match &x.kind {
        ExprKind::Ident(n) => out.push(n),
        ExprKind::FuncLit { body, .. } => block_idents(body, out),
        _ => children(x, &mut |c| idents(c, out)),
    }
}

pub(crate) fn block_idents<'a>(b: &'a Block<'a>, out: &mut Vec<&'a str>) {
    let mut e = Escapes::default();
    block(b, &mut e, true);
    out.extend(e.boxed);
    out.extend(e.captured);
}

/// Variables assigned (or incremented) anywhere in a block.
fn assigned_in_block<'a>(b: &'a Block<'a>, out: &mut Vec<&'a str>) {
    for st in b.stmts.iter() {
        assigned_in_stmt(st, out);
    }
}

fn assigned_in_stmt<'a>(s: &'a Stmt<'a>, out: &mut Vec<&'a str>) {
    match &s.kind {
        StmtKind::Assign { lhs, op, .. } if *op != AssignOp::Define => {
            for l in lhs.iter() {
                if let Some(n) = root_ident(l) {
                    out.push(n);
                }
            }
        }
        StmtKind::IncDec { x, .. } => {
            if let Some(n) = root_ident(x) {
                out.push(n);
            }
        }
        StmtKind::Range { key, value, define: false, body, .. } => {
            for k in [key, value].into_iter().flatten() {
                if let Some(n) = root_ident(k) {
                    out.push(n);
                }
            }
            assigned_in_block(body, out);
        }
        StmtKind::Block(b) => assigned_in_block(b, out),
        StmtKind::Labeled { stmt, .. } => assigned_in_stmt(stmt, out),
        StmtKind::If { init, then, els, .. } => {
            if let Some(i) = init {
                assigned_in_stmt(i, out);
            }
            assigned_in_block(then, out);
            if let Some(e) = els {
                assigned_in_stmt(e, out);
            }
        }
        StmtKind::For { init, post, body, .. } => {
            for st in [init, post].into_iter().flatten() {
                assigned_in_stmt(st, out);
            }
            assigned_in_block(body, out);
        }
        StmtKind::Range { body, .. } => assigned_in_block(body, out),
        StmtKind::Switch { init, body, .. } | StmtKind::TypeSwitch { init, body, .. } => {
            if let Some(i) = init {
                assigned_in_stmt(i, out);
            }
            for c in body.iter() {
                for st in c.body.iter() {
                    assigned_in_stmt(st, out);
                }
            }
        }
        StmtKind::Select { body, .. } => {
            for c in body.iter() {
                if let Some(cm) = c.comm {
                    assigned_in_stmt(cm, out);
                }
                for st in c.body.iter() {
                    assigned_in_stmt(st, out);
                }
            }
        }
        _ => {}
    }
}

/// Names used somewhere other than as an append/len/cap/index/range
/// operand or an assignment target: their slices may escape, so append
/// cannot use a stack buffer for them (Go 1.25+ gives a non-escaping
/// append on a nil slice a 32-byte stack backing store).
pub(crate) fn escaping_uses<'a>(b: &'a Block<'a>) -> HashSet<&'a str> {
    let mut out = HashSet::default();
    for s in b.stmts.iter() {
        esc_stmt(s, &mut out);
    }
    out
}

fn esc_stmt<'a>(s: &'a Stmt<'a>, out: &mut HashSet<&'a str>) {
    match &s.kind {
        StmtKind::Assign { lhs, rhs, .. } => {
            for l in lhs.iter() {
                esc_target(l, out);
            }
            for r in rhs.iter() {
                esc_expr(r, out);
            }
        }
        StmtKind::IncDec { x, .. } => esc_target(x, out),
        StmtKind::Range { key, value, x, body, .. } => {
            for k in [key, value].into_iter().flatten() {
                esc_target(k, out);
            }
            esc_safe_base(x, out);
            for st in body.stmts.iter() {
                esc_stmt(st, out);
            }
        }
        _ => {
            // Every other statement: walk it generically, all uses escape.
            let mut names = Vec::new();
            stmt_exprs(s, &mut |e| idents_shallow(e, &mut names));
            out.extend(names);
            stmt_children(s, &mut |st| esc_stmt(st, out));
        }
    }
}

/// An assignment target: the variable itself is safe; index operands are uses.
fn esc_target<'a>(e: &'a Expr<'a>, out: &mut HashSet<&'a str>) {
    match &e.kind {
        ExprKind::Ident(_) => {}
        ExprKind::Index(x, idx) => {
            esc_safe_base(x, out);
            for i in idx.iter() {
                esc_expr(i, out);
            }
        }
        _ => esc_expr(e, out),
    }
}

fn esc_safe_base<'a>(e: &'a Expr<'a>, out: &mut HashSet<&'a str>) {
    if !matches!(e.kind, ExprKind::Ident(_)) {
        esc_expr(e, out);
    }
}

fn esc_expr<'a>(e: &'a Expr<'a>, out: &mut HashSet<&'a str>) {
    let mut n = Vec::new();
    idents_shallow(e, &mut n);
    out.extend(n);
}

/// Collects escaping identifier uses in `e` (safe forms are skipped).
fn idents_shallow<'a>(e: &'a Expr<'a>, escaping: &mut Vec<&'a str>) {
    match &e.kind {
        ExprKind::Ident(n) => escaping.push(n),
        ExprKind::Call { fun, args, .. } => {
            let safe_first = matches!(&fun.kind, ExprKind::Ident("append" | "len" | "cap"));
            for (i, a) in args.iter().enumerate() {
                if i == 0 && safe_first && matches!(a.kind, ExprKind::Ident(_)) {
                    continue;
                }
                idents_shallow(a, escaping);
            }
            idents_shallow(fun, escaping);
        }
        ExprKind::Index(x, idx) => {
            if !matches!(x.kind, ExprKind::Ident(_)) {
                idents_shallow(x, escaping);
            }
            for i in idx.iter() {
                idents_shallow(i, escaping);
            }
        }
        ExprKind::FuncLit { body, .. } => {
            let mut names = Vec::new();
            block_idents(body, &mut names);
            escaping.extend(names);
        }
        _ => children(e, &mut |c| idents_shallow(c, escaping)),
    }
}

/// Calls `f` on each expression directly inside a statement (not nested statements).
fn stmt_exprs<'a>(s: &'a Stmt<'a>, f: &mut dyn FnMut(&'a Expr<'a>)) {
    match &s.kind {
        StmtKind::Expr(x) | StmtKind::Go(x) | StmtKind::Defer(x) => f(x),
        StmtKind::Send { ch, value } => {
            f(ch);
            f(value);
        }
        StmtKind::Return(xs) => xs.iter().for_each(&mut *f),
        StmtKind::Decl(g) => {
            for sp in g.specs.iter() {
                if let Spec::Value(v) = sp {
                    v.values.iter().for_each(&mut *f);
                }
            }
        }
        StmtKind::If { cond, .. } => f(cond),
        StmtKind::For { cond: Some(c), .. } => f(c),
        StmtKind::Switch { tag: Some(t), body, .. } => {
            f(t);
            for c in body.iter() {
                c.list.unwrap_or(&[]).iter().for_each(&mut *f);
            }
        }
        StmtKind::Switch { tag: None, body, .. } => {
            for c in body.iter() {
                c.list.unwrap_or(&[]).iter().for_each(&mut *f);
            }
        }
        StmtKind::TypeSwitch { x, .. } => f(x),
        _ => {}
    }
}

/// Calls `f` on each statement nested directly in `s`.
fn stmt_children<'a>(s: &'a Stmt<'a>, f: &mut dyn FnMut(&'a Stmt<'a>)) {
    match &s.kind {
        StmtKind::Labeled { stmt, .. } => f(stmt),
        StmtKind::Block(b) => b.stmts.iter().for_each(&mut *f),
        StmtKind::If { init, then, els, .. } => {
            if let Some(i) = init {
                f(i);
            }
            then.stmts.iter().for_each(&mut *f);
            if let Some(e) = els {
                f(e);
            }
        }
        StmtKind::For { init, post, body, .. } => {
            for st in [init, post].into_iter().flatten() {
                f(st);
            }
            body.stmts.iter().for_each(&mut *f);
        }
        StmtKind::Switch { init, body, .. } | StmtKind::TypeSwitch { init, body, .. } => {
            if let Some(i) = init {
                f(i);
            }
            for c in body.iter() {
                c.body.iter().for_each(&mut *f);
            }
        }
        StmtKind::Select { body, .. } => {
            for c in body.iter() {
                if let Some(cm) = c.comm {
                    f(cm);
                }
                c.body.iter().for_each(&mut *f);
            }
        }
        _ => {}
    }
}

/// Whether one of `names` (a function's named results) is moved to the
/// heap by gc's escape analysis: a function literal that mentions it, or
/// its address, reaches a place that escapes (the function of a `go`
/// statement or of a `defer` inside a loop, a returned value, a value sent
/// on a channel), in the body or in any literal nested in it. gc does not
/// open-code the defers of such a function (ssagen's buildssa: "skip if
/// there are any heap-allocated result parameters"), so its deferreturn
/// is at the closing brace's line in tracebacks.
/// (A captured result is always captured by reference: gc moves it even
/// when nothing but its zeroing assigns it.)
///
/// Divergence: a literal or `&r` passed to a call or stored somewhere is
/// taken not to escape; gc decides that from the callee's parameter tags
/// and data flow.
pub(crate) fn results_escape<'a>(b: &'a Block<'a>, names: &[&str]) -> bool {
    // One walk per expression: a literal's identifiers are read once
    // (its nested literals included), never again below it.
    fn leaks<'a>(x: &'a Expr<'a>, names: &[&str]) -> bool {
        match &x.kind {
            ExprKind::FuncLit { body, .. } => {
                let mut ids = Vec::new();
                block_idents(body, &mut ids);
                ids.iter().any(|i| names.contains(i))
            }
            ExprKind::Unary(UnaryOp::Addr, inner) if root_ident(inner).is_some_and(|i| names.contains(&i)) => true,
            // A literal called on the spot does not escape (its own
            // `return` statements are walked as a body's).
            ExprKind::Call { fun, args, .. } if matches!(unparen(fun).kind, ExprKind::FuncLit { .. }) => {
                args.iter().any(|a| leaks(a, names))
            }
            _ => {
                let mut hit = false;
                children(x, &mut |c| hit = hit || leaks(c, names));
                hit
            }
        }
    }
    // The function and arguments of a `go` statement, or of a `defer`
    // in a loop, live on the heap: a literal there escapes even though
    // it is called.
    let call_leaks = |x: &'a Expr<'a>| match &x.kind {
        ExprKind::Call { fun, args, .. } => leaks(unparen(fun), names) || args.iter().any(|a| leaks(a, names)),
        _ => leaks(x, names),
    };
    let leaks = |x: &'a Expr<'a>| leaks(x, names);
    type Leaks<'f, 'a> = (&'f dyn Fn(&'a Expr<'a>) -> bool, &'f dyn Fn(&'a Expr<'a>) -> bool);
    fn walk_stmt<'a>(s: &'a Stmt<'a>, in_loop: bool, l: &Leaks<'_, 'a>) -> bool {
        let (leaks, call_leaks) = (l.0, l.1);
        let leaked = match &s.kind {
            StmtKind::Go(x) => call_leaks(x),
            StmtKind::Defer(x) if in_loop => call_leaks(x),
            StmtKind::Send { value: x, .. } => leaks(x),
            StmtKind::Return(xs) => xs.iter().any(leaks),
            _ => false,
        };
        if leaked {
            return true;
        }
        let body_in_loop = in_loop || matches!(s.kind, StmtKind::For { .. } | StmtKind::Range { .. });
        let mut found = false;
        crate::walk::stmt_parts(s, &mut |p| {
            found = found
                || match p {
                    crate::walk::Part::S(st) => walk_stmt(st, body_in_loop, l),
                    crate::walk::Part::E(x) => walk_lits(x, l),
                }
        });
        found
    }
    // A literal not itself in an escaping place: its own `go`, `defer`
    // in a loop and `return` statements are looked at afresh.
    fn walk_lits<'a>(x: &'a Expr<'a>, l: &Leaks<'_, 'a>) -> bool {
        match &x.kind {
            ExprKind::FuncLit { body, .. } => body.stmts.iter().any(|s| walk_stmt(s, false, l)),
            _ => {
                let mut found = false;
                children(x, &mut |c| found = found || walk_lits(c, l));
                found
            }
        }
    }
    b.stmts.iter().any(|s| walk_stmt(s, false, &(&leaks, &call_leaks)))
}

fn unparen<'a>(x: &'a Expr<'a>) -> &'a Expr<'a> {
    match &x.kind {
        ExprKind::Paren(i) => unparen(i),
        _ => x,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The escape facts of `func main() { <body> }`, with `M` a pointer
    /// method; each set rendered sorted.
    fn facts(body: &str, check: impl FnOnce(&Escapes)) {
        let src = format!("package main\n\nfunc main() {{\n{body}\n}}\n");
        let arena = bumpalo::Bump::new();
        let src: &str = arena.alloc_str(&src);
        let file = syntax::parse_file(&arena, src).unwrap_or_else(|e| panic!("{body}: {:?}", e[0]));
        let main = file
            .decls
            .iter()
            .find_map(|d| match d {
                Decl::Func(f) if f.name.name == "main" => f.body,
                _ => None,
            })
            .expect("main");
        let ptr_methods: HashSet<&str> = ["M"].into_iter().collect();
        check(&scan(main, &ptr_methods));
    }

    fn sorted(s: &HashSet<&str>) -> Vec<String> {
        let mut v: Vec<String> = s.iter().map(|n| n.to_string()).collect();
        v.sort();
        v
    }

    #[test]
    fn captured_and_reassigned_is_boxed_captured_only_is_not() {
        facts("x := 1\ny := 2\nf := func() int { x++; return y }\n_ = f", |e| {
            assert_eq!(sorted(&e.captured), ["x", "y"]);
            // y is never assigned after its declaration: captured by value, as gc does.
            assert_eq!(sorted(&e.boxed), ["x"]);
            assert_eq!(sorted(&e.pinned), ["x", "y"]);
        });
        // Reassigned after the literal is created counts too, and so does
        // every name of a `:=` with several (it may redeclare one).
        facts("x := 1\nf := func() int { return x }\nx = 2\n_ = f", |e| assert_eq!(sorted(&e.boxed), ["x"]));
        facts("x, y := 1, 2\nf := func() int { return x + y }\n_ = f", |e| assert_eq!(sorted(&e.boxed), ["x", "y"]));
    }

    #[test]
    fn address_taken_is_boxed_and_pinned_slicing_only_pinned() {
        facts("var a [4]int\nb := 3\np := &b\ns := a[:]\n_, _ = p, s", |e| {
            assert_eq!(sorted(&e.boxed), ["b"]);
            assert_eq!(sorted(&e.pinned), ["a", "b"]);
        });
        // &x.f and &x[i] take the root variable's address.
        facts("var t struct{ f int }\nvar u [2]int\n_, _ = &t.f, &u[1]", |e| assert_eq!(sorted(&e.boxed), ["t", "u"]));
    }

    #[test]
    fn written_names_are_the_assigned_roots() {
        facts("var p, q, r struct{ f int }\np.f = 1\nq = r\nuse(q)", |e| {
            // r is only read; the result is not in `written`.
            assert_eq!(sorted(&e.written), ["p", "q"]);
        });
    }

    #[test]
    fn pointer_method_selectors_are_recorded_with_their_root() {
        facts("var v struct{ w T }\nv.w.M()\nv.w.N()", |e| {
            let sels: Vec<(&str, &str)> = e.ptr_sels.iter().map(|(root, _, m)| (*root, *m)).collect();
            assert_eq!(sels, [("v", "M")]);
            assert_eq!(sorted(&e.method_recv), ["v"]);
        });
    }

    #[test]
    fn slices_escape_unless_only_appended_measured_or_indexed() {
        facts("var s, t []int\ns = append(s, 1)\n_ = len(s) + cap(s) + s[0]\nuse(t)", |e| {
            assert!(!e.slice_escape.contains("s"), "{:?}", e.slice_escape);
            assert!(e.slice_escape.contains("t"));
        });
        // Captured by a function literal: escapes.
        facts("var s []int\nf := func() { s = append(s, 1) }\nf()", |e| assert!(e.slice_escape.contains("s")));
    }

    #[test]
    fn range_over_a_possible_function_boxes_what_its_body_assigns() {
        // The body may run as a closure (range-over-func): n lives in a cell.
        facts("n := 0\nfor x := range seq {\n\tn += x\n}\n_ = n", |e| assert_eq!(sorted(&e.boxed), ["n"]));
        // Plainly not a function: nothing boxed.
        facts("n := 0\nfor _, x := range []int{1, 2} {\n\tn += x\n}\n_ = n", |e| assert!(e.boxed.is_empty()));
    }

    #[test]
    fn variables_declared_inside_a_literal_are_boxed() {
        facts("f := func() { var k int; k++ }\nf()", |e| assert_eq!(sorted(&e.boxed), ["k"]));
    }
}
