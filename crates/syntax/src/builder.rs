//! AST construction helpers used by the grammar actions: arena allocation,
//! expression ids, and the fix-ups go/parser also does after the fact
//! (parameter grouping, `<-chan` re-association, type switch guards).

use crate::ast::*;
use bumpalo::Bump;
use std::cell::{Cell, RefCell};

/// A growable list allocated in the arena.
pub type BV<'a, T> = bumpalo::collections::Vec<'a, T>;

/// Lists that can become arena slices.
pub trait ArenaSlice<'a, T> {
    fn into_arena(self, arena: &'a Bump) -> &'a [T];
}

impl<'a, T> ArenaSlice<'a, T> for Vec<T> {
    fn into_arena(self, arena: &'a Bump) -> &'a [T] {
        if self.is_empty() {
            return &[];
        }
        arena.alloc_slice_fill_iter(self)
    }
}

impl<'a, T> ArenaSlice<'a, T> for BV<'a, T> {
    fn into_arena(self, _arena: &'a Bump) -> &'a [T] {
        self.into_bump_slice()
    }
}

/// An error raised by a grammar action (reported like a syntax error).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UserError {
    pub pos: usize,
    pub msg: String,
}

pub type Res<'a, T> = Result<T, lalrpop_util::ParseError<usize, crate::lexer::Tok<'a>, UserError>>;

pub fn uerr<T, Tk>(pos: usize, msg: impl Into<String>) -> Result<T, lalrpop_util::ParseError<usize, Tk, UserError>> {
    Err(lalrpop_util::ParseError::User { error: UserError { pos, msg: msg.into() } })
}

/// One entry of a parameter list before grouping: `T` or `name T`.
pub enum PEntry<'a> {
    Type(&'a Expr<'a>),
    Named(Ident<'a>, &'a Expr<'a>),
}

pub struct Cx<'a> {
    pub arena: &'a Bump,
    pub src: &'a str,
    next_id: Cell<u32>,
    /// `.(type)` expressions not (yet) used as a type switch guard.
    guards: RefCell<Vec<(ExprId, u32)>>,
    /// Operands and operators of binary expressions being parsed.
    chain: RefCell<Vec<(BinaryOp, Span, Expr<'a>)>>,
    operands: RefCell<Vec<Expr<'a>>>,
    ops: RefCell<Vec<(BinaryOp, Span)>>,
    /// The nesting depth of each expression built so far, by id (children
    /// are built before their parents), and where the first expression
    /// deeper than [`MAX_EXPR_DEPTH`] starts.
    depth: RefCell<Vec<u32>>,
    too_deep: Cell<Option<usize>>,
}

/// How deeply expressions and types may nest (`!!!...x`, `1+1+...`,
/// `[][]...int`, `*&*&...v`): the limit of go/parser (`maxNestLev`). The
/// checker and the compiler walk expressions recursively; this bounds
/// their depth, so a hostile program gets an error instead of exhausting
/// the host's stack. (gc has no limit: it overflows its own stack.)
pub const MAX_EXPR_DEPTH: u32 = 100_000;

fn sp(lo: usize, hi: usize) -> Span {
    Span::new(lo, hi)
}

impl<'a> Cx<'a> {
    pub fn new(arena: &'a Bump, src: &'a str) -> Cx<'a> {
        Cx {
            arena,
            src,
            next_id: Cell::new(0),
            guards: RefCell::new(Vec::new()),
            chain: RefCell::new(Vec::new()),
            operands: RefCell::new(Vec::new()),
            ops: RefCell::new(Vec::new()),
            depth: RefCell::new(Vec::new()),
            too_deep: Cell::new(None),
        }
    }

    pub fn expr_count(&self) -> u32 {
        self.next_id.get()
    }

    /// The first `.(type)` outside a type switch header, if any.
    pub fn stray_guard(&self) -> Option<u32> {
        self.guards.borrow().iter().map(|g| g.1).min()
    }

    #[inline]
    pub fn expr(&self, lo: usize, hi: usize, kind: ExprKind<'a>) -> Expr<'a> {
        let id = self.next_id.get();
        self.next_id.set(id + 1);
        let d = 1 + self.children_depth(&kind);
        if d > MAX_EXPR_DEPTH && self.too_deep.get().is_none() {
            self.too_deep.set(Some(lo));
        }
        self.depth.borrow_mut().push(d);
        Expr { id: ExprId(id), span: sp(lo, hi), kind }
    }

    /// Where the first expression nested deeper than [`MAX_EXPR_DEPTH`]
    /// starts, if any.
    pub fn too_deep(&self) -> Option<usize> {
        self.too_deep.get()
    }

    fn depth_of(&self, e: &Expr<'a>) -> u32 {
        self.depth.borrow().get(e.id.0 as usize).copied().unwrap_or(0)
    }

    fn fields_depth(&self, fields: &[Field<'a>]) -> u32 {
        fields.iter().map(|f| self.depth_of(f.typ)).max().unwrap_or(0)
    }

    fn func_type_depth(&self, t: &FuncType<'a>) -> u32 {
        self.fields_depth(t.params).max(self.fields_depth(t.results))
    }

    /// The deepest nesting among the direct subexpressions of `kind` (each
    /// already built, so this looks at one level only).
    fn children_depth(&self, kind: &ExprKind<'a>) -> u32 {
        let d = |e: &Expr<'a>| self.depth_of(e);
        let od = |e: Option<&Expr<'a>>| e.map_or(0, d);
        match kind {
            ExprKind::Ident(_) | ExprKind::BasicLit { .. } => 0,
            ExprKind::CompositeLit { typ, elts, .. } => elts.iter().map(|k| od(k.key).max(d(k.value))).max().unwrap_or(0).max(od(*typ)),
            ExprKind::FuncLit { typ, .. } => self.func_type_depth(typ),
            ExprKind::Paren(x) | ExprKind::Selector(x, _) | ExprKind::Star(x) | ExprKind::Unary(_, x) => d(x),
            ExprKind::Index(x, idx) => idx.iter().map(d).max().unwrap_or(0).max(d(x)),
            ExprKind::Slice { x, lo, hi, max, .. } => d(x).max(od(*lo)).max(od(*hi)).max(od(*max)),
            ExprKind::TypeAssert(x, t) => d(x).max(od(*t)),
            ExprKind::Call { fun, args, .. } => args.iter().map(d).max().unwrap_or(0).max(d(fun)),
            ExprKind::Binary { x, y, .. } => d(x).max(d(y)),
            ExprKind::Ellipsis(x) => od(*x),
            ExprKind::ArrayType { len, elem } => match len {
                ArrayLen::Expr(n) => d(n).max(d(elem)),
                _ => d(elem),
            },
            ExprKind::StructType { fields } => self.fields_depth(fields),
            ExprKind::FuncType(t) => self.func_type_depth(t),
            ExprKind::InterfaceType { elems } => elems
                .iter()
                .map(|el| match el {
                    InterfaceElem::Method { typ, .. } => self.func_type_depth(typ),
                    InterfaceElem::Embed(e) => d(e),
                })
                .max()
                .unwrap_or(0),
            ExprKind::MapType { key, value } => d(key).max(d(value)),
            ExprKind::ChanType { elem, .. } => d(elem),
        }
    }

    #[inline]
    pub fn alloc<T>(&self, v: T) -> &'a T {
        self.arena.alloc(v)
    }

    #[inline]
    pub fn slice<T>(&self, v: impl ArenaSlice<'a, T>) -> &'a [T] {
        v.into_arena(self.arena)
    }

    #[inline]
    pub fn one<T>(&self, v: T) -> &'a [T] {
        std::slice::from_ref(self.arena.alloc(v))
    }

    #[inline]
    pub fn bv<T>(&self) -> BV<'a, T> {
        BV::new_in(self.arena)
    }

    #[inline]
    pub fn bv1<T>(&self, x: T) -> BV<'a, T> {
        let mut v = BV::with_capacity_in(4, self.arena);
        v.push(x);
        v
    }

    pub fn ident(&self, lo: usize, name: &'a str, hi: usize) -> Ident<'a> {
        Ident { name, span: sp(lo, hi) }
    }

    pub fn ident_expr(&self, id: Ident<'a>) -> Expr<'a> {
        self.expr(id.span.lo as usize, id.span.hi as usize, ExprKind::Ident(id.name))
    }

    pub fn lit(&self, lo: usize, kind: LitKind, raw: &'a str, hi: usize) -> Expr<'a> {
        self.expr(lo, hi, ExprKind::BasicLit { kind, raw })
    }

    pub fn binary(&self, x: Expr<'a>, op: (BinaryOp, Span), y: Expr<'a>) -> Expr<'a> {
        let (lo, hi) = (x.span.lo as usize, y.span.hi as usize);
        self.expr(lo, hi, ExprKind::Binary { op: op.0, op_span: op.1, x: self.alloc(x), y: self.alloc(y) })
    }

    /// `op x`, turning `<-` applied to a channel type into a receive-only
    /// channel type as go/parser does (`<-chan T`, `<-chan<- T` ...).
    pub fn unary(&self, lo: usize, op: Option<UnaryOp>, x: Expr<'a>) -> Res<'a, Expr<'a>> {
        let hi = x.span.hi as usize;
        let op = match op {
            None => return Ok(self.expr(lo, hi, ExprKind::Star(self.alloc(x)))),
            Some(op) => op,
        };
        if op == UnaryOp::Recv {
            if let ExprKind::ChanType { .. } = x.kind {
                return self.reassoc_recv(lo, x);
            }
        }
        Ok(self.expr(lo, hi, ExprKind::Unary(op, self.alloc(x))))
    }

    fn reassoc_recv(&self, lo: usize, x: Expr<'a>) -> Res<'a, Expr<'a>> {
        // Collect the chain of channel types whose direction shifts.
        let mut chain: Vec<(ExprId, Span, ChanDir)> = Vec::new();
        let mut cur: &Expr<'a> = self.alloc(x);
        let mut dir = ChanDir::Send;
        let mut arrow = lo;
        let tail: &'a Expr<'a>;
        loop {
            match cur.kind {
                ExprKind::ChanType { dir: d, elem } if dir == ChanDir::Send => {
                    if d == ChanDir::Recv {
                        return uerr(cur.span.lo as usize, "syntax error: unexpected <-, expected chan");
                    }
                    chain.push((cur.id, Span::new(arrow, cur.span.hi as usize), ChanDir::Recv));
                    arrow = cur.span.lo as usize;
                    dir = d;
                    cur = elem;
                }
                _ => {
                    tail = cur;
                    break;
                }
            }
        }
        if dir == ChanDir::Send {
            return uerr(arrow, "syntax error: unexpected <-, expected channel type");
        }
        let mut elem = tail;
        while let Some((id, span, d)) = chain.pop() {
            elem = self.alloc(Expr { id, span, kind: ExprKind::ChanType { dir: d, elem } });
        }
        // `elem` is now the outermost node; copy it out of the arena.
        Ok(Expr {
            id: elem.id,
            span: elem.span,
            kind: match elem.kind {
                ExprKind::ChanType { dir, elem } => ExprKind::ChanType { dir, elem },
                _ => unreachable_kind(),
            },
        })
    }

    /// Starts a binary chain `x op y`; returns its index on the chain stack.
    pub fn chain_start(&self, x: Expr<'a>, op: (BinaryOp, Span), y: Expr<'a>) -> usize {
        let mut c = self.chain.borrow_mut();
        let start = c.len();
        // The first entry's operator is unused.
        c.push((BinaryOp::LOr, Span::default(), x));
        c.push((op.0, op.1, y));
        start
    }

    pub fn chain_push(&self, start: usize, op: (BinaryOp, Span), y: Expr<'a>) -> usize {
        self.chain.borrow_mut().push((op.0, op.1, y));
        start
    }

    /// Folds the chain starting at `start` by Go's operator precedence
    /// (all binary operators are left-associative).
    pub fn climb(&self, start: usize) -> Expr<'a> {
        let mut chain = self.chain.borrow_mut();
        let mut operands = self.operands.borrow_mut();
        let mut ops = self.ops.borrow_mut();
        let (obase, pbase) = (operands.len(), ops.len());
        for (i, (op, span, e)) in chain.drain(start..).enumerate() {
            if i > 0 {
                while ops.len() > pbase {
                    let (top, tspan) = ops[ops.len() - 1];
                    if prec(top) < prec(op) {
                        break;
                    }
                    ops.pop();
                    let y = operands.pop().unwrap_or_else(unreachable_expr);
                    let x = operands.pop().unwrap_or_else(unreachable_expr);
                    operands.push(self.binary(x, (top, tspan), y));
                }
                ops.push((op, span));
            }
            operands.push(e);
        }
        while ops.len() > pbase {
            let (top, tspan) = ops.pop().unwrap_or((BinaryOp::LOr, Span::default()));
            let y = operands.pop().unwrap_or_else(unreachable_expr);
            let x = operands.pop().unwrap_or_else(unreachable_expr);
            operands.push(self.binary(x, (top, tspan), y));
        }
        let r = operands.pop().unwrap_or_else(unreachable_expr);
        operands.truncate(obase);
        r
    }

    pub fn record_guard(&self, e: &Expr<'a>) {
        self.guards.borrow_mut().push((e.id, e.span.lo));
    }

    fn consume_guard(&self, id: ExprId) {
        let mut g = self.guards.borrow_mut();
        if let Some(i) = g.iter().rposition(|x| x.0 == id) {
            g.swap_remove(i);
        }
    }

    /// Groups `a, b int, c string` and checks named/unnamed mixing.
    pub fn params(&self, lo: usize, entries: BV<'a, PEntry<'a>>) -> Res<'a, &'a [Field<'a>]> {
        let _ = lo;
        if entries.is_empty() {
            return Ok(&[]);
        }
        let named = entries.iter().any(|e| matches!(e, PEntry::Named(..)));
        let mut out = BV::with_capacity_in(entries.len(), self.arena);
        if !named {
            for e in entries {
                if let PEntry::Type(t) = e {
                    let span = t.span;
                    out.push(Field { names: &[], typ: t, tag: None, span });
                }
            }
            return Ok(self.slice(out));
        }
        let mut pending: BV<'a, Ident<'a>> = self.bv();
        for e in entries {
            match e {
                PEntry::Type(t) => match t.kind {
                    ExprKind::Ident(name) => pending.push(Ident { name, span: t.span }),
                    _ => return uerr(t.span.lo as usize, "syntax error: missing parameter name"),
                },
                PEntry::Named(n, t) => {
                    let start = pending.first().map_or(n.span, |p| p.span);
                    pending.push(n);
                    let span = start.to(t.span);
                    let names = self.slice(std::mem::replace(&mut pending, self.bv()));
                    out.push(Field { names, typ: t, tag: None, span });
                }
            }
        }
        if let Some(p) = pending.last() {
            return uerr(p.span.hi as usize, "syntax error: missing parameter type");
        }
        Ok(self.slice(out))
    }

    /// Builds a switch or type switch from its header statements.
    pub fn switch(
        &self,
        lo: usize,
        init: Option<&'a Stmt<'a>>,
        tag: Option<&'a Stmt<'a>>,
        body: Vec<CaseClause<'a>>,
        rbrace: Span,
        hi: usize,
    ) -> Res<'a, Stmt<'a>> {
        let body = self.slice(body);
        let kind = match tag {
            None => StmtKind::Switch { init, tag: None, body, rbrace },
            Some(s) => match s.kind {
                StmtKind::Expr(e) => match e.kind {
                    ExprKind::TypeAssert(x, None) => {
                        self.consume_guard(e.id);
                        StmtKind::TypeSwitch { init, bind: None, x, body, rbrace }
                    }
                    _ => StmtKind::Switch { init, tag: Some(e), body, rbrace },
                },
                StmtKind::Assign { lhs, op: AssignOp::Define, rhs, .. }
                    if lhs.len() == 1
                        && rhs.len() == 1
                        && matches!(lhs[0].kind, ExprKind::Ident(_))
                        && matches!(rhs[0].kind, ExprKind::TypeAssert(_, None)) =>
                {
                    let ExprKind::Ident(name) = lhs[0].kind else { return uerr(lo, "syntax error: bad type switch") };
                    let ExprKind::TypeAssert(x, None) = rhs[0].kind else { return uerr(lo, "syntax error: bad type switch") };
                    self.consume_guard(rhs[0].id);
                    let bind = Some(Ident { name, span: lhs[0].span });
                    StmtKind::TypeSwitch { init, bind, x, body, rbrace }
                }
                _ => return self.not_value(s),
            },
        };
        Ok(Stmt { span: sp(lo, hi), kind })
    }

    /// The condition of an if or for header must be an expression.
    pub fn cond(&self, s: &'a Stmt<'a>) -> Res<'a, &'a Expr<'a>> {
        match s.kind {
            StmtKind::Expr(e) => Ok(e),
            _ => self.not_value(s),
        }
    }

    pub fn simple_list(&self, lo: usize, l: BV<'a, Expr<'a>>, hi: usize) -> Res<'a, Stmt<'a>> {
        if l.len() != 1 {
            return uerr(hi, "syntax error: unexpected {tok}, expected := or = or comma");
        }
        let e = l.into_iter().next().unwrap_or_else(unreachable_expr);
        Ok(Stmt { span: sp(lo, hi), kind: StmtKind::Expr(self.alloc(e)) })
    }

    pub fn call_stmt(&self, _lo: usize, what: &str, e: Expr<'a>, _hi: usize) -> Res<'a, &'a Expr<'a>> {
        match e.kind {
            ExprKind::Call { .. } => Ok(self.alloc(e)),
            ExprKind::Paren(_) => uerr(e.span.lo as usize, format!("expression in {what} must not be parenthesized")),
            _ => uerr(e.span.lo as usize, format!("expression in {what} must be function call")),
        }
    }
}

impl<'a> Cx<'a> {
    pub fn value_decl(&self, kind: GenKind, specs: BV<'a, ValueSpec<'a>>, grouped: bool, lo: usize, hi: usize) -> Res<'a, &'a GenDecl<'a>> {
        let mut out = BV::with_capacity_in(specs.len(), self.arena);
        if kind == GenKind::Var {
            if let Some(s) = specs.iter().find(|s| s.typ.is_none() && s.values.is_empty()) {
                return uerr(s.span.hi as usize, "syntax error: unexpected {tok}, expected type");
            }
        }
        for (i, mut s) in specs.into_iter().enumerate() {
            s.iota = i as u32;
            out.push(Spec::Value(self.alloc(s)));
        }
        let specs = out;
        Ok(self.alloc(GenDecl { kind, specs: self.slice(specs), span: Span::new(lo, hi), grouped }))
    }

    /// `[N]T` written where `[N]` could also have been type arguments.
    pub fn array_type(&self, lo: usize, len: BV<'a, Expr<'a>>, elem: Expr<'a>, hi: usize) -> Res<'a, Expr<'a>> {
        if len.len() != 1 {
            return uerr(lo, "syntax error: unexpected comma, expected ]");
        }
        let n = len.into_iter().next().unwrap_or_else(unreachable_expr);
        Ok(self.expr(lo, hi, ExprKind::ArrayType { len: ArrayLen::Expr(self.alloc(n)), elem: self.alloc(elem) }))
    }

    pub fn call(&self, fun: Expr<'a>, c: (BV<'a, Expr<'a>>, Option<Span>, Span)) -> Res<'a, Expr<'a>> {
        let (args, ellipsis, rparen) = c;
        let lo = fun.span.lo as usize;
        Ok(self.expr(lo, rparen.hi as usize, ExprKind::Call { fun: self.alloc(fun), args: self.slice(args), ellipsis, rparen }))
    }

    pub fn range(&self, lo: usize, l: BV<'a, Expr<'a>>, define: bool, x: Expr<'a>, body: &'a Block<'a>, hi: usize) -> Res<'a, Stmt<'a>> {
        if l.len() > 2 {
            return uerr(l[2].span.lo as usize, "range clause permits at most two iteration variables");
        }
        let mut it = l.into_iter();
        let key = it.next().map(|e| self.alloc(e) as &Expr<'a>);
        let value = it.next().map(|e| self.alloc(e) as &Expr<'a>);
        Ok(Stmt { span: Span::new(lo, hi), kind: StmtKind::Range { key, value, define, x: self.alloc(x), body } })
    }
}

impl<'a> Cx<'a> {
    /// gc: `cannot use x := 1 as value`, at the operator.
    fn not_value<T>(&self, s: &Stmt<'a>) -> Res<'a, T> {
        let src = |sp: Span| self.src.get(sp.lo as usize..sp.hi as usize).unwrap_or("").split_whitespace().collect::<Vec<_>>().join(" ");
        // A plain `=` is named, its binary operands parenthesised (gc's
        // `emphasize`), to show the `=`.
        let emphasize = |e: &Expr<'a>| match e.kind {
            ExprKind::Binary { .. } => format!("({})", src(e.span)),
            _ => src(e.span),
        };
        let text = match &s.kind {
            StmtKind::Assign { lhs, op: AssignOp::Assign, rhs, .. } if lhs.len() == 1 && rhs.len() == 1 => {
                format!("assignment {} = {}", emphasize(&lhs[0]), emphasize(&rhs[0]))
            }
            _ => src(s.span),
        };
        let pos = match s.kind {
            StmtKind::Assign { op_span, .. } => op_span.lo as usize,
            _ => s.span.lo as usize,
        };
        uerr(pos, format!("syntax error: cannot use {text} as value"))
    }
}

impl<'a> Cx<'a> {
    /// Drops the "ends without `;`" flags, rejecting a clause body that runs
    /// into the next `case`/`default` without a separator (gc: "unexpected
    /// keyword case at end of statement").
    pub fn clauses<T>(&self, v: Vec<(T, bool)>, span: impl Fn(&T) -> Span) -> Res<'a, Vec<T>> {
        let n = v.len();
        let mut out = Vec::with_capacity(n);
        let mut open_prev = false;
        for (i, (c, open)) in v.into_iter().enumerate() {
            if open_prev {
                return uerr(span(&c).lo as usize, "syntax error: unexpected {tok} at end of statement");
            }
            open_prev = open && i + 1 < n;
            out.push(c);
        }
        Ok(out)
    }

    /// `case` in a select must be a send or a receive, possibly assigned.
    pub fn comm_case(&self, c: &Stmt<'a>) -> Res<'a, ()> {
        // The receive may be parenthesized (`case x := (<-c):`).
        fn recv(e: &Expr<'_>) -> bool {
            match &e.kind {
                ExprKind::Paren(x) => recv(x),
                k => matches!(k, ExprKind::Unary(UnaryOp::Recv, _)),
            }
        }
        let ok = match c.kind {
            StmtKind::Send { .. } => true,
            StmtKind::Expr(e) => recv(e),
            StmtKind::Assign { rhs, op: AssignOp::Assign | AssignOp::Define, lhs, .. } => rhs.len() == 1 && recv(&rhs[0]) && lhs.len() <= 2,
            _ => false,
        };
        if ok {
            Ok(())
        } else {
            uerr(c.span.lo as usize, "select case must be send or receive (possibly with assignment)")
        }
    }

    /// gc accepts `T{...}` only for type-like heads.
    pub fn check_lit_type(&self, x: &Expr<'a>, lbrace: usize) -> Res<'a, ()> {
        match x.kind {
            ExprKind::Ident(_)
            | ExprKind::Selector(..)
            | ExprKind::Index(..)
            | ExprKind::ArrayType { .. }
            | ExprKind::MapType { .. }
            | ExprKind::StructType { .. } => Ok(()),
            ExprKind::Paren(_) => uerr(x.span.lo as usize, "cannot parenthesize type in composite literal"),
            _ => uerr(lbrace, "syntax error: unexpected { at end of statement"),
        }
    }

    /// In `x[a, b, ...]` every element after the first must be a type (gc).
    pub fn check_index_list(&self, args: &[Expr<'a>]) -> Res<'a, ()> {
        for a in args.iter().skip(1) {
            if !type_like(a) {
                return uerr(a.span.lo as usize, "syntax error: unexpected {tok}, expected ]");
            }
        }
        Ok(())
    }

    /// `f(a, ...)`: the `...` must follow an argument directly (comments
    /// may sit in between).
    pub fn check_ellipsis(&self, args: &[Expr<'a>], elo: usize) -> Res<'a, ()> {
        let end = args.last().map_or(elo, |a| a.span.hi as usize);
        let between = self.src.get(end..elo).unwrap_or("").as_bytes();
        let mut i = 0;
        while i < between.len() {
            match between[i] {
                b',' => return uerr(elo, "syntax error: unexpected ..., expected expression"),
                b'/' if between.get(i + 1) == Some(&b'/') => {
                    while i < between.len() && between[i] != b'\n' {
                        i += 1;
                    }
                }
                b'/' if between.get(i + 1) == Some(&b'*') => {
                    i += 2;
                    while i + 1 < between.len() && !(between[i] == b'*' && between[i + 1] == b'/') {
                        i += 1;
                    }
                    i += 1;
                }
                _ => {}
            }
            i += 1;
        }
        Ok(())
    }

    /// The value of a string literal (for import paths): quotes removed,
    /// escapes of interpreted strings decoded (invalid UTF-8 is replaced).
    pub fn unquote(&self, lit: &'a str) -> &'a str {
        let inner = lit.get(1..lit.len().saturating_sub(1)).unwrap_or("");
        if !lit.starts_with('"') || !inner.contains('\\') {
            return inner;
        }
        let b = inner.as_bytes();
        let mut out: Vec<u8> = Vec::with_capacity(b.len());
        let mut i = 0;
        let hex = |s: &[u8]| std::str::from_utf8(s).ok().and_then(|s| u32::from_str_radix(s, 16).ok());
        while i < b.len() {
            if b[i] != b'\\' || i + 1 >= b.len() {
                out.push(b[i]);
                i += 1;
                continue;
            }
            let c = b[i + 1];
            i += 2;
            let simple = match c {
                b'a' => Some(7),
                b'b' => Some(8),
                b'f' => Some(12),
                b'n' => Some(b'\n'),
                b'r' => Some(b'\r'),
                b't' => Some(b'\t'),
                b'v' => Some(11),
                b'\\' | b'"' | b'\'' => Some(c),
                _ => None,
            };
            if let Some(v) = simple {
                out.push(v);
                continue;
            }
            let (n, radix) = match c {
                b'x' => (2, 16),
                b'u' => (4, 16),
                b'U' => (8, 16),
                b'0'..=b'7' => {
                    i -= 1;
                    (3, 8)
                }
                _ => (0, 16),
            };
            let digits = b.get(i..i + n).unwrap_or(&[]);
            i += n;
            let v = if radix == 8 { std::str::from_utf8(digits).ok().and_then(|s| u32::from_str_radix(s, 8).ok()) } else { hex(digits) };
            match (c, v) {
                (b'x' | b'0'..=b'7', Some(v)) => out.push(v as u8),
                (_, Some(v)) => {
                    let ch = char::from_u32(v).unwrap_or('\u{fffd}');
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
                _ => {}
            }
        }
        self.arena.alloc_str(&String::from_utf8_lossy(&out))
    }

    /// Type arguments in a type (`T[int, string]`) must all be types.
    pub fn check_type_args(&self, args: &[Expr<'a>]) -> Res<'a, ()> {
        for a in args {
            if !type_like(a) {
                return uerr(a.span.lo as usize, "syntax error: unexpected {tok}, expected type");
            }
        }
        Ok(())
    }
}

fn type_like(e: &Expr<'_>) -> bool {
    match e.kind {
        ExprKind::Ident(_)
        | ExprKind::Selector(..)
        | ExprKind::Index(..)
        | ExprKind::Star(_)
        | ExprKind::ArrayType { .. }
        | ExprKind::MapType { .. }
        | ExprKind::ChanType { .. }
        | ExprKind::FuncType(_)
        | ExprKind::StructType { .. }
        | ExprKind::InterfaceType { .. } => true,
        ExprKind::Paren(x) => type_like(x),
        _ => false,
    }
}

fn prec(op: BinaryOp) -> u8 {
    use BinaryOp::*;
    match op {
        LOr => 1,
        LAnd => 2,
        Eq | Ne | Lt | Le | Gt | Ge => 3,
        Add | Sub | Or | Xor => 4,
        Mul | Div | Rem | Shl | Shr | And | AndNot => 5,
    }
}

fn unreachable_kind<'a>() -> ExprKind<'a> {
    ExprKind::Ident("_")
}

fn unreachable_expr<'a>() -> Expr<'a> {
    Expr { id: ExprId(u32::MAX), span: Span::default(), kind: ExprKind::Ident("_") }
}

#[cfg(test)]
mod size_tests {
    use super::*;

    /// Parser symbols are moved on every shift and reduce; keep the values
    /// the grammar passes around small (see docs/parser.md, Performance).
    #[test]
    fn symbol_sizes() {
        use std::mem::size_of;
        assert!(size_of::<Expr>() <= 64, "Expr {}", size_of::<Expr>());
        assert!(size_of::<Stmt>() <= 80, "Stmt {}", size_of::<Stmt>());
        assert!(size_of::<PEntry>() <= 40, "PEntry {}", size_of::<PEntry>());
        assert!(size_of::<crate::lexer::Tok>() <= 24);
    }
}
