//! A compact S-expression dump of the AST, for golden tests and for
//! comparing against go/parser (see `tests/goast/main.go`, which prints the
//! same format from `go/ast`).
//!
//! Absent children print as `_`. The dump recurses over the tree, so it is
//! meant for ordinary source files, not adversarially deep ones.

use crate::ast::*;
use std::fmt::Write;

/// Dumps a whole file, one top-level declaration per line.
pub fn dump_file(f: &File<'_>) -> String {
    let mut d = Dumper { out: String::new(), ids: None };
    let _ = writeln!(d.out, "(package {})", f.package.name);
    for decl in f.decls {
        match decl {
            Decl::Gen(g) => d.gen(g),
            Decl::Func(fd) => d.func(fd),
        }
        d.out.push('\n');
    }
    d.out
}

/// Dumps one expression.
pub fn dump_expr(e: &Expr<'_>) -> String {
    let mut d = Dumper { out: String::new(), ids: None };
    d.expr(e);
    d.out
}

/// The ids of every expression reachable from the file, in dump order
/// (for checking that ids are unique and below `File::expr_count`).
pub fn expr_ids(f: &File<'_>) -> Vec<u32> {
    let mut d = Dumper { out: String::new(), ids: Some(Vec::new()) };
    for decl in f.decls {
        match decl {
            Decl::Gen(g) => d.gen(g),
            Decl::Func(fd) => d.func(fd),
        }
    }
    d.ids.unwrap_or_default()
}

struct Dumper {
    out: String,
    ids: Option<Vec<u32>>,
}

impl Dumper {
    fn s(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn opt_expr(&mut self, e: Option<&Expr<'_>>) {
        match e {
            Some(e) => self.expr(e),
            None => self.s("_"),
        }
    }

    fn exprs(&mut self, es: &[Expr<'_>]) {
        for e in es {
            self.s(" ");
            self.expr(e);
        }
    }

    fn gen(&mut self, g: &GenDecl<'_>) {
        let kind = match g.kind {
            GenKind::Const => "const",
            GenKind::Var => "var",
            GenKind::Type => "type",
            GenKind::Import => "import",
        };
        let _ = write!(self.out, "(gen {kind}");
        for s in g.specs {
            self.s(" ");
            match s {
                Spec::Import(i) => {
                    let _ = write!(self.out, "(import {} {})", i.name.map_or("_", |n| n.name), i.path);
                }
                Spec::Value(v) => {
                    self.s("(value (");
                    self.names(v.names);
                    self.s(") ");
                    self.opt_expr(v.typ);
                    self.s(" (");
                    for (i, e) in v.values.iter().enumerate() {
                        if i > 0 {
                            self.s(" ");
                        }
                        self.expr(e);
                    }
                    self.s("))");
                }
                Spec::Type(t) => {
                    let _ = write!(self.out, "(typespec {} (", t.name.name);
                    self.fields(t.type_params);
                    self.s(if t.alias { ") = " } else { ") " });
                    self.expr(t.typ);
                    self.s(")");
                }
            }
        }
        self.s(")");
    }

    fn names(&mut self, names: &[Ident<'_>]) {
        for (i, n) in names.iter().enumerate() {
            if i > 0 {
                self.s(" ");
            }
            self.s(n.name);
        }
    }

    fn fields(&mut self, fs: &[Field<'_>]) {
        for (i, f) in fs.iter().enumerate() {
            if i > 0 {
                self.s(" ");
            }
            self.field(f);
        }
    }

    fn field(&mut self, f: &Field<'_>) {
        self.s("(field (");
        self.names(f.names);
        self.s(") ");
        self.expr(f.typ);
        if let Some(t) = f.tag {
            self.s(" ");
            self.s(t);
        }
        self.s(")");
    }

    fn sig(&mut self, t: &FuncType<'_>) {
        self.s("(sig (");
        self.fields(t.params);
        self.s(") (");
        self.fields(t.results);
        self.s("))");
    }

    fn func(&mut self, f: &FuncDecl<'_>) {
        self.s("(func ");
        match f.recv {
            Some(r) => self.field(r),
            None => self.s("_"),
        }
        let _ = write!(self.out, " {} (", f.name.name);
        self.fields(f.type_params);
        self.s(") ");
        self.sig(f.typ);
        self.s(" ");
        match f.body {
            Some(b) => self.block(b),
            None => self.s("_"),
        }
        self.s(")");
    }

    fn block(&mut self, b: &Block<'_>) {
        self.s("(block");
        self.stmts(b.stmts);
        self.s(")");
    }

    fn stmts(&mut self, ss: &[Stmt<'_>]) {
        for s in ss {
            if matches!(s.kind, StmtKind::Empty) {
                continue;
            }
            self.s(" ");
            self.stmt(s);
        }
    }

    fn opt_stmt(&mut self, s: Option<&Stmt<'_>>) {
        match s {
            Some(s) => self.stmt(s),
            None => self.s("_"),
        }
    }

    fn stmt(&mut self, s: &Stmt<'_>) {
        match &s.kind {
            StmtKind::Empty => self.s("(empty)"),
            StmtKind::Decl(g) => {
                self.s("(decl ");
                self.gen(g);
                self.s(")");
            }
            StmtKind::Labeled { label, stmt } => {
                let _ = write!(self.out, "(label {} ", label.name);
                self.stmt(stmt);
                self.s(")");
            }
            StmtKind::Expr(e) => {
                self.s("(expr ");
                self.expr(e);
                self.s(")");
            }
            StmtKind::Send { ch, value } => {
                self.s("(send ");
                self.expr(ch);
                self.s(" ");
                self.expr(value);
                self.s(")");
            }
            StmtKind::IncDec { x, inc } => {
                self.s("(incdec ");
                self.expr(x);
                self.s(if *inc { " ++)" } else { " --)" });
            }
            StmtKind::Assign { lhs, op, rhs, .. } => {
                let op = match op {
                    AssignOp::Assign => "=".to_string(),
                    AssignOp::Define => ":=".to_string(),
                    AssignOp::Op(b) => format!("{}=", b.as_str()),
                };
                let _ = write!(self.out, "(assign {op} (");
                self.exprs(lhs);
                self.s(") (");
                self.exprs(rhs);
                self.s("))");
            }
            StmtKind::Go(e) => {
                self.s("(go ");
                self.expr(e);
                self.s(")");
            }
            StmtKind::Defer(e) => {
                self.s("(defer ");
                self.expr(e);
                self.s(")");
            }
            StmtKind::Return(es) => {
                self.s("(return");
                self.exprs(es);
                self.s(")");
            }
            StmtKind::Branch { kind, label } => {
                let k = match kind {
                    BranchKind::Break => "break",
                    BranchKind::Continue => "continue",
                    BranchKind::Goto => "goto",
                    BranchKind::Fallthrough => "fallthrough",
                };
                let _ = write!(self.out, "({k} {})", label.map_or("_", |l| l.name));
            }
            StmtKind::Block(b) => self.block(b),
            StmtKind::If { init, cond, then, els } => {
                self.s("(if ");
                self.opt_stmt(*init);
                self.s(" ");
                self.expr(cond);
                self.s(" ");
                self.block(then);
                self.s(" ");
                self.opt_stmt(*els);
                self.s(")");
            }
            StmtKind::Switch { init, tag, body, .. } => {
                self.s("(switch ");
                self.opt_stmt(*init);
                self.s(" ");
                self.opt_expr(*tag);
                self.cases(body);
                self.s(")");
            }
            StmtKind::TypeSwitch { init, bind, x, body, .. } => {
                self.s("(typeswitch ");
                self.opt_stmt(*init);
                let _ = write!(self.out, " {} ", bind.map_or("_", |b| b.name));
                self.expr(x);
                self.cases(body);
                self.s(")");
            }
            StmtKind::Select { body, .. } => {
                self.s("(select");
                for c in body.iter() {
                    self.s(" (comm ");
                    self.opt_stmt(c.comm);
                    self.stmts(c.body);
                    self.s(")");
                }
                self.s(")");
            }
            StmtKind::For { init, cond, post, body } => {
                self.s("(for ");
                self.opt_stmt(*init);
                self.s(" ");
                self.opt_expr(*cond);
                self.s(" ");
                self.opt_stmt(*post);
                self.s(" ");
                self.block(body);
                self.s(")");
            }
            StmtKind::Range { key, value, define, x, body } => {
                self.s("(range ");
                self.opt_expr(*key);
                self.s(" ");
                self.opt_expr(*value);
                self.s(if *define { " := " } else { " = " });
                self.expr(x);
                self.s(" ");
                self.block(body);
                self.s(")");
            }
        }
    }

    fn cases(&mut self, cs: &[CaseClause<'_>]) {
        for c in cs {
            match c.list {
                Some(l) => {
                    self.s(" (case (");
                    self.exprs(l);
                    self.s(")");
                }
                None => self.s(" (default"),
            }
            self.stmts(c.body);
            self.s(")");
        }
    }

    fn expr(&mut self, e: &Expr<'_>) {
        if let Some(ids) = &mut self.ids {
            ids.push(e.id.0);
        }
        match &e.kind {
            ExprKind::Ident(n) => self.s(n),
            ExprKind::BasicLit { raw, .. } => self.s(raw),
            ExprKind::CompositeLit { typ, elts, .. } => {
                self.s("(lit ");
                self.opt_expr(*typ);
                for el in elts.iter() {
                    self.s(" ");
                    match el.key {
                        Some(k) => {
                            self.s("(kv ");
                            self.expr(k);
                            self.s(" ");
                            self.expr(el.value);
                            self.s(")");
                        }
                        None => self.expr(el.value),
                    }
                }
                self.s(")");
            }
            ExprKind::FuncLit { typ, body } => {
                self.s("(funclit ");
                self.sig(typ);
                self.s(" ");
                self.block(body);
                self.s(")");
            }
            ExprKind::Paren(x) => {
                self.s("(paren ");
                self.expr(x);
                self.s(")");
            }
            ExprKind::Selector(x, s) => {
                self.s("(sel ");
                self.expr(x);
                let _ = write!(self.out, " {})", s.name);
            }
            ExprKind::Index(x, args) => {
                self.s("(index ");
                self.expr(x);
                self.exprs(args);
                self.s(")");
            }
            ExprKind::Slice { x, lo, hi, max, three } => {
                self.s("(slice ");
                self.expr(x);
                self.s(" ");
                self.opt_expr(*lo);
                self.s(" ");
                self.opt_expr(*hi);
                self.s(" ");
                self.opt_expr(*max);
                self.s(if *three { " 3)" } else { ")" });
            }
            ExprKind::TypeAssert(x, t) => {
                self.s("(assert ");
                self.expr(x);
                self.s(" ");
                match t {
                    Some(t) => self.expr(t),
                    None => self.s("type"),
                }
                self.s(")");
            }
            ExprKind::Call { fun, args, ellipsis, .. } => {
                self.s("(call ");
                self.expr(fun);
                self.exprs(args);
                if ellipsis.is_some() {
                    self.s(" ...");
                }
                self.s(")");
            }
            ExprKind::Star(x) => {
                self.s("(star ");
                self.expr(x);
                self.s(")");
            }
            ExprKind::Unary(op, x) => {
                let _ = write!(self.out, "(un {} ", op.as_str());
                self.expr(x);
                self.s(")");
            }
            ExprKind::Binary { op, x, y, .. } => {
                let _ = write!(self.out, "(bin {} ", op.as_str());
                self.expr(x);
                self.s(" ");
                self.expr(y);
                self.s(")");
            }
            ExprKind::Ellipsis(t) => {
                self.s("(ellipsis ");
                self.opt_expr(*t);
                self.s(")");
            }
            ExprKind::ArrayType { len, elem } => {
                self.s("(array ");
                match len {
                    ArrayLen::Slice => self.s("[]"),
                    ArrayLen::Ellipsis => self.s("..."),
                    ArrayLen::Expr(n) => self.expr(n),
                }
                self.s(" ");
                self.expr(elem);
                self.s(")");
            }
            ExprKind::StructType { fields } => {
                self.s("(struct");
                for f in fields.iter() {
                    self.s(" ");
                    self.field(f);
                }
                self.s(")");
            }
            ExprKind::FuncType(t) => {
                self.s("(functype ");
                self.sig(t);
                self.s(")");
            }
            ExprKind::InterfaceType { elems } => {
                self.s("(iface");
                for el in elems.iter() {
                    self.s(" ");
                    match el {
                        InterfaceElem::Method { name, typ } => {
                            let _ = write!(self.out, "(method {} ", name.name);
                            self.sig(typ);
                            self.s(")");
                        }
                        InterfaceElem::Embed(x) => {
                            self.s("(embed ");
                            self.expr(x);
                            self.s(")");
                        }
                    }
                }
                self.s(")");
            }
            ExprKind::MapType { key, value } => {
                self.s("(map ");
                self.expr(key);
                self.s(" ");
                self.expr(value);
                self.s(")");
            }
            ExprKind::ChanType { dir, elem } => {
                let d = match dir {
                    ChanDir::Both => "both",
                    ChanDir::Send => "send",
                    ChanDir::Recv => "recv",
                };
                let _ = write!(self.out, "(chan {d} ");
                self.expr(elem);
                self.s(")");
            }
        }
    }
}
