//! A compact binary form of a parsed file, so that a file known when gostack
//! is built (the standard-library prelude, `crates/compiler/stdlib`) is
//! parsed once by the build script and only decoded at every start.
//!
//! [`encode`] writes a [`File`]; [`decode`] rebuilds the same tree in an
//! arena, every node where [`crate::parse_file`] would have put it: the same
//! spans and expression ids, and every string that was a slice of the source
//! is again a slice of the source (at the same offset), so nothing
//! downstream can tell a decoded file from a parsed one. Decoding costs a
//! few instructions per node, against lexing and an LR parse.
//!
//! Integers are LEB128 varints; a span is `lo` and `hi - lo`; an `Option` is
//! a 0/1 byte then the value; a slice is its length then its elements; a
//! string is 0, offset and length (a slice of the source) or 1, length and
//! its bytes (a string the parser built, such as an unquoted import path).
//! The form is private to one build of gostack (the build script and the
//! decoder are the same source), so it has no version: data that does not
//! decode (it cannot happen short of a bug) makes [`decode`] return None and
//! the caller parses instead.

use crate::ast::*;
use bumpalo::Bump;

/// `file` (parsed from `src`) in the binary form [`decode`] reads.
pub fn encode(file: &File<'_>, src: &str) -> Vec<u8> {
    let mut w = W { out: Vec::new(), src: src.as_bytes().as_ptr_range() };
    w.file(file);
    w.out
}

/// The file [`encode`] wrote, rebuilt in `arena` with its strings pointing
/// into `src` (the source it was parsed from); None if `bytes` is not a
/// whole encoded file.
pub fn decode<'a>(arena: &'a Bump, src: &'a str, bytes: &[u8]) -> Option<&'a File<'a>> {
    let mut r = R { arena, src, buf: bytes, pos: 0 };
    let f = r.file()?;
    if r.pos != bytes.len() {
        return None;
    }
    Some(arena.alloc(f))
}

struct W {
    out: Vec<u8>,
    src: std::ops::Range<*const u8>,
}

impl W {
    fn u(&mut self, mut v: u32) {
        loop {
            let b = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.out.push(b);
                return;
            }
            self.out.push(b | 0x80);
        }
    }
    fn b(&mut self, v: bool) {
        self.out.push(v as u8);
    }
    fn span(&mut self, s: Span) {
        self.u(s.lo);
        self.u(s.hi.wrapping_sub(s.lo));
    }
    fn str(&mut self, s: &str) {
        let p = s.as_ptr();
        if self.src.start <= p && p as usize + s.len() <= self.src.end as usize {
            self.out.push(0);
            self.u((p as usize - self.src.start as usize) as u32);
            self.u(s.len() as u32);
        } else {
            self.out.push(1);
            self.u(s.len() as u32);
            self.out.extend_from_slice(s.as_bytes());
        }
    }
    fn ident(&mut self, i: &Ident<'_>) {
        self.str(i.name);
        self.span(i.span);
    }
    fn opt<T: ?Sized>(&mut self, v: Option<&T>, f: impl FnOnce(&mut Self, &T)) {
        match v {
            None => self.out.push(0),
            Some(x) => {
                self.out.push(1);
                f(self, x);
            }
        }
    }
    fn list<T>(&mut self, v: &[T], mut f: impl FnMut(&mut Self, &T)) {
        self.u(v.len() as u32);
        for x in v {
            f(self, x);
        }
    }

    fn file(&mut self, f: &File<'_>) {
        self.ident(&f.package);
        self.list(f.imports, W::import);
        self.list(f.decls, |w, d| match d {
            Decl::Gen(g) => {
                w.out.push(0);
                w.gen(g);
            }
            Decl::Func(fd) => {
                w.out.push(1);
                w.func_decl(fd);
            }
        });
        self.u(f.expr_count);
    }
    fn import(&mut self, i: &ImportSpec<'_>) {
        self.opt(i.name.as_ref(), W::ident);
        self.str(i.path);
        self.span(i.path_span);
        self.span(i.span);
    }
    fn gen(&mut self, g: &GenDecl<'_>) {
        self.out.push(match g.kind {
            GenKind::Const => 0,
            GenKind::Var => 1,
            GenKind::Type => 2,
            GenKind::Import => 3,
        });
        self.list(g.specs, |w, s| match s {
            Spec::Value(v) => {
                w.out.push(0);
                w.list(v.names, W::ident);
                w.opt(v.typ, W::expr);
                w.list(v.values, W::expr);
                w.u(v.iota);
                w.span(v.span);
            }
            Spec::Type(t) => {
                w.out.push(1);
                w.ident(&t.name);
                w.list(t.type_params, W::field);
                w.b(t.alias);
                w.expr(t.typ);
                w.span(t.span);
            }
            Spec::Import(i) => {
                w.out.push(2);
                w.import(i);
            }
        });
        self.span(g.span);
        self.b(g.grouped);
    }
    fn func_decl(&mut self, f: &FuncDecl<'_>) {
        self.opt(f.recv, W::field);
        self.ident(&f.name);
        self.list(f.type_params, W::field);
        self.func_type(f.typ);
        self.opt(f.body, W::block);
        self.span(f.span);
    }
    fn func_type(&mut self, t: &FuncType<'_>) {
        self.list(t.params, W::field);
        self.list(t.results, W::field);
        self.span(t.span);
    }
    fn field(&mut self, f: &Field<'_>) {
        self.list(f.names, W::ident);
        self.expr(f.typ);
        self.opt(f.tag, |w, s: &str| w.str(s));
        self.span(f.span);
    }
    fn block(&mut self, b: &Block<'_>) {
        self.list(b.stmts, W::stmt);
        self.span(b.lbrace);
        self.span(b.rbrace);
    }
    fn exprs(&mut self, v: &[Expr<'_>]) {
        self.list(v, W::expr);
    }
    fn expr(&mut self, e: &Expr<'_>) {
        self.u(e.id.0);
        self.span(e.span);
        match &e.kind {
            ExprKind::Ident(n) => {
                self.out.push(0);
                self.str(n);
            }
            ExprKind::BasicLit { kind, raw } => {
                self.out.push(1);
                self.out.push(*kind as u8);
                self.str(raw);
            }
            ExprKind::CompositeLit { typ, elts, rbrace } => {
                self.out.push(2);
                self.opt(*typ, W::expr);
                self.list(elts, |w, k| {
                    w.opt(k.key, W::expr);
                    w.expr(k.value);
                });
                self.span(*rbrace);
            }
            ExprKind::FuncLit { typ, body } => {
                self.out.push(3);
                self.func_type(typ);
                self.block(body);
            }
            ExprKind::Paren(x) => {
                self.out.push(4);
                self.expr(x);
            }
            ExprKind::Selector(x, sel) => {
                self.out.push(5);
                self.expr(x);
                self.ident(sel);
            }
            ExprKind::Index(x, idx) => {
                self.out.push(6);
                self.expr(x);
                self.exprs(idx);
            }
            ExprKind::Slice { x, lo, hi, max, three } => {
                self.out.push(7);
                self.expr(x);
                self.opt(*lo, W::expr);
                self.opt(*hi, W::expr);
                self.opt(*max, W::expr);
                self.b(*three);
            }
            ExprKind::TypeAssert(x, t) => {
                self.out.push(8);
                self.expr(x);
                self.opt(*t, W::expr);
            }
            ExprKind::Call { fun, args, ellipsis, rparen } => {
                self.out.push(9);
                self.expr(fun);
                self.exprs(args);
                self.opt(ellipsis.as_ref(), |w, s| w.span(*s));
                self.span(*rparen);
            }
            ExprKind::Star(x) => {
                self.out.push(10);
                self.expr(x);
            }
            ExprKind::Unary(op, x) => {
                self.out.push(11);
                self.out.push(*op as u8);
                self.expr(x);
            }
            ExprKind::Binary { op, op_span, x, y } => {
                self.out.push(12);
                self.out.push(*op as u8);
                self.span(*op_span);
                self.expr(x);
                self.expr(y);
            }
            ExprKind::Ellipsis(x) => {
                self.out.push(13);
                self.opt(*x, W::expr);
            }
            ExprKind::ArrayType { len, elem } => {
                self.out.push(14);
                match len {
                    ArrayLen::Slice => self.out.push(0),
                    ArrayLen::Ellipsis => self.out.push(1),
                    ArrayLen::Expr(n) => {
                        self.out.push(2);
                        self.expr(n);
                    }
                }
                self.expr(elem);
            }
            ExprKind::StructType { fields } => {
                self.out.push(15);
                self.list(fields, W::field);
            }
            ExprKind::FuncType(t) => {
                self.out.push(16);
                self.func_type(t);
            }
            ExprKind::InterfaceType { elems } => {
                self.out.push(17);
                self.list(elems, |w, el| match el {
                    InterfaceElem::Method { name, typ } => {
                        w.out.push(0);
                        w.ident(name);
                        w.func_type(typ);
                    }
                    InterfaceElem::Embed(x) => {
                        w.out.push(1);
                        w.expr(x);
                    }
                });
            }
            ExprKind::MapType { key, value } => {
                self.out.push(18);
                self.expr(key);
                self.expr(value);
            }
            ExprKind::ChanType { dir, elem } => {
                self.out.push(19);
                self.out.push(*dir as u8);
                self.expr(elem);
            }
        }
    }
    fn stmt(&mut self, s: &Stmt<'_>) {
        self.span(s.span);
        match &s.kind {
            StmtKind::Empty => self.out.push(0),
            StmtKind::Decl(g) => {
                self.out.push(1);
                self.gen(g);
            }
            StmtKind::Labeled { label, stmt } => {
                self.out.push(2);
                self.ident(label);
                self.stmt(stmt);
            }
            StmtKind::Expr(x) => {
                self.out.push(3);
                self.expr(x);
            }
            StmtKind::Send { ch, value } => {
                self.out.push(4);
                self.expr(ch);
                self.expr(value);
            }
            StmtKind::IncDec { x, inc } => {
                self.out.push(5);
                self.expr(x);
                self.b(*inc);
            }
            StmtKind::Assign { lhs, op, op_span, rhs } => {
                self.out.push(6);
                self.exprs(lhs);
                match op {
                    AssignOp::Assign => self.out.push(0xfe),
                    AssignOp::Define => self.out.push(0xff),
                    AssignOp::Op(b) => self.out.push(*b as u8),
                }
                self.span(*op_span);
                self.exprs(rhs);
            }
            StmtKind::Go(x) => {
                self.out.push(7);
                self.expr(x);
            }
            StmtKind::Defer(x) => {
                self.out.push(8);
                self.expr(x);
            }
            StmtKind::Return(v) => {
                self.out.push(9);
                self.exprs(v);
            }
            StmtKind::Branch { kind, label } => {
                self.out.push(10);
                self.out.push(*kind as u8);
                self.opt(label.as_ref(), W::ident);
            }
            StmtKind::Block(b) => {
                self.out.push(11);
                self.block(b);
            }
            StmtKind::If { init, cond, then, els } => {
                self.out.push(12);
                self.opt(*init, W::stmt);
                self.expr(cond);
                self.block(then);
                self.opt(*els, W::stmt);
            }
            StmtKind::Switch { init, tag, body, rbrace } => {
                self.out.push(13);
                self.opt(*init, W::stmt);
                self.opt(*tag, W::expr);
                self.list(body, W::case);
                self.span(*rbrace);
            }
            StmtKind::TypeSwitch { init, bind, x, body, rbrace } => {
                self.out.push(14);
                self.opt(*init, W::stmt);
                self.opt(bind.as_ref(), W::ident);
                self.expr(x);
                self.list(body, W::case);
                self.span(*rbrace);
            }
            StmtKind::Select { body, rbrace } => {
                self.out.push(15);
                self.list(body, |w, c| {
                    w.opt(c.comm, W::stmt);
                    w.list(c.body, W::stmt);
                    w.span(c.span);
                });
                self.span(*rbrace);
            }
            StmtKind::For { init, cond, post, body } => {
                self.out.push(16);
                self.opt(*init, W::stmt);
                self.opt(*cond, W::expr);
                self.opt(*post, W::stmt);
                self.block(body);
            }
            StmtKind::Range { key, value, define, x, body } => {
                self.out.push(17);
                self.opt(*key, W::expr);
                self.opt(*value, W::expr);
                self.b(*define);
                self.expr(x);
                self.block(body);
            }
        }
    }
    fn case(&mut self, c: &CaseClause<'_>) {
        self.opt(c.list, |w, l: &[Expr<'_>]| w.exprs(l));
        self.list(c.body, W::stmt);
        self.span(c.span);
        self.span(c.colon);
    }
}

struct R<'a, 'b> {
    arena: &'a Bump,
    src: &'a str,
    buf: &'b [u8],
    pos: usize,
}

const LIT_KINDS: [LitKind; 5] = [LitKind::Int, LitKind::Float, LitKind::Imag, LitKind::Char, LitKind::String];
const CHAN_DIRS: [ChanDir; 3] = [ChanDir::Both, ChanDir::Send, ChanDir::Recv];
const UNARY_OPS: [UnaryOp; 7] = [UnaryOp::Pos, UnaryOp::Neg, UnaryOp::Not, UnaryOp::Xor, UnaryOp::Addr, UnaryOp::Recv, UnaryOp::Tilde];
const BRANCH_KINDS: [BranchKind; 4] = [BranchKind::Break, BranchKind::Continue, BranchKind::Goto, BranchKind::Fallthrough];
const BINARY_OPS: [BinaryOp; 19] = {
    use BinaryOp::*;
    [Add, Sub, Mul, Div, Rem, And, Or, Xor, Shl, Shr, AndNot, LAnd, LOr, Eq, Ne, Lt, Le, Gt, Ge]
};

impl<'a> R<'a, '_> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.buf.get(self.pos)?;
        self.pos += 1;
        Some(b)
    }
    fn u(&mut self) -> Option<u32> {
        let mut v: u32 = 0;
        let mut shift = 0;
        loop {
            let b = self.byte()?;
            if shift > 28 {
                return None;
            }
            v |= ((b & 0x7f) as u32) << shift;
            if b & 0x80 == 0 {
                return Some(v);
            }
            shift += 7;
        }
    }
    fn b(&mut self) -> Option<bool> {
        match self.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
    fn span(&mut self) -> Option<Span> {
        let lo = self.u()?;
        let len = self.u()?;
        Some(Span { lo, hi: lo.wrapping_add(len) })
    }
    fn str(&mut self) -> Option<&'a str> {
        match self.byte()? {
            0 => {
                let off = self.u()? as usize;
                let len = self.u()? as usize;
                self.src.get(off..off.checked_add(len)?)
            }
            1 => {
                let len = self.u()? as usize;
                let bytes = self.buf.get(self.pos..self.pos.checked_add(len)?)?;
                self.pos += len;
                Some(self.arena.alloc_str(std::str::from_utf8(bytes).ok()?))
            }
            _ => None,
        }
    }
    fn ident(&mut self) -> Option<Ident<'a>> {
        Some(Ident { name: self.str()?, span: self.span()? })
    }
    fn opt<T>(&mut self, f: impl FnOnce(&mut Self) -> Option<T>) -> Option<Option<T>> {
        match self.byte()? {
            0 => Some(None),
            1 => Some(Some(f(self)?)),
            _ => None,
        }
    }
    fn list<T>(&mut self, mut f: impl FnMut(&mut Self) -> Option<T>) -> Option<&'a [T]> {
        let n = self.u()? as usize;
        // Every element takes a byte at least: a corrupt length is refused
        // before it allocates.
        if n > self.buf.len() - self.pos {
            return None;
        }
        // In the arena at its final size (the elements' children are
        // allocated after it), with no copy from a scratch vector.
        let mut v = bumpalo::collections::Vec::with_capacity_in(n, self.arena);
        for _ in 0..n {
            v.push(f(self)?);
        }
        Some(v.into_bump_slice())
    }
    fn expr_ref(&mut self) -> Option<&'a Expr<'a>> {
        let e = self.expr()?;
        Some(self.arena.alloc(e))
    }
    fn stmt_ref(&mut self) -> Option<&'a Stmt<'a>> {
        let s = self.stmt()?;
        Some(self.arena.alloc(s))
    }
    fn func_type_ref(&mut self) -> Option<&'a FuncType<'a>> {
        let t = self.func_type()?;
        Some(self.arena.alloc(t))
    }
    fn block_ref(&mut self) -> Option<&'a Block<'a>> {
        let b = self.block()?;
        Some(self.arena.alloc(b))
    }

    fn file(&mut self) -> Option<File<'a>> {
        let package = self.ident()?;
        let imports = self.list(R::import)?;
        let decls = self.list(|r| match r.byte()? {
            0 => {
                let g = r.gen()?;
                Some(Decl::Gen(r.arena.alloc(g)))
            }
            1 => {
                let f = r.func_decl()?;
                Some(Decl::Func(r.arena.alloc(f)))
            }
            _ => None,
        })?;
        let expr_count = self.u()?;
        Some(File { package, imports, decls, expr_count })
    }
    fn import(&mut self) -> Option<ImportSpec<'a>> {
        Some(ImportSpec { name: self.opt(R::ident)?, path: self.str()?, path_span: self.span()?, span: self.span()? })
    }
    fn gen(&mut self) -> Option<GenDecl<'a>> {
        let kind = match self.byte()? {
            0 => GenKind::Const,
            1 => GenKind::Var,
            2 => GenKind::Type,
            3 => GenKind::Import,
            _ => return None,
        };
        let specs = self.list(|r| match r.byte()? {
            0 => {
                let v = ValueSpec {
                    names: r.list(R::ident)?,
                    typ: r.opt(R::expr_ref)?,
                    values: r.list(R::expr)?,
                    iota: r.u()?,
                    span: r.span()?,
                };
                Some(Spec::Value(r.arena.alloc(v)))
            }
            1 => {
                let t = TypeSpec { name: r.ident()?, type_params: r.list(R::field)?, alias: r.b()?, typ: r.expr_ref()?, span: r.span()? };
                Some(Spec::Type(r.arena.alloc(t)))
            }
            2 => {
                let i = r.import()?;
                Some(Spec::Import(r.arena.alloc(i)))
            }
            _ => None,
        })?;
        Some(GenDecl { kind, specs, span: self.span()?, grouped: self.b()? })
    }
    fn func_decl(&mut self) -> Option<FuncDecl<'a>> {
        let recv = match self.opt(R::field)? {
            Some(f) => Some(&*self.arena.alloc(f)),
            None => None,
        };
        Some(FuncDecl {
            recv,
            name: self.ident()?,
            type_params: self.list(R::field)?,
            typ: self.func_type_ref()?,
            body: self.opt(R::block_ref)?,
            span: self.span()?,
        })
    }
    fn func_type(&mut self) -> Option<FuncType<'a>> {
        Some(FuncType { params: self.list(R::field)?, results: self.list(R::field)?, span: self.span()? })
    }
    fn field(&mut self) -> Option<Field<'a>> {
        Some(Field { names: self.list(R::ident)?, typ: self.expr_ref()?, tag: self.opt(R::str)?, span: self.span()? })
    }
    fn block(&mut self) -> Option<Block<'a>> {
        Some(Block { stmts: self.list(R::stmt)?, lbrace: self.span()?, rbrace: self.span()? })
    }
    fn exprs(&mut self) -> Option<&'a [Expr<'a>]> {
        self.list(R::expr)
    }
    fn expr(&mut self) -> Option<Expr<'a>> {
        let id = ExprId(self.u()?);
        let span = self.span()?;
        let kind = match self.byte()? {
            0 => ExprKind::Ident(self.str()?),
            1 => ExprKind::BasicLit { kind: *LIT_KINDS.get(self.byte()? as usize)?, raw: self.str()? },
            2 => ExprKind::CompositeLit {
                typ: self.opt(R::expr_ref)?,
                elts: self.list(|r| Some(KeyedElement { key: r.opt(R::expr_ref)?, value: r.expr_ref()? }))?,
                rbrace: self.span()?,
            },
            3 => ExprKind::FuncLit { typ: self.func_type_ref()?, body: self.block_ref()? },
            4 => ExprKind::Paren(self.expr_ref()?),
            5 => ExprKind::Selector(self.expr_ref()?, self.ident()?),
            6 => ExprKind::Index(self.expr_ref()?, self.exprs()?),
            7 => ExprKind::Slice {
                x: self.expr_ref()?,
                lo: self.opt(R::expr_ref)?,
                hi: self.opt(R::expr_ref)?,
                max: self.opt(R::expr_ref)?,
                three: self.b()?,
            },
            8 => ExprKind::TypeAssert(self.expr_ref()?, self.opt(R::expr_ref)?),
            9 => ExprKind::Call { fun: self.expr_ref()?, args: self.exprs()?, ellipsis: self.opt(R::span)?, rparen: self.span()? },
            10 => ExprKind::Star(self.expr_ref()?),
            11 => ExprKind::Unary(*UNARY_OPS.get(self.byte()? as usize)?, self.expr_ref()?),
            12 => ExprKind::Binary {
                op: *BINARY_OPS.get(self.byte()? as usize)?,
                op_span: self.span()?,
                x: self.expr_ref()?,
                y: self.expr_ref()?,
            },
            13 => ExprKind::Ellipsis(self.opt(R::expr_ref)?),
            14 => {
                let len = match self.byte()? {
                    0 => ArrayLen::Slice,
                    1 => ArrayLen::Ellipsis,
                    2 => ArrayLen::Expr(self.expr_ref()?),
                    _ => return None,
                };
                ExprKind::ArrayType { len, elem: self.expr_ref()? }
            }
            15 => ExprKind::StructType { fields: self.list(R::field)? },
            16 => ExprKind::FuncType(self.func_type_ref()?),
            17 => ExprKind::InterfaceType {
                elems: self.list(|r| match r.byte()? {
                    0 => Some(InterfaceElem::Method { name: r.ident()?, typ: r.func_type_ref()? }),
                    1 => Some(InterfaceElem::Embed(r.expr_ref()?)),
                    _ => None,
                })?,
            },
            18 => ExprKind::MapType { key: self.expr_ref()?, value: self.expr_ref()? },
            19 => ExprKind::ChanType { dir: *CHAN_DIRS.get(self.byte()? as usize)?, elem: self.expr_ref()? },
            _ => return None,
        };
        Some(Expr { id, span, kind })
    }
    fn stmt(&mut self) -> Option<Stmt<'a>> {
        let span = self.span()?;
        let kind = match self.byte()? {
            0 => StmtKind::Empty,
            1 => {
                let g = self.gen()?;
                StmtKind::Decl(self.arena.alloc(g))
            }
            2 => StmtKind::Labeled { label: self.ident()?, stmt: self.stmt_ref()? },
            3 => StmtKind::Expr(self.expr_ref()?),
            4 => StmtKind::Send { ch: self.expr_ref()?, value: self.expr_ref()? },
            5 => StmtKind::IncDec { x: self.expr_ref()?, inc: self.b()? },
            6 => {
                let lhs = self.exprs()?;
                let op = match self.byte()? {
                    0xfe => AssignOp::Assign,
                    0xff => AssignOp::Define,
                    b => AssignOp::Op(*BINARY_OPS.get(b as usize)?),
                };
                StmtKind::Assign { lhs, op, op_span: self.span()?, rhs: self.exprs()? }
            }
            7 => StmtKind::Go(self.expr_ref()?),
            8 => StmtKind::Defer(self.expr_ref()?),
            9 => StmtKind::Return(self.exprs()?),
            10 => StmtKind::Branch { kind: *BRANCH_KINDS.get(self.byte()? as usize)?, label: self.opt(R::ident)? },
            11 => StmtKind::Block(self.block_ref()?),
            12 => {
                StmtKind::If { init: self.opt(R::stmt_ref)?, cond: self.expr_ref()?, then: self.block_ref()?, els: self.opt(R::stmt_ref)? }
            }
            13 => StmtKind::Switch {
                init: self.opt(R::stmt_ref)?,
                tag: self.opt(R::expr_ref)?,
                body: self.list(R::case)?,
                rbrace: self.span()?,
            },
            14 => StmtKind::TypeSwitch {
                init: self.opt(R::stmt_ref)?,
                bind: self.opt(R::ident)?,
                x: self.expr_ref()?,
                body: self.list(R::case)?,
                rbrace: self.span()?,
            },
            15 => StmtKind::Select {
                body: self.list(|r| Some(CommClause { comm: r.opt(R::stmt_ref)?, body: r.list(R::stmt)?, span: r.span()? }))?,
                rbrace: self.span()?,
            },
            16 => StmtKind::For {
                init: self.opt(R::stmt_ref)?,
                cond: self.opt(R::expr_ref)?,
                post: self.opt(R::stmt_ref)?,
                body: self.block_ref()?,
            },
            17 => StmtKind::Range {
                key: self.opt(R::expr_ref)?,
                value: self.opt(R::expr_ref)?,
                define: self.b()?,
                x: self.expr_ref()?,
                body: self.block_ref()?,
            },
            _ => return None,
        };
        Some(Stmt { span, kind })
    }
    fn case(&mut self) -> Option<CaseClause<'a>> {
        Some(CaseClause { list: self.opt(R::exprs)?, body: self.list(R::stmt)?, span: self.span()?, colon: self.span()? })
    }
}

#[cfg(test)]
mod tests {
    /// Every construct of the grammar, encoded and decoded, is the tree the
    /// parser built: the same Debug form (every span, id and string), and
    /// every string the parser took from the source again taken from it.
    #[test]
    fn round_trip() {
        let src = r#"package p

import (
	"fmt"
	x "strings"
)

type T[P any, Q ~int | string] struct {
	a, b int `json:"a"`
	*T[P, Q]
	c chan<- []map[string]*[4]func(...int) (int, error)
}

type I interface {
	M(int) bool
	fmt.Stringer
	~int | ~uint
}

type A = [...]int

const (
	k = iota * 2
	l
)

var v, w = 1.5, 2i

func (t *T[P, Q]) M(a int, b ...string) (r int, err error) {
	defer func() { recover() }()
	go f(a)
	var ch = make(chan int, 1)
	ch <- 1
	select {
	case x := <-ch:
		_ = x
	case ch <- 2:
	default:
	}
L:
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue L
		} else if i > 5 {
			break
		}
		r += i &^ 3 << 1
		r--
	}
	for k, v := range "abc" {
		_, _ = k, v
	}
	switch y := a; {
	case y > 1, y < -1:
		fallthrough
	default:
		goto End
	}
	var e any = t
	switch z := e.(type) {
	case nil, *T[P, Q]:
		_ = z
	}
	s := []int{1, 2, 3}[1:2:3]
	_ = s[:]
	_ = map[string]int{"a": 1}
	_ = 'c' + 0x1F
	_ = !true && ^1 == -1 || +1 != 0
	_, _ = e.(fmt.Stringer)
	_ = x.ToUpper(b[0])
	_ = (*T[P, Q])(nil)
	{
	}
	;
End:
	return
}
"#;
        let arena = bumpalo::Bump::new();
        let parsed = crate::parse_file(&arena, src).expect("parses");
        let bytes = super::encode(parsed, src);
        let decoded = super::decode(&arena, src, &bytes).expect("decodes");
        assert_eq!(format!("{decoded:?}"), format!("{parsed:?}"));
        assert_eq!(decoded.package.name.as_ptr(), parsed.package.name.as_ptr());
        assert_eq!(decoded.imports[1].path, "strings");
        // A truncated encoding is refused, not misread.
        assert!(super::decode(&arena, src, &bytes[..bytes.len() - 1]).is_none());
    }
}
