//! A plain AST walk: every expression (types included) of a declaration,
//! for syntactic facts such as which imported packages a generic body
//! names before (or without) being instantiated.

use syntax::ast::*;

/// Calls `f` on every expression in `e` (itself included), types and
/// function literal bodies included.
pub(crate) fn expr<'a>(e: &'a Expr<'a>, f: &mut dyn FnMut(&'a Expr<'a>)) {
    f(e);
    match &e.kind {
        ExprKind::Ident(_) | ExprKind::BasicLit { .. } | ExprKind::Ellipsis(None) => {}
        ExprKind::CompositeLit { typ, elts, .. } => {
            if let Some(t) = typ {
                expr(t, f);
            }
            for el in elts.iter() {
                if let Some(k) = el.key {
                    expr(k, f);
                }
                expr(el.value, f);
            }
        }
        ExprKind::FuncLit { typ, body } => {
            func_type(typ, f);
            block(body, f);
        }
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary(_, x) | ExprKind::Selector(x, _) | ExprKind::Ellipsis(Some(x)) => {
            expr(x, f)
        }
        ExprKind::Index(x, args) => {
            expr(x, f);
            for a in args.iter() {
                expr(a, f);
            }
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            expr(x, f);
            for b in [lo, hi, max].into_iter().flatten() {
                expr(b, f);
            }
        }
        ExprKind::TypeAssert(x, t) => {
            expr(x, f);
            if let Some(t) = t {
                expr(t, f);
            }
        }
        ExprKind::Call { fun, args, .. } => {
            expr(fun, f);
            for a in args.iter() {
                expr(a, f);
            }
        }
        ExprKind::Binary { x, y, .. } => {
            expr(x, f);
            expr(y, f);
        }
        ExprKind::ArrayType { len, elem } => {
            if let ArrayLen::Expr(n) = len {
                expr(n, f);
            }
            expr(elem, f);
        }
        ExprKind::StructType { fields } => fields_(fields, f),
        ExprKind::FuncType(ft) => func_type(ft, f),
        ExprKind::InterfaceType { elems } => {
            for el in elems.iter() {
                match el {
                    InterfaceElem::Method { typ, .. } => func_type(typ, f),
                    InterfaceElem::Embed(x) => expr(x, f),
                }
            }
        }
        ExprKind::MapType { key, value } => {
            expr(key, f);
            expr(value, f);
        }
        ExprKind::ChanType { elem, .. } => expr(elem, f),
    }
}

fn fields_<'a>(fs: &'a [Field<'a>], f: &mut dyn FnMut(&'a Expr<'a>)) {
    for fl in fs.iter() {
        expr(fl.typ, f);
    }
}

pub(crate) fn func_type<'a>(ft: &'a FuncType<'a>, f: &mut dyn FnMut(&'a Expr<'a>)) {
    fields_(ft.params, f);
    fields_(ft.results, f);
}

pub(crate) fn block<'a>(b: &'a Block<'a>, f: &mut dyn FnMut(&'a Expr<'a>)) {
    for s in b.stmts.iter() {
        stmt(s, f);
    }
}

fn gen_decl<'a>(g: &'a GenDecl<'a>, f: &mut dyn FnMut(&'a Expr<'a>)) {
    for sp in g.specs.iter() {
        match sp {
            Spec::Value(v) => {
                if let Some(t) = v.typ {
                    expr(t, f);
                }
                for x in v.values.iter() {
                    expr(x, f);
                }
            }
            Spec::Type(t) => {
                fields_(t.type_params, f);
                expr(t.typ, f);
            }
            Spec::Import(_) => {}
        }
    }
}

/// Every expression of a function declaration: receiver, type
/// parameters, signature and body.
pub(crate) fn func_decl<'a>(d: &'a FuncDecl<'a>, f: &mut dyn FnMut(&'a Expr<'a>)) {
    if let Some(r) = d.recv {
        expr(r.typ, f);
    }
    fields_(d.type_params, f);
    func_type(d.typ, f);
    if let Some(b) = d.body {
        block(b, f);
    }
}

/// Every expression of a type declaration.
pub(crate) fn type_spec<'a>(t: &'a TypeSpec<'a>, f: &mut dyn FnMut(&'a Expr<'a>)) {
    fields_(t.type_params, f);
    expr(t.typ, f);
}

/// The expressions a statement assigns to (`x = ...`, `x++`, `x := ...`),
/// in `b` and its nested blocks (not function literals).
pub(crate) fn assigned<'a>(b: &'a Block<'a>, out: &mut Vec<&'a Expr<'a>>) {
    fn st<'a>(s: &'a Stmt<'a>, out: &mut Vec<&'a Expr<'a>>) {
        match &s.kind {
            StmtKind::Assign { lhs, .. } => out.extend(lhs.iter()),
            StmtKind::IncDec { x, .. } => out.push(x),
            StmtKind::Labeled { stmt, .. } => st(stmt, out),
            StmtKind::Block(b) => assigned(b, out),
            StmtKind::If { init, then, els, .. } => {
                for i in [init, els].into_iter().flatten() {
                    st(i, out);
                }
                assigned(then, out);
            }
            StmtKind::For { init, post, body, .. } => {
                for i in [init, post].into_iter().flatten() {
                    st(i, out);
                }
                assigned(body, out);
            }
            StmtKind::Range { key, value, body, .. } => {
                out.extend([key, value].into_iter().flatten().copied());
                assigned(body, out);
            }
            StmtKind::Switch { init, body, .. } | StmtKind::TypeSwitch { init, body, .. } => {
                if let Some(i) = init {
                    st(i, out);
                }
                for c in body.iter() {
                    for s in c.body.iter() {
                        st(s, out);
                    }
                }
            }
            StmtKind::Select { body, .. } => {
                for c in body.iter() {
                    for s in c.comm.iter().copied().chain(c.body.iter()) {
                        st(s, out);
                    }
                }
            }
            _ => {}
        }
    }
    for s in b.stmts.iter() {
        st(s, out);
    }
}

fn stmt<'a>(s: &'a Stmt<'a>, f: &mut dyn FnMut(&'a Expr<'a>)) {
    match &s.kind {
        StmtKind::Empty | StmtKind::Branch { .. } => {}
        StmtKind::Decl(g) => gen_decl(g, f),
        StmtKind::Labeled { stmt: st, .. } => stmt(st, f),
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => expr(e, f),
        StmtKind::Send { ch, value } => {
            expr(ch, f);
            expr(value, f);
        }
        StmtKind::IncDec { x, .. } => expr(x, f),
        StmtKind::Assign { lhs, rhs, .. } => {
            for x in lhs.iter().chain(rhs.iter()) {
                expr(x, f);
            }
        }
        StmtKind::Return(xs) => {
            for x in xs.iter() {
                expr(x, f);
            }
        }
        StmtKind::Block(b) => block(b, f),
        StmtKind::If { init, cond, then, els } => {
            if let Some(i) = init {
                stmt(i, f);
            }
            expr(cond, f);
            block(then, f);
            if let Some(e) = els {
                stmt(e, f);
            }
        }
        StmtKind::Switch { init, tag, body, .. } => {
            if let Some(i) = init {
                stmt(i, f);
            }
            if let Some(t) = tag {
                expr(t, f);
            }
            clauses(body, f);
        }
        StmtKind::TypeSwitch { init, x, body, .. } => {
            if let Some(i) = init {
                stmt(i, f);
            }
            expr(x, f);
            clauses(body, f);
        }
        StmtKind::Select { body, .. } => {
            for c in body.iter() {
                if let Some(comm) = c.comm {
                    stmt(comm, f);
                }
                for st in c.body.iter() {
                    stmt(st, f);
                }
            }
        }
        StmtKind::For { init, cond, post, body } => {
            for st in [init, post].into_iter().flatten() {
                stmt(st, f);
            }
            if let Some(c) = cond {
                expr(c, f);
            }
            block(body, f);
        }
        StmtKind::Range { key, value, x, body, .. } => {
            for k in [key, value].into_iter().flatten() {
                expr(k, f);
            }
            expr(x, f);
            block(body, f);
        }
    }
}

fn clauses<'a>(cs: &'a [CaseClause<'a>], f: &mut dyn FnMut(&'a Expr<'a>)) {
    for c in cs.iter() {
        if let Some(list) = c.list {
            for x in list.iter() {
                expr(x, f);
            }
        }
        for st in c.body.iter() {
            stmt(st, f);
        }
    }
}

/// A part of a statement: an expression or a nested statement.
pub(crate) enum Part<'a> {
    E(&'a Expr<'a>),
    S(&'a Stmt<'a>),
}

/// Calls `f` on each expression and statement directly inside `s` (not
/// inside function literals: a literal is one expression).
pub(crate) fn stmt_parts<'a>(s: &'a Stmt<'a>, f: &mut dyn FnMut(Part<'a>)) {
    match &s.kind {
        StmtKind::Empty | StmtKind::Branch { .. } => {}
        StmtKind::Decl(g) => {
            for sp in g.specs.iter() {
                if let Spec::Value(v) = sp {
                    v.values.iter().for_each(|x| f(Part::E(x)));
                }
            }
        }
        StmtKind::Labeled { stmt, .. } => f(Part::S(stmt)),
        StmtKind::Expr(x) | StmtKind::Go(x) | StmtKind::Defer(x) => f(Part::E(x)),
        StmtKind::Send { ch, value } => {
            f(Part::E(ch));
            f(Part::E(value));
        }
        StmtKind::IncDec { x, .. } => f(Part::E(x)),
        StmtKind::Assign { lhs, rhs, .. } => lhs.iter().chain(rhs.iter()).for_each(|x| f(Part::E(x))),
        StmtKind::Return(xs) => xs.iter().for_each(|x| f(Part::E(x))),
        StmtKind::Block(b) => b.stmts.iter().for_each(|s| f(Part::S(s))),
        StmtKind::If { init, cond, then, els } => {
            if let Some(i) = init {
                f(Part::S(i));
            }
            f(Part::E(cond));
            then.stmts.iter().for_each(|s| f(Part::S(s)));
            if let Some(x) = els {
                f(Part::S(x));
            }
        }
        StmtKind::Switch { init, tag, body, .. } => {
            if let Some(i) = init {
                f(Part::S(i));
            }
            if let Some(t) = tag {
                f(Part::E(t));
            }
            for c in body.iter() {
                c.list.unwrap_or(&[]).iter().for_each(|x| f(Part::E(x)));
                c.body.iter().for_each(|s| f(Part::S(s)));
            }
        }
        StmtKind::TypeSwitch { init, x, body, .. } => {
            if let Some(i) = init {
                f(Part::S(i));
            }
            f(Part::E(x));
            for c in body.iter() {
                c.body.iter().for_each(|s| f(Part::S(s)));
            }
        }
        StmtKind::Select { body, .. } => {
            for c in body.iter() {
                if let Some(cm) = c.comm {
                    f(Part::S(cm));
                }
                c.body.iter().for_each(|s| f(Part::S(s)));
            }
        }
        StmtKind::For { init, cond, post, body } => {
            if let Some(i) = init {
                f(Part::S(i));
            }
            if let Some(c) = cond {
                f(Part::E(c));
            }
            if let Some(p) = post {
                f(Part::S(p));
            }
            body.stmts.iter().for_each(|s| f(Part::S(s)));
        }
        StmtKind::Range { key, value, x, body, .. } => {
            for k in [key, value].into_iter().flatten() {
                f(Part::E(k));
            }
            f(Part::E(x));
            body.stmts.iter().for_each(|s| f(Part::S(s)));
        }
    }
}
