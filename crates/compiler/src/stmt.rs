//! Statements.

use bytecode::{range_state, FuncProto, Op, Reg};
use syntax::ast::*;
use types::{Kind, TypeId};

use crate::constant::ConstVal;
use crate::expr::{addressable, Opnd};
use crate::func::{LoopCtx, VarRef};
use crate::{Builtin, Compiler, ObjKind, NATIVE_BIT};

impl<'a> Compiler<'a> {
    pub(crate) fn stmt(&mut self, s: &'a Stmt<'a>) {
        let mark = self.fc().next;
        // Variables declared by an enclosing statement (range and
        // type-switch bindings, parameters) are visible from its body's
        // first statement; a block is not a step of its own.
        self.resolve_pending();
        // A labeled statement is marked after its label, so that a goto
        // lands on the statement's start.
        let k = if !matches!(s.kind, StmtKind::Block(_) | StmtKind::Empty | StmtKind::Labeled { .. }) {
            Some(self.mark_stmt(s.span))
        } else {
            None
        };
        self.stmt_inner(s);
        if let Some(k) = k {
            self.end_stmt(k);
        }
        self.resolve_pending();
        // Temporaries die at the end of each statement; locals declared by
        // it live on (their slots are below `next` after declaration).
        let fc = self.fc();
        let locals_top = fc.scopes.iter().map(|s| s.slots_top()).max().unwrap_or(0);
        fc.next = mark.max(locals_top).max(fc.proto.nparams + fc.proto.nresults);
    }

    fn stmt_inner(&mut self, s: &'a Stmt<'a>) {
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Decl(g) => self.local_decl(g),
            StmtKind::Labeled { label, stmt } => {
                let pc = self.fc().pc();
                self.fc().labels.insert(label.name, pc);
                self.fc().pending_label = Some(label.name);
                let k = if !matches!(stmt.kind, StmtKind::Block(_) | StmtKind::Empty | StmtKind::Labeled { .. }) {
                    Some(self.mark_stmt(stmt.span))
                } else {
                    None
                };
                self.stmt_inner(stmt);
                if let Some(k) = k {
                    self.end_stmt(k);
                }
                self.fc().pending_label = None;
            }
            StmtKind::Expr(e) => {
                let op = self.expr(e, None);
                // A call or receive in parentheses is a statement too.
                let mut se: &Expr = e;
                while let ExprKind::Paren(x) = &se.kind {
                    se = x;
                }
                let is_call = matches!(&se.kind, ExprKind::Call { .. }) || matches!(&se.kind, ExprKind::Unary(UnaryOp::Recv, _));
                let is_conv = matches!(&se.kind, ExprKind::Call { fun, .. } if { let f: &Expr = fun; self.is_type_expr_quick(f) });
                // The builtins that only compute a value are not statements.
                let value_builtin = match &se.kind {
                    // (Only a name can be a builtin: probing another
                    // callee could count its closures twice.)
                    ExprKind::Call { fun, .. } if is_call && matches!(fun.kind, ExprKind::Ident(_)) => {
                        let m = self.mark();
                        let fo = self.expr(fun, None);
                        self.rollback(m, true);
                        matches!(
                            fo,
                            Opnd::Builtin(
                                Builtin::Len
                                    | Builtin::Cap
                                    | Builtin::Append
                                    | Builtin::Complex
                                    | Builtin::Real
                                    | Builtin::Imag
                                    | Builtin::Make
                                    | Builtin::New
                                    | Builtin::Min
                                    | Builtin::Max
                            )
                        )
                    }
                    _ => false,
                };
                if (!is_call || is_conv || value_builtin) && !matches!(op, Opnd::Bad | Opnd::Void) {
                    // A comparison is an untyped boolean value.
                    let d = match &e.kind {
                        ExprKind::Binary {
                            op: BinaryOp::Eq | BinaryOp::Ne | BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge,
                            ..
                        } => format!("{} (untyped bool value)", self.expr_text(e)),
                        _ => self.describe(e, &op),
                    };
                    self.error(e.span, format!("{d} is not used"));
                }
            }
            StmtKind::Send { ch, value } => {
                let co = self.expr(ch, None);
                let ct = co.ty();
                let Some(et) = self.tt.elem(ct).filter(|_| matches!(self.tt.ukind(ct), Kind::Chan(..))) else {
                    let msg = if self.iface_tparam(ct) {
                        format!("invalid operation: cannot send to {}: no specific channel type", self.describe(ch, &co))
                    } else {
                        format!("invalid operation: cannot send to non-channel {} {}", self.tname(ct), self.describe(ch, &co))
                    };
                    self.error(s.span, msg);
                    return;
                };
                if matches!(self.tt.ukind(ct), Kind::Chan(types::ChanDir::Recv, _)) {
                    let msg =
                        format!("invalid operation: cannot send to receive-only channel {} {}", self.tname(ct), self.describe(ch, &co));
                    self.error(s.span, msg);
                }
                let c = self.materialize(co, ch.span);
                let v = self.value(value, et, "send");
                self.emit(Op::Send { ch: c, src: v }, s.span);
            }
            StmtKind::IncDec { x, inc } => {
                // x's operands are evaluated once.
                let bound = self.bind_lvalue_operands(x);
                let saved = self.map_assign_read.replace(std::ptr::from_ref(*x) as usize);
                self.inc_dec(x, *inc, s);
                self.map_assign_read = saved;
                self.bound.truncate(bound);
            }
            StmtKind::Assign { lhs, op, rhs, op_span } => self.assign(lhs, *op, rhs, s, *op_span),
            StmtKind::Go(call) => self.go_defer(call, s, true),
            StmtKind::Defer(call) => self.go_defer(call, s, false),
            StmtKind::Return(results) => self.return_stmt(results, s),
            StmtKind::Branch { kind, label } => self.branch(*kind, label.as_ref(), s),
            StmtKind::Block(b) => {
                self.push_scope();
                for st in b.stmts.iter() {
                    self.stmt(st);
                }
                self.pop_scope();
            }
            StmtKind::If { init, cond, then, els } => {
                self.push_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                let c = self.condition(cond, "if");
                let j = self.emit(Op::JumpIfNot { cond: c, target: 0 }, cond.span);
                self.push_scope();
                for st in then.stmts.iter() {
                    self.stmt(st);
                }
                self.pop_scope();
                if let Some(e) = els {
                    let j2 = self.emit(Op::Jump { target: 0 }, then.rbrace);
                    let pc = self.fc().pc();
                    self.patch(j, pc);
                    self.stmt(e);
                    let pc = self.fc().pc();
                    self.patch(j2, pc);
                } else {
                    let pc = self.fc().pc();
                    self.patch(j, pc);
                }
                self.pop_scope();
            }
            StmtKind::For { init, cond, post, body } => self.for_stmt(*init, *cond, *post, body, s),
            StmtKind::Range { key, value, define, x, body } => self.range_stmt(*key, *value, *define, x, body, s),
            StmtKind::Switch { init, tag, body, .. } => self.switch_stmt(*init, *tag, body, s),
            StmtKind::TypeSwitch { init, bind, x, body, .. } => self.type_switch(*init, bind.as_ref(), x, body, s),
            StmtKind::Select { body, .. } => self.select_stmt(body, s),
        }
    }

    fn is_type_expr_quick(&mut self, f: &'a Expr<'a>) -> bool {
        match &f.kind {
            ExprKind::ArrayType { .. }
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType { .. }
            | ExprKind::StructType { .. } => true,
            ExprKind::Paren(x) => self.is_type_expr_quick(x),
            ExprKind::Ident(n) => {
                if self.local_lookup_exists(n) {
                    return self.local_type(n).is_some() || self.local_generic(n).is_some();
                }
                match self.pkgs[self.ctx.pkg].scope.get(*n).or_else(|| self.universe.get(*n)) {
                    Some(&id) => matches!(self.objs[id.0 as usize].kind, ObjKind::Type { .. } | ObjKind::BasicType(_)),
                    None => false,
                }
            }
            _ => false,
        }
    }

    /// A boolean condition of an if or for statement.
    fn condition(&mut self, c: &'a Expr<'a>, stmt: &str) -> Reg {
        let o = self.expr(c, Some(TypeId::BOOL));
        if !matches!(o, Opnd::Bad) && !self.tt.is_boolean(o.ty()) {
            self.error(c.span, format!("non-boolean condition in {stmt} statement"));
            return self.fc().alloc();
        }
        match o {
            Opnd::Reg(r, _) => r,
            o => self.assign_op(o, c, TypeId::BOOL, stmt),
        }
    }

    /// How many values a call expression yields (None if not a call).
    /// Checks call `e` for its own errors (arguments), its code dropped:
    /// types2 checks the call before it reports that its results do not
    /// fit the assignment, so both errors are printed.
    fn check_call_only(&mut self, e: &'a Expr<'a>) {
        let m = self.mark();
        self.expr(e, None);
        self.rollback(m, false);
    }

    fn multi_value_count(&mut self, e: &'a Expr<'a>) -> Option<usize> {
        let ExprKind::Call { fun, .. } = &e.kind else { return None };
        let m = self.mark();
        let fo = self.expr(fun, None);
        self.rollback(m, true);
        match fo {
            Opnd::Func(_, t) | Opnd::Reg(_, t) => self.tt.sig(t).map(|s| s.results.len()),
            Opnd::Method(m) => self.tt.sig(m.sig).map(|s| s.results.len()),
            _ => None,
        }
    }

    // ------------------------------------------------------------------
    // declarations

    fn local_decl(&mut self, g: &'a GenDecl<'a>) {
        let mut prev_typ: Option<&'a Expr<'a>> = None;
        let mut prev_vals: &'a [Expr<'a>] = &[];
        for spec in g.specs.iter() {
            match spec {
                Spec::Value(vs) if g.kind == GenKind::Const => {
                    let (typ, vals) = if vs.values.is_empty() { (prev_typ, prev_vals) } else { (vs.typ, vs.values) };
                    prev_typ = typ;
                    prev_vals = vals;
                    let t = typ.map(|t| self.resolve_type(t));
                    for (i, n) in vs.names.iter().enumerate() {
                        let Some(ve) = vals.get(i) else {
                            self.error(n.span, "missing init expr for const declaration");
                            continue;
                        };
                        if self.redeclared(n.name, n.span) {
                            continue;
                        }
                        let saved = self.fc().iota;
                        self.fc().iota = Some(vs.iota);
                        let op = self.expr(ve, t);
                        self.fc().iota = saved;
                        match op {
                            Opnd::Const(v, vt) => {
                                let (v, ty) = match t {
                                    Some(t) => (self.convert_const_decl(v, vt, t, ve, n.span), t),
                                    None => (v, vt),
                                };
                                self.declare_local_const(n.name, ty, v, n.span);
                            }
                            // Declared all the same (invalid), so its uses
                            // report nothing more.
                            Opnd::Bad => {
                                self.declare_hidden(n.name, TypeId::VOID, false, n.span);
                            }
                            op => {
                                let desc = self.describe(ve, &op);
                                self.error(ve.span, format!("{desc} is not constant"));
                                self.declare_hidden(n.name, TypeId::VOID, false, n.span);
                            }
                        }
                    }
                }
                Spec::Value(vs) => {
                    let t = vs.typ.map(|t| self.resolve_type(t));
                    if vs.values.is_empty() {
                        let t = t.unwrap_or(TypeId::INT);
                        for n in vs.names.iter() {
                            if self.redeclared(n.name, n.span) {
                                continue;
                            }
                            let (slot, boxed) = self.declare_local(n.name, t, n.span);
                            self.init_var(slot, boxed, t, None, n.span);
                        }
                    } else if vs.values.len() == vs.names.len() {
                        let mut regs = Vec::new();
                        for (i, n) in vs.names.iter().enumerate() {
                            let ve = &vs.values[i];
                            let (r, vt, from) = match t {
                                Some(t) => {
                                    let op = self.expr(ve, Some(t));
                                    let from = op.ty();
                                    (self.assign_op(op, ve, t, "variable declaration"), t, from)
                                }
                                None => {
                                    let (r, vt) = self.value_default_in(ve, "variable declaration");
                                    (r, vt, vt)
                                }
                            };
                            regs.push((r, vt, n, from));
                        }
                        for (r, vt, n, from) in regs {
                            if self.redeclared(n.name, n.span) {
                                continue;
                            }
                            let (slot, boxed) = self.declare_local(n.name, vt, n.span);
                            self.init_var(slot, boxed, vt, Some(r), n.span);
                            self.note_devirt(n.name, slot, boxed, vt, from);
                        }
                    } else if vs.values.len() == 1 {
                        // `var a, b = f()` and the comma-ok forms.
                        let e = &vs.values[0];
                        let (base, ts) = self.multi_rhs(e, vs.names.len());
                        if ts.len() != vs.names.len() {
                            // (Reported.) The names are declared all the same,
                            // so that their uses do not add `undefined`.
                            // (Without a type, they are invalid: VOID.)
                            let t = t.unwrap_or(TypeId::VOID);
                            for n in vs.names.iter() {
                                if self.redeclared(n.name, n.span) {
                                    continue;
                                }
                                let (slot, boxed) = self.declare_local(n.name, t, n.span);
                                self.init_var(slot, boxed, t, None, n.span);
                            }
                            continue;
                        }
                        let mut vals = Vec::with_capacity(ts.len());
                        for (i, &vt) in ts.iter().enumerate() {
                            vals.push(self.multi_value(e, i, base + i as u16, vt, t, "multiple assignment"));
                        }
                        for (n, (r, vt)) in vs.names.iter().zip(vals) {
                            if self.redeclared(n.name, n.span) {
                                continue;
                            }
                            let (slot, boxed) = self.declare_local(n.name, vt, n.span);
                            self.init_var(slot, boxed, vt, Some(r), n.span);
                        }
                    } else {
                        self.error(vs.span, format!("assignment mismatch: {} variables but {} values", vs.names.len(), vs.values.len()));
                    }
                }
                Spec::Type(ts) => {
                    if !ts.type_params.is_empty() {
                        // A generic alias (Go 1.24) is instantiated as a
                        // generic type is: its right-hand side with the
                        // type arguments substituted.
                        if let Some((span, msg)) = crate::generics::alias_rhs_tparam(ts) {
                            self.error(span, msg);
                        }
                        self.declare_local_generic(ts);
                        continue;
                    }
                    // The type parameters of a generic function around it
                    // stay in scope (`type B = P`, `type X struct{ v P }`).
                    let subst = self.ctx.subst.clone();
                    if ts.alias {
                        let t = self.declare_named(ts, &[], &subst);
                        self.declare_local_type(ts.name.name, t, ts.name.span);
                    } else {
                        // The type's scope begins at its name: it may
                        // refer to itself (`next *Node`).
                        // (new_named_type gives it its `·N` number.)
                        let t = self.new_named_type(ts, &[]);
                        // Inside a generic instance, gc names the type
                        // with the instance's type arguments: it is
                        // implicitly parameterized by them, so it counts
                        // as one level deeper for the bound on nested
                        // instances (an instance using its own local type
                        // as a type argument is a cycle).
                        if !self.job_targs.is_empty() {
                            let targs = self.job_targs.clone();
                            let depth = self.targ_depth(&targs);
                            if let Some(info) = self.tt.named_info_mut(t) {
                                info.implicit = targs;
                            }
                            self.instance_depth.insert(t, depth);
                            if let Some(generic) = self.job_generic {
                                let file = self.ctx.file;
                                let local = crate::ImplicitLocal { generic, name: ts.name.name, span: ts.name.span, file };
                                self.implicitly_parameterized.insert(t, local);
                            }
                        }
                        self.declare_local_type(ts.name.name, t, ts.name.span);
                        self.complete_named(t, ts, &subst);
                    }
                }
                Spec::Import(_) => {}
            }
        }
    }

    /// Evaluates an initialiser for `x := e`, giving constants their default type.
    fn value_default(&mut self, e: &'a Expr<'a>) -> (Reg, TypeId) {
        self.value_default_in(e, "assignment")
    }

    /// The value of `e` in its default type, for a declaration or
    /// assignment without a type (`context` names it in errors). An invalid
    /// value has type VOID: a variable declared from it is invalid, and its
    /// uses report nothing more (as go/types' invalid operands).
    fn value_default_in(&mut self, e: &'a Expr<'a>, context: &str) -> (Reg, TypeId) {
        let op = self.expr(e, None);
        match op {
            Opnd::Nil => {
                self.error(e.span, format!("use of untyped nil in {context}"));
                (self.fc().alloc(), TypeId::VOID)
            }
            Opnd::Void => {
                self.error(e.span, format!("{} (no value) used as value", self.expr_text(e)));
                (self.fc().alloc(), TypeId::VOID)
            }
            Opnd::Bad => (self.fc().alloc(), TypeId::VOID),
            Opnd::Const(v, t) => {
                let dt = self.tt.default_type(t);
                let r = self.assign_op(Opnd::Const(v, t), e, dt, context);
                (r, dt)
            }
            Opnd::Type(_) => {
                self.error(e.span, format!("{} (type) is not an expression", self.expr_text(e)));
                (self.fc().alloc(), TypeId::VOID)
            }
            op => {
                let t = self.tt.default_type(op.ty());
                let r = self.assign_op(op, e, t, context);
                (r, t)
            }
        }
    }

    /// Initialises a freshly declared local from `src` (or its zero value).
    fn init_var(&mut self, slot: Reg, boxed: bool, t: TypeId, src: Option<Reg>, span: Span) {
        if boxed {
            self.emit(Op::NewCell { dst: slot, ty: t }, span);
            if let Some(r) = src {
                self.emit(Op::StoreCell { cell: slot, src: r }, span);
            }
        } else {
            match src {
                Some(r) => {
                    if r != slot {
                        self.emit(Op::Move { dst: slot, src: r }, span);
                    }
                }
                None => {
                    self.emit(Op::LoadZero { dst: slot, ty: t }, span);
                }
            }
        }
    }

    // ------------------------------------------------------------------
    // assignment

    /// Stores register `r` (of type `t`, already converted) into lvalue `x`.
    pub(crate) fn store(&mut self, x: &'a Expr<'a>, r: Reg, t: TypeId) {
        let _ = t;
        match &x.kind {
            ExprKind::Paren(i) => self.store(i, r, t),
            ExprKind::Ident("_") => {}
            ExprKind::Ident(name) => {
                if let Some(v) = self.lookup_local(name, false) {
                    match v {
                        VarRef::Slot { slot, ty, boxed } => {
                            if boxed {
                                self.emit(Op::StoreCell { cell: slot, src: r }, x.span);
                            } else if self.is_aggregate(ty) {
                                self.emit(Op::Store { ptr: slot, src: r }, x.span);
                            } else if slot != r {
                                self.emit(Op::Move { dst: slot, src: r }, x.span);
                            }
                        }
                        VarRef::Capture { idx, ty, boxed } => {
                            if boxed {
                                self.emit(Op::StoreCapCell { idx, src: r }, x.span);
                            } else if self.is_aggregate(ty) {
                                let c = self.fc().alloc();
                                self.emit(Op::LoadCapture { dst: c, idx }, x.span);
                                self.emit(Op::Store { ptr: c, src: r }, x.span);
                            }
                        }
                        _ => self.error(x.span, format!("cannot assign to {name} (neither addressable nor a map index expression)")),
                    }
                    return;
                }
                if let Some(id) = self.lookup_global(name) {
                    if let ObjKind::Var { global, .. } = self.objs[id.0 as usize].kind {
                        self.resolve_obj(id);
                        let gt = self.objs[id.0 as usize].ty;
                        if self.is_aggregate(gt) {
                            let p = self.fc().alloc();
                            self.emit(Op::AddrGlobal { dst: p, g: global }, x.span);
                            self.emit(Op::Store { ptr: p, src: r }, x.span);
                        } else {
                            self.emit(Op::StoreGlobal { g: global, src: r }, x.span);
                        }
                        return;
                    }
                }
                self.error(x.span, format!("cannot assign to {name} (neither addressable nor a map index expression)"));
            }
            ExprKind::Selector(inner, sel) => {
                let io = self.expr(inner, None);
                if let Opnd::Pkg(p) = io {
                    if let Some(&id) = self.pkgs[p].scope.get(sel.name) {
                        if let ObjKind::Var { global, .. } = self.objs[id.0 as usize].kind {
                            self.emit(Op::StoreGlobal { g: global, src: r }, x.span);
                            return;
                        }
                    }
                    self.error(x.span, format!("cannot assign to {}", self.expr_text(x)));
                    return;
                }
                let it = io.ty();
                match self.lookup_sel(it, sel.name) {
                    crate::expr::Sel::Field { path, .. }
                        if self.mode(inner, &io) == "map index expression" && !self.field_path_indirect(it, &path) =>
                    {
                        // A map element is not addressable: its fields
                        // cannot be assigned to.
                        self.error(x.span, format!("cannot assign to struct field {} in map", self.expr_text(x)));
                    }
                    crate::expr::Sel::Field { path, .. } => {
                        let mut o = self.materialize(io, inner.span);
                        for idx in &path[..path.len() - 1] {
                            let d = self.fc().alloc();
                            self.emit(Op::GetField { dst: d, obj: o, idx: *idx }, x.span);
                            o = d;
                        }
                        self.emit(Op::SetField { obj: o, idx: *path.last().expect("path"), src: r }, sel.span);
                    }
                    // `x.f undefined` was reported when the target was checked.
                    crate::expr::Sel::NotFound => {}
                    _ => self
                        .error(x.span, format!("cannot assign to {} (neither addressable nor a map index expression)", self.expr_text(x))),
                }
            }
            ExprKind::Index(m, idx) if idx.len() == 1 => {
                let mo = self.expr(m, None);
                let mt = mo.ty();
                if let Kind::Map(kt, _) = self.tt.ukind(mt).clone() {
                    let mr = self.materialize(mo, m.span);
                    let k = self.value(&idx[0], kt, "map index");
                    self.emit(Op::MapSet { m: mr, k, src: r }, x.span);
                    return;
                }
                if self.tt.is_string(mt) {
                    self.error(x.span, format!("cannot assign to {} (neither addressable nor a map index expression)", self.expr_text(x)));
                    return;
                }
                let through_ptr = matches!(self.tt.ukind(mt), Kind::Pointer(_));
                let mr = self.materialize(mo, m.span);
                if through_ptr {
                    self.emit(Op::NilCheck { ptr: mr }, x.span);
                }
                let io = self.expr(&idx[0], Some(TypeId::INT));
                let i = self.int_operand(io, &idx[0], "index");
                self.emit(Op::SetIndex { x: mr, i, src: r }, x.span);
            }
            ExprKind::Star(p) => {
                let po = self.expr(p, None);
                let pr = self.materialize(po, p.span);
                self.emit(Op::Store { ptr: pr, src: r }, x.span);
            }
            _ => self.error(x.span, format!("cannot assign to {} (neither addressable nor a map index expression)", self.expr_text(x))),
        }
    }

    /// The static type of an lvalue (without marking variables used).
    fn lvalue_type(&mut self, x: &'a Expr<'a>) -> TypeId {
        if let ExprKind::Ident(name) = &x.kind {
            if *name == "_" {
                return TypeId::VOID;
            }
            if let Some(v) = self.lookup_local(name, false) {
                return match v {
                    VarRef::Slot { ty, .. } | VarRef::Capture { ty, .. } => ty,
                    VarRef::Const(_, t) => t,
                    VarRef::Type(t) => t,
                    VarRef::Generic(_) => TypeId::VOID,
                };
            }
        }
        let m = self.mark();
        let t = self.expr(x, None).ty();
        self.rollback(m, false);
        t
    }

    fn assign(&mut self, lhs: &'a [Expr<'a>], op: AssignOp, rhs: &'a [Expr<'a>], s: &'a Stmt<'a>, op_span: Span) {
        match op {
            AssignOp::Op(bop) => {
                // `x op= y` is `x = x op y` with x's operands evaluated once,
                // after the calls on either side (gc's order pass hoists
                // them; `a[i] += f()` indexes with the i f leaves).
                let bound = self.order_operands(&[&lhs[0], &rhs[0]]);
                self.bind_lvalue_operands(&lhs[0]);
                let bin = self.arena.alloc(Expr {
                    id: lhs[0].id,
                    span: s.span,
                    kind: ExprKind::Binary { op: bop, op_span, x: &lhs[0], y: &rhs[0] },
                });
                self.op_assigns.insert((s.span.lo, s.span.hi));
                let t = self.lvalue_type(&lhs[0]);
                let saved = self.map_assign_read.replace(std::ptr::from_ref(&lhs[0]) as usize);
                let o = self.expr(bin, Some(t));
                self.map_assign_read = saved;
                if !matches!(o, Opnd::Bad) {
                    let r = self.assign_op(o, bin, t, "assignment");
                    self.store(&lhs[0], r, t);
                }
                self.bound.truncate(bound);
            }
            AssignOp::Define => {
                // `a, b := x, f()`: f runs before x is read (order.rs).
                let ops: Vec<&'a Expr<'a>> = rhs.iter().collect();
                let mark = self.order_operands(&ops);
                self.define(lhs, rhs, op_span);
                self.bound.truncate(mark);
            }
            AssignOp::Assign => {
                if lhs.len() == rhs.len() && lhs.len() > 1 {
                    // Phase 1: the operands of index expressions and pointer
                    // indirections on the left, then the right side; the
                    // calls among them first, left to right, as gc's order
                    // pass does (`a[i], x = f(&i), 1` indexes with f's i).
                    let all: Vec<&'a Expr<'a>> = lhs.iter().chain(rhs.iter()).collect();
                    let bound = self.order_operands(&all);
                    self.bind_lvalue_operands_all(lhs);
                    let ops: Vec<&'a Expr<'a>> = rhs.iter().collect();
                    self.order_operands(&ops);
                    let mut vals = Vec::new();
                    for (l, r) in lhs.iter().zip(rhs.iter()) {
                        let t = self.lvalue_type(l);
                        let v = if t == TypeId::VOID { self.value_default(r).0 } else { self.value(r, t, "multiple assignment") };
                        let c = self.fc().alloc();
                        self.emit(Op::Move { dst: c, src: v }, r.span);
                        vals.push((c, t));
                    }
                    // Phase 2: assignments, left to right.
                    for (l, (v, t)) in lhs.iter().zip(vals) {
                        self.store(l, v, t);
                    }
                    self.bound.truncate(bound);
                } else if lhs.len() == rhs.len() {
                    // `v = f()` with a multi-value f: types2's assignment
                    // mismatch, not a single-value context.
                    if let Some(n) = self.multi_value_count(&rhs[0]).filter(|&n| n > 1) {
                        self.check_call_only(&rhs[0]);
                        let fname = call_name(&rhs[0]);
                        self.error(rhs[0].span, format!("assignment mismatch: 1 variable but {fname} returns {n} values"));
                        return;
                    }
                    // Calls on the left run before the right side (gc's
                    // order pass), the left's variables are read after it.
                    let early = if lhs.len() == 1 && self.has_early_ops(&lhs[0]) { Some(self.hoist_early(&[&lhs[0]])) } else { None };
                    let mut vals = Vec::new();
                    for (l, r) in lhs.iter().zip(rhs.iter()) {
                        let t = self.lvalue_type(l);
                        let v = if t == TypeId::VOID {
                            let (v, _) = self.value_default(r);
                            v
                        } else {
                            self.value(r, t, "assignment")
                        };
                        // Copy before any store, so `a, b = b, a` works.
                        let c = if lhs.len() > 1 {
                            let c = self.fc().alloc();
                            self.emit(Op::Move { dst: c, src: v }, r.span);
                            c
                        } else {
                            v
                        };
                        vals.push((c, t));
                    }
                    for ((l, r), (v, t)) in lhs.iter().zip(rhs.iter()).zip(vals) {
                        match self.fresh_into_own_var(l, r) {
                            Some(slot) => {
                                self.emit(Op::Move { dst: slot, src: v }, l.span);
                            }
                            None => self.store(l, v, t),
                        }
                    }
                    if let Some(mark) = early {
                        self.bound.truncate(mark);
                    }
                } else if rhs.len() == 1 {
                    // The two phases, as above (`p, *p = f()` stores
                    // through the old p): the calls on the left, the right
                    // side, then the left's operands (`a[i], x = f(&i)`
                    // indexes with f's i, as gc's order pass has it).
                    let lops: Vec<&'a Expr<'a>> = lhs.iter().collect();
                    let bound = self.hoist_early(&lops);
                    let (base, ts) = self.multi_rhs(&rhs[0], lhs.len());
                    self.bind_lvalue_operands_all(lhs);
                    for (i, l) in lhs.iter().enumerate() {
                        let Some(&vt) = ts.get(i) else { break };
                        let t = self.lvalue_type(l);
                        let (r, t) = self.multi_value(&rhs[0], i, base + i as u16, vt, Some(t), "multiple assignment");
                        self.store(l, r, t);
                    }
                    self.bound.truncate(bound);
                } else {
                    self.error(rhs[0].span, format!("assignment mismatch: {} variables but {} values", lhs.len(), rhs.len()));
                }
            }
        }
    }

    /// `v = call(...)` or `v = T{...}` with `v` an aggregate variable
    /// nothing else reaches: `v`'s slot, where the new object can replace
    /// the old one instead of being copied into it.
    fn fresh_into_own_var(&self, l: &'a Expr<'a>, r: &'a Expr<'a>) -> Option<Reg> {
        fn fresh(r: &Expr) -> bool {
            match &r.kind {
                ExprKind::Paren(x) => fresh(x),
                ExprKind::Call { .. } | ExprKind::CompositeLit { .. } => true,
                _ => false,
            }
        }
        let ExprKind::Ident(n) = l.kind else { return None };
        if !fresh(r) {
            return None;
        }
        self.arg_storage_stable(l)?;
        self.own_var(n).map(|(slot, _)| slot)
    }

    /// `x++` / `x--` on any numeric type (x's operands already bound).
    fn inc_dec(&mut self, x: &'a Expr<'a>, inc: bool, s: &'a Stmt<'a>) {
        let xo = self.expr(x, None);
        // An invalid operand (its error already reported) says no more.
        if matches!(xo, Opnd::Bad) {
            return;
        }
        let t = xo.ty();
        if !self.tt.is_numeric(t) {
            let msg =
                format!("invalid operation: {}{} (non-numeric type {})", self.expr_text(x), if inc { "++" } else { "--" }, self.tname(t));
            self.error(s.span, msg);
            return;
        }
        let r = self.materialize(xo, x.span);
        let d = self.fc().alloc();
        let op = if inc { bytecode::BinOp::Add } else { bytecode::BinOp::Sub };
        if self.tt.is_integer(t) {
            self.emit(Op::AddIntImm { dst: d, a: r, imm: if inc { 1 } else { -1 } }, s.span);
            self.wrap(d, t, s.span);
        } else if self.tt.is_complex(t) {
            let one = self.load_const(ConstVal::complex_f64(1.0, 0.0), t, s.span);
            let f32 = matches!(self.tt.ukind(t), Kind::Complex64);
            self.emit(Op::ArithComplex { op, dst: d, a: r, b: one, f32 }, s.span);
        } else {
            let one = self.load_const(ConstVal::Float(1.0), t, s.span);
            let f32 = matches!(self.tt.ukind(t), Kind::Float32);
            self.emit(Op::ArithFloat { op, dst: d, a: r, b: one, f32 }, s.span);
        }
        self.store(x, d, t);
    }

    /// Evaluates the operands of lvalue `l` (an index expression's
    /// operand and index, a pointer indirection's pointer, a selector's
    /// operand) and binds them ([`Self::bind_once`]): the later reads and
    /// stores of `l` use those values, so that an assignment evaluates them
    /// once and before its right side (gc's safeExpr). Returns the mark to
    /// truncate `self.bound` to when the statement is done.
    pub(crate) fn bind_lvalue_operands(&mut self, l: &'a Expr<'a>) -> usize {
        let mark = self.bound.len();
        match &l.kind {
            ExprKind::Paren(x) => {
                self.bind_lvalue_operands(x);
            }
            ExprKind::Index(m, idx) if idx.len() == 1 => {
                let mo = self.bind_once(m, None);
                let hint = match self.tt.ukind(mo.ty()) {
                    Kind::Map(kt, _) => *kt,
                    _ => TypeId::INT,
                };
                self.bind_once(&idx[0], Some(hint));
            }
            ExprKind::Star(p) => {
                self.bind_once(p, None);
            }
            ExprKind::Selector(x, _) => {
                self.bind_once(x, None);
            }
            _ => {}
        }
        mark
    }

    /// [`Self::bind_lvalue_operands`] for each of `lhs`, left to right.
    fn bind_lvalue_operands_all(&mut self, lhs: &'a [Expr<'a>]) -> usize {
        let mark = self.bound.len();
        for l in lhs {
            self.bind_lvalue_operands(l);
        }
        mark
    }

    /// [`Self::bind_lvalue_operands`] for each present one of `lhs`.
    fn bind_lvalue_operands_all_opt(&mut self, lhs: &[Option<&'a Expr<'a>>]) -> usize {
        let mark = self.bound.len();
        for l in lhs.iter().flatten() {
            self.bind_lvalue_operands(l);
        }
        mark
    }

    /// Evaluates `e` now, into a register of its own (so that later
    /// assignments to a variable it names do not change it), and makes
    /// [`Self::expr`] answer that operand for `e` until unbound.
    fn bind_once(&mut self, e: &'a Expr<'a>, hint: Option<TypeId>) -> Opnd {
        let o = match self.expr(e, hint) {
            Opnd::Reg(r, t) => {
                let k = self.fc().alloc();
                self.emit(Op::Move { dst: k, src: r }, e.span);
                Opnd::Reg(k, t)
            }
            o => o,
        };
        self.bound.push((e as *const Expr<'a>, o.clone()));
        o
    }

    /// A multi-value right-hand side (call, comma-ok forms).
    pub(crate) fn multi_rhs(&mut self, e: &'a Expr<'a>, n: usize) -> (Reg, Vec<TypeId>) {
        if n == 2 {
            match &e.kind {
                ExprKind::Index(m, idx) if idx.len() == 1 => {
                    let mo = self.expr(m, None);
                    if let Kind::Map(kt, vt) = self.tt.ukind(mo.ty()).clone() {
                        let mr = self.materialize(mo, m.span);
                        let k = self.value(&idx[0], kt, "map index");
                        let d = self.fc().alloc_n(2);
                        self.emit(Op::MapGet { dst: d, m: mr, k, ok: true, assign: false }, e.span);
                        self.set_mode(e, Some("map index expression"));
                        // The map's own element: a variable gets a copy.
                        if self.is_aggregate(vt) {
                            self.emit(Op::CopyVal { dst: d, src: d }, e.span);
                        }
                        return (d, vec![vt, TypeId::UNTYPED_BOOL]);
                    }
                }
                ExprKind::TypeAssert(x, t) => {
                    if let Opnd::Multi(b, ts) = self.type_assert(x, *t, e, true) {
                        // The interface's own box: a variable gets a copy.
                        if ts.first().is_some_and(|&t| self.is_aggregate(t)) {
                            self.emit(Op::CopyVal { dst: b, src: b }, e.span);
                        }
                        return (b, vec![ts[0], TypeId::UNTYPED_BOOL]);
                    }
                    return (0, vec![]);
                }
                ExprKind::Unary(UnaryOp::Recv, ch) => {
                    let co = self.expr(ch, None);
                    if matches!(self.tt.ukind(co.ty()), Kind::Chan(types::ChanDir::Send, _)) {
                        let msg = format!(
                            "invalid operation: cannot receive from send-only channel {} {}",
                            self.tname(co.ty()),
                            self.describe(ch, &co)
                        );
                        self.error(ch.span, msg);
                    }
                    let et = self.tt.elem(co.ty()).unwrap_or(TypeId::INT);
                    let c = self.materialize(co, ch.span);
                    let d = self.fc().alloc_n(2);
                    self.emit(Op::Recv { dst: d, ch: c, ok: true }, e.span);
                    return (d, vec![et, TypeId::UNTYPED_BOOL]);
                }
                ExprKind::Paren(inner) => return self.multi_rhs(inner, n),
                _ => {}
            }
        }
        let op = self.expr(e, None);
        match op {
            Opnd::Multi(b, ts) if ts.len() == n => (b, ts),
            Opnd::Multi(_, ts) => {
                self.error(
                    e.span,
                    format!(
                        "assignment mismatch: {n} variables but {} returns {} value{}",
                        call_name(e),
                        ts.len(),
                        if ts.len() == 1 { "" } else { "s" }
                    ),
                );
                (0, vec![])
            }
            Opnd::Bad => (0, vec![]),
            _ => {
                let what =
                    if matches!(e.kind, ExprKind::Call { .. }) { format!("{} returns 1 value", call_name(e)) } else { "1 value".into() };
                self.error(e.span, format!("assignment mismatch: {n} variables but {what}"));
                (0, vec![])
            }
        }
    }

    /// The i-th value of a multi-value right side `e` ([`Self::multi_rhs`])
    /// for a target of type `t` (None: a new variable, which takes the
    /// value's default type): checked for assignability and converted. The
    /// values are named as types2's multiExpr names them in messages.
    pub(crate) fn multi_value(&mut self, e: &'a Expr<'a>, i: usize, r: Reg, vt: TypeId, t: Option<TypeId>, context: &str) -> (Reg, TypeId) {
        let Some(t) = t.filter(|&t| t != TypeId::VOID) else {
            return (r, self.tt.default_type(vt));
        };
        if !self.assignable(vt, t) {
            let mut inner = e;
            while let ExprKind::Paren(x) = &inner.kind {
                inner = x;
            }
            let what = if matches!(inner.kind, ExprKind::Call { .. }) {
                format!("{} function result (value of type {})", nth(i + 1), self.tname(vt))
            } else if i == 1 {
                "ok value of (comma, ok) expression (untyped bool value)".to_string()
            } else {
                self.describe(inner, &Opnd::Reg(r, vt))
            };
            let msg = format!("cannot use {what} as {} value in {context}", self.tname(t));
            self.error(expr_start(e), msg);
        }
        (self.convert_reg(r, vt, t, false, e.span), t)
    }

    /// Whether `name` is declared in the innermost block. A function's
    /// parameters and results belong to its body's outermost block (Go
    /// spec "Declarations and scope"), so `m, err := f()` at the top of a
    /// body with a named result `err` assigns that result.
    /// Reports `x redeclared in this block` when a declaration's name is
    /// already declared in the current block (the function's parameters and
    /// its body are one block); the first declaration stays.
    pub(crate) fn redeclared(&mut self, name: &str, span: Span) -> bool {
        if name == "_" || !self.declared_in_block(name) {
            return false;
        }
        let scopes = &self.fc().scopes;
        let other = scopes.last().and_then(|s| s.find(name)).or_else(|| scopes.first().and_then(|s| s.find(name))).map(|l| l.span);
        let mut msg = format!("{name} redeclared in this block");
        if let Some(o) = other {
            let at = crate::pos_ref(&self.files[self.ctx.file].map, o.lo);
            msg.push_str(&format!("\n\t{at}: other declaration of {name}"));
        }
        self.error(span, msg);
        true
    }

    fn declared_in_block(&mut self, name: &str) -> bool {
        let scopes = &self.fc().scopes;
        let in_last = scopes.last().is_some_and(|s| s.find(name).is_some());
        in_last || (scopes.len() == 2 && scopes[0].find(name).is_some())
    }

    fn define(&mut self, lhs: &'a [Expr<'a>], rhs: &'a [Expr<'a>], op_span: Span) {
        // Which names are new in this scope?
        let mut any_new = false;
        let mut news = Vec::new();
        let mut repeated = Vec::new();
        for l in lhs.iter() {
            let ExprKind::Ident(name) = &l.kind else {
                self.error(l.span, format!("non-name {} on left side of :=", self.expr_text(l)));
                return;
            };
            if *name != "_" && lhs[..news.len()].iter().any(|p| matches!(p.kind, ExprKind::Ident(n) if n == *name)) {
                self.error(l.span, format!("{name} repeated on left side of :="));
                news.push(false);
                repeated.push(news.len() - 1);
                continue;
            }
            let exists = *name == "_" || self.declared_in_block(name);
            if !exists || *name == "_" {
                any_new |= *name != "_";
            }
            news.push(!exists);
        }
        if !any_new {
            self.error(op_span, "no new variables on left side of :=");
        }
        // Registers from here up are this statement's temporaries.
        let temps_from = self.fc().next;
        // `x := f()` with a multi-value f.
        if lhs.len() == 1 && rhs.len() == 1 {
            if let Some(n) = self.multi_value_count(&rhs[0]) {
                if n == 0 {
                    self.check_call_only(&rhs[0]);
                    self.error(rhs[0].span, format!("{} (no value) used as value", self.expr_text(&rhs[0])));
                    self.declare_after_mismatch(lhs, &news, |_| None);
                    return;
                }
                if n != 1 {
                    self.check_call_only(&rhs[0]);
                    let fname = call_name(&rhs[0]);
                    self.error(
                        rhs[0].span,
                        format!("assignment mismatch: 1 variable but {fname} returns {n} value{}", if n == 1 { "" } else { "s" }),
                    );
                    self.declare_after_mismatch(lhs, &news, |_| None);
                    return;
                }
            }
        }
        let vals: Vec<(Reg, TypeId)> = if lhs.len() == rhs.len() {
            rhs.iter()
                .enumerate()
                .map(|(i, r)| {
                    if !news[i] {
                        let t = self.lvalue_type(&lhs[i]);
                        if t != TypeId::VOID {
                            return (self.value(r, t, "assignment"), t);
                        }
                    }
                    self.value_default(r)
                })
                .collect()
        } else if rhs.len() == 1 {
            let (b, ts) = self.multi_rhs(&rhs[0], lhs.len());
            let mut vals = Vec::with_capacity(ts.len());
            for (i, vt) in ts.into_iter().enumerate() {
                let t = if news[i] { None } else { Some(self.lvalue_type(&lhs[i])) };
                vals.push(self.multi_value(&rhs[0], i, b + i as u16, vt, t, "assignment"));
            }
            vals
        } else {
            self.error(rhs[0].span, format!("assignment mismatch: {} variables but {} values", lhs.len(), rhs.len()));
            // types2 still declares the names (and checks the values).
            let vals: Vec<(Reg, TypeId)> = rhs.iter().map(|r| self.value_default(r)).collect();
            self.declare_after_mismatch(lhs, &news, |i| vals.get(i.min(vals.len() - 1)).map(|v| v.1));
            return;
        };
        if vals.len() < lhs.len() && rhs.len() == 1 {
            // `a, b := f()` with the wrong count (reported): declare the
            // names anyway, typed from the value where it has a type.
            let m = self.mark();
            let o = self.expr(&rhs[0], None);
            self.rollback(m, true);
            let ts: Vec<TypeId> = match &o {
                Opnd::Multi(_, ts) => ts.clone(),
                Opnd::Bad | Opnd::Void => vec![],
                o => vec![self.tt.default_type(o.ty())],
            };
            self.declare_after_mismatch(lhs, &news, |i| if ts.is_empty() { None } else { ts.get(i.min(ts.len() - 1)).copied() });
            return;
        }
        // Copy values to fresh temps first when some targets exist (a, b := b, a).
        for (i, l) in lhs.iter().enumerate() {
            let Some(&(r, t)) = vals.get(i) else { break };
            let ExprKind::Ident(name) = &l.kind else { continue };
            if repeated.contains(&i) {
                continue;
            }
            if news[i] && *name != "_" {
                // A value computed into a temporary of this statement
                // becomes the variable's slot, so `v := i` costs one
                // register, not two (a function of 40,000 such locals
                // fits the 16-bit register file, as it compiles in Go).
                let fresh = r >= temps_from && vals.iter().filter(|v| v.0 == r).count() == 1;
                let (slot, boxed) = self.declare_local_in(name, t, l.span, fresh.then_some(r));
                self.init_var(slot, boxed, t, Some(r), l.span);
            } else {
                self.store(l, r, t);
            }
        }
    }

    /// Records an interface variable `var g I = v` initialised from a value
    /// of concrete type `from` that gc's devirtualization sees through
    /// (ir.StaticValue: never reassigned, its address never taken).
    pub(crate) fn note_devirt(&mut self, name: &'a str, slot: Reg, boxed: bool, t: TypeId, from: TypeId) {
        if boxed || !self.tt.is_interface(t) || self.tt.is_interface(from) || self.tt.is_untyped(from) {
            return;
        }
        let fc = self.fc();
        if fc.escapes.reassigned.contains(name) || fc.escapes.pinned.contains(name) {
            return;
        }
        fc.devirt.insert(slot, from);
    }

    /// Declares the new names of a `:=` whose value count was wrong, so that
    /// their uses are checked as types2 checks them (not `undefined`).
    fn declare_after_mismatch(&mut self, lhs: &'a [Expr<'a>], news: &[bool], ty: impl Fn(usize) -> Option<TypeId>) {
        for (i, l) in lhs.iter().enumerate() {
            let ExprKind::Ident(name) = &l.kind else { continue };
            if !news[i] || *name == "_" {
                continue;
            }
            let t = ty(i).unwrap_or(TypeId::VOID);
            let (slot, boxed) = self.declare_local(name, t, l.span);
            self.init_var(slot, boxed, t, None, l.span);
        }
    }

    // ------------------------------------------------------------------
    // go and defer

    fn go_defer(&mut self, call: &'a Expr<'a>, s: &'a Stmt<'a>, is_go: bool) {
        // `defer f(x, g())`: g runs before x is read, as in gc (order.rs).
        let mark = match &call.kind {
            ExprKind::Call { fun, args, .. } if self.orders_call(fun) => {
                let ops: Vec<&'a Expr<'a>> = std::iter::once(*fun).chain(args.iter()).collect();
                self.order_operands(&ops)
            }
            _ => self.bound.len(),
        };
        self.go_defer_call(call, s, is_go);
        self.bound.truncate(mark);
    }

    fn go_defer_call(&mut self, call: &'a Expr<'a>, s: &'a Stmt<'a>, is_go: bool) {
        let kw = if is_go { "go" } else { "defer" };
        let ExprKind::Call { fun, args, ellipsis, .. } = &call.kind else {
            self.error(call.span, format!("expression in {kw} must be function call"));
            return;
        };
        let fo = self.expr(fun, None);
        let slot = if is_go {
            0
        } else {
            let fc = self.fc();
            match fc.defer_kind {
                bytecode::DeferKind::OpenCoded => {
                    let i = fc.defer_index;
                    fc.defer_index += 1;
                    i
                }
                _ if fc.loop_depth > 0 => u16::MAX - 1,
                _ => u16::MAX,
            }
        };
        let is_method = matches!(fo, Opnd::Method(_));
        let mut pre_ops: Option<Vec<Opnd>> = None;
        // (function value register, native id, signature, receiver)
        let (fval, native, sig, recv): (Option<Reg>, Option<u16>, TypeId, Option<Reg>) = match fo {
            Opnd::Builtin(b) => {
                self.builtin_wrapper(b, args, ellipsis.is_some(), call, s, is_go, slot);
                return;
            }
            Opnd::Type(_) => {
                self.error(call.span, format!("{kw} requires function call, not conversion"));
                return;
            }
            Opnd::Func(f, sig) if f & NATIVE_BIT != 0 => (None, Some((f & !NATIVE_BIT) as u16), sig, None),
            Opnd::Method(m) if m.iface_name.is_none() && m.func & NATIVE_BIT != 0 => {
                (None, Some((m.func & !NATIVE_BIT) as u16), m.sig, Some(m.recv))
            }
            Opnd::Generic(_) | Opnd::PartialInst(_) => {
                let (id, targs, spans) = match fo {
                    Opnd::PartialInst(p) => (p.id, p.targs, p.spans),
                    Opnd::Generic(id) => (id, vec![], vec![]),
                    _ => unreachable!(),
                };
                let Some((f, sig, ops)) = self.generic_call(id, &targs, &spans, args, call) else { return };
                let r = self.fc().alloc();
                self.emit(Op::LoadFunc { dst: r, func: f }, fun.span);
                pre_ops = Some(ops);
                (Some(r), None, sig, None)
            }
            Opnd::Bad => {
                // types2 still checks the arguments (their variables count
                // as used).
                self.use_args(call);
                return;
            }
            fo => {
                let sig = fo.ty();
                let r = self.materialize(fo, fun.span);
                (Some(r), None, sig, None)
            }
        };
        let Some(sg) = self.tt.sig(sig).cloned() else {
            self.error(call.span, format!("invalid operation: cannot call non-function {}", self.expr_text(fun)));
            return;
        };
        // gc wraps every go/defer call but a call of a function with no
        // parameters and no results (normalizeGoDeferCall) in a generated
        // `deferwrapN`/`gowrapN`; the numbers count those wrappers (the
        // builtins' are built in `builtin_wrapper`). The wrapper itself is
        // not modelled here (gc usually inlines it), only its number.
        if is_method || !sg.params.is_empty() || !sg.results.is_empty() {
            let fc = self.fc();
            if is_go {
                fc.gowrap_count += 1;
            } else {
                fc.deferwrap_count += 1;
            }
        }
        let ops: Vec<Opnd> = match pre_ops {
            Some(o) => o,
            None => args
                .iter()
                .enumerate()
                .map(|(i, a)| {
                    let hint = if sg.variadic && i + 1 >= sg.params.len() {
                        sg.params.last().and_then(|l| self.tt.elem(*l))
                    } else {
                        sg.params.get(i).copied()
                    };
                    self.expr(a, hint)
                })
                .collect(),
        };
        let regs = self.pack_args(&sg, ops, args, ellipsis.is_some(), call);
        let Some(regs) = regs else { return };
        let mut all = Vec::new();
        if let Some(r) = recv {
            all.push(r);
        }
        all.extend(regs);
        let base = self.fc().alloc_n(all.len().max(1));
        for (i, r) in all.iter().enumerate() {
            self.emit(Op::Move { dst: base + i as u16, src: *r }, call.span);
        }
        let nargs = all.len() as u16;
        if let (false, Some(rr)) = (is_go, self.fc().range_ret.clone()) {
            // The deferred call belongs to the enclosing function's frame.
            let f = match (native, fval) {
                (Some(n), _) => {
                    let d = self.fc().alloc();
                    self.emit(Op::LoadNative { dst: d, native: n }, call.span);
                    d
                }
                (None, Some(f)) => f,
                _ => return,
            };
            let sp = self.load_var(rr.sp, s.span);
            self.emit(Op::DeferAt { func: f, base, nargs, sp }, s.span);
            return;
        }
        match (native, fval, is_go) {
            (Some(n), _, false) => self.emit(Op::DeferNative { native: n, base, nargs, slot }, s.span),
            (Some(n), _, true) => self.emit(Op::GoNative { native: n, base, nargs }, s.span),
            (None, Some(f), false) => self.emit(Op::Defer { func: f, base, nargs, slot }, s.span),
            (None, Some(f), true) => self.emit(Op::Go { func: f, base, nargs }, s.span),
            _ => 0,
        };
    }

    /// `defer panic(v)`, `defer recover()`, `go println(x)`...: Go wraps the
    /// builtin call in a generated function (`main.f.deferwrap1`) taking
    /// the already-evaluated arguments; we build that wrapper here.
    ///
    /// The builtins a go or defer statement may call: panic, recover,
    /// print, println, close, delete, copy and clear.
    #[allow(clippy::too_many_arguments)] // the parts of the go/defer statement
    fn builtin_wrapper(
        &mut self,
        b: Builtin,
        args: &'a [Expr<'a>],
        ellipsis: bool,
        call: &'a Expr<'a>,
        s: &'a Stmt<'a>,
        is_go: bool,
        slot: u16,
    ) {
        let kw = if is_go { "go" } else { "defer" };
        let (lo, hi) = match b {
            Builtin::Recover => (0, 0),
            Builtin::Panic | Builtin::Close | Builtin::Clear => (1, 1),
            Builtin::Delete | Builtin::Copy => (2, 2),
            Builtin::Print | Builtin::Println => (0, usize::MAX),
            _ => {
                // A builtin with a result: checked as a call, whose value
                // the statement would discard.
                let m = self.mark();
                let o = self.expr(call, None);
                self.rollback(m, false);
                if !matches!(o, Opnd::Bad) {
                    let msg = format!("{kw} discards result of {}", self.describe(call, &o));
                    self.error(call.span, msg);
                }
                return;
            }
        };
        if ellipsis {
            self.error(call.span, format!("invalid operation: invalid use of ... with built-in {}", format!("{b:?}").to_lowercase()));
            self.use_args(call);
            return;
        }
        if !self.builtin_nargs(args.len(), lo, hi, call) {
            return;
        }
        let parent = self.fc().name.clone();
        let n = {
            let fc = self.fc();
            if is_go {
                fc.gowrap_count += 1;
                fc.gowrap_count
            } else {
                fc.deferwrap_count += 1;
                fc.deferwrap_count
            }
        };
        let name = format!("{parent}.{}{n}", if is_go { "gowrap" } else { "deferwrap" });
        // Evaluate the arguments now.
        let mut regs = Vec::new();
        let mut code = Vec::new();
        let mut np = args.len() as u16;
        match b {
            Builtin::Panic => {
                if args.len() != 1 {
                    self.error(call.span, "wrong number of arguments to panic");
                    return;
                }
                regs.push(self.value(&args[0], TypeId::ANY, "argument to panic"));
                code.push(Op::Panic { src: 0 });
            }
            Builtin::Recover => {
                code.push(Op::Recover { dst: 0 });
            }
            Builtin::Print | Builtin::Println => {
                for a in args.iter() {
                    let o = self.expr(a, None);
                    // `defer println(f())`: every result of f is an argument.
                    if let Opnd::Multi(base, ts) = &o {
                        if ts.len() != 1 {
                            for (k, &t) in ts.iter().enumerate() {
                                let d = self.fc().alloc();
                                self.emit(Op::ToIface { dst: d, src: base + k as u16, ty: t }, a.span);
                                regs.push(d);
                            }
                            continue;
                        }
                    }
                    let t = self.tt.default_type(o.ty());
                    let r = match o {
                        Opnd::Const(v, ct) => {
                            let v = self.convert_const(v, ct, t, a.span, "argument");
                            self.load_const(v, t, a.span)
                        }
                        o => self.materialize(o, a.span),
                    };
                    let d = self.fc().alloc();
                    self.emit(Op::ToIface { dst: d, src: r, ty: t }, a.span);
                    regs.push(d);
                }
                np = regs.len() as u16;
                let nat = self.native(if b == Builtin::Print { "builtin.print" } else { "builtin.println" });
                code.push(Op::CallNative { native: nat, base: 0, nargs: np });
            }
            Builtin::Close => {
                let o = self.expr(&args[0], None);
                if !matches!(self.tt.ukind(o.ty()), Kind::Chan(..)) {
                    self.error(args[0].span, format!("invalid operation: cannot close non-channel {}", self.describe(&args[0], &o)));
                    return;
                }
                regs.push(self.materialize(o, args[0].span));
                code.push(Op::Close { ch: 0 });
            }
            Builtin::Delete => {
                let mo = self.expr(&args[0], None);
                let Kind::Map(kt, _) = self.tt.ukind(mo.ty()).clone() else {
                    self.error(args[0].span, format!("invalid argument: {} is not a map", self.describe(&args[0], &mo)));
                    return;
                };
                regs.push(self.materialize(mo, args[0].span));
                regs.push(self.value(&args[1], kt, "argument to delete"));
                code.push(Op::MapDelete { m: 0, k: 1 });
            }
            Builtin::Copy => {
                let a = self.expr(&args[0], None);
                regs.push(self.materialize(a, args[0].span));
                let b = match self.expr(&args[1], None) {
                    Opnd::Const(v, _) => self.load_const(v, TypeId::STRING, args[1].span),
                    b => self.materialize(b, args[1].span),
                };
                regs.push(b);
                // (The count it returns is discarded.)
                code.push(Op::CopySlice { dst: 2, a: 0, b: 1 });
            }
            Builtin::Clear => {
                let o = self.expr(&args[0], None);
                if !matches!(self.tt.ukind(o.ty()), Kind::Map(..) | Kind::Slice(_)) {
                    let msg = format!(
                        "invalid argument: cannot clear {}: argument must be (or constrained by) map or slice",
                        self.describe(&args[0], &o)
                    );
                    self.error(args[0].span, msg);
                    return;
                }
                regs.push(self.materialize(o, args[0].span));
                code.push(Op::Clear { x: 0 });
            }
            // (The builtins with results were reported above.)
            _ => return,
        }
        code.push(Op::Return);
        let line = self.files[self.ctx.file].map.line(call.span.lo);
        let nslots = np.max(1) + 1;
        let proto = FuncProto {
            name: name.clone(),
            lines: vec![(0, line)],
            line,
            nslots,
            nparams: np,
            param_types: vec![TypeId::ANY; np as usize],
            frame_size: 16 + 8 * nslots as u32,
            deferreturn_pc: code.len() as u32 - 1,
            code,
            wrapper: true,
            builtin_wrapper: true,
            ..Default::default()
        };
        let f = self.new_func(name);
        self.funcs[f as usize] = proto;
        let fr = self.fc().alloc();
        self.emit(Op::LoadFunc { dst: fr, func: f }, call.span);
        let base = self.fc().alloc_n(regs.len().max(1));
        for (i, r) in regs.iter().enumerate() {
            self.emit(Op::Move { dst: base + i as u16, src: *r }, call.span);
        }
        if is_go {
            self.emit(Op::Go { func: fr, base, nargs: np }, s.span);
        } else {
            self.emit(Op::Defer { func: fr, base, nargs: np, slot }, s.span);
        }
    }

    // ------------------------------------------------------------------
    // return and branches

    fn return_stmt(&mut self, results: &'a [Expr<'a>], s: &'a Stmt<'a>) {
        // `return x, f()`: f runs before x is read (order.rs).
        let ops: Vec<&'a Expr<'a>> = results.iter().collect();
        let mark = self.order_operands(&ops);
        self.return_values(results, s);
        self.bound.truncate(mark);
    }

    fn return_values(&mut self, results: &'a [Expr<'a>], s: &'a Stmt<'a>) {
        if let Some(rr) = self.fc().range_ret.clone() {
            // `return` in a range-over-func body: record the results and the
            // request, then stop the iteration (yield returns false).
            if !results.is_empty() && results.len() == rr.results.len() {
                let mut vals = Vec::new();
                for (r, (_, t)) in results.iter().zip(rr.results.iter()) {
                    vals.push(self.value(r, *t, "return statement"));
                }
                for (v, (nm, _)) in vals.into_iter().zip(rr.results.iter()) {
                    self.store_var(nm, v, s.span);
                }
            } else if !results.is_empty() {
                self.error(s.span, "wrong number of return values in range-over-func body");
            } else if let Some(owner) = self.fstack.iter().rposition(|f| f.range_ret.is_none()) {
                // A bare return returns the named results' current values.
                let names: Vec<Option<&'a str>> = self.fstack[owner].results.iter().map(|r| r.2).collect();
                if names.iter().any(|n| n.is_none()) {
                    let want: Vec<String> = self.fstack[owner].results.iter().map(|r| self.tname(r.0)).collect();
                    self.error(s.span, format!("not enough return values\n\thave ()\n\twant ({})", want.join(", ")));
                }
                for (name, (hidden, _)) in names.into_iter().zip(rr.results.iter()) {
                    if let Some(name) = name.filter(|n| *n != "_") {
                        let v = self.load_var(name, s.span);
                        self.store_var(hidden, v, s.span);
                    }
                }
            }
            let t = self.fc().alloc();
            self.emit(Op::LoadBool { dst: t, v: true }, s.span);
            self.store_var(rr.flag, t, s.span);
            self.range_body_stop(s.span);
            return;
        }
        let rs = self.fc().results.clone();
        let np = self.fc().proto.nparams;
        if results.is_empty() {
            if !rs.is_empty() && rs.iter().any(|r| r.2.is_none()) {
                self.error(
                    s.span,
                    format!(
                        "not enough return values\n\thave ()\n\twant ({})",
                        rs.iter().map(|r| self.tname(r.0)).collect::<Vec<_>>().join(", ")
                    ),
                );
            }
            // A bare return must see the named results themselves.
            for name in rs.iter().filter_map(|r| r.2) {
                let fc = self.fc();
                let inner = fc.scopes.iter().skip(1).rev().flat_map(|sc| sc.iter()).find(|l| l.name == name).map(|l| (l.span, l.ty));
                if let (Some((at, ty)), true) = (inner, name != "_") {
                    let at = crate::pos_ref(&self.files[self.ctx.file].map, at.lo);
                    // types2 names the object: `var err error`.
                    let tn = self.tname(ty);
                    self.error(
                        s.span,
                        format!("result parameter {name} not in scope at return\n\t{at}: inner declaration of var {name} {tn}"),
                    );
                }
            }
            self.emit(Op::Return, s.span);
            self.fc().terminated = true;
            return;
        }
        let mut vals: Vec<Reg> = Vec::new();
        if results.len() == 1 && rs.len() > 1 {
            let op = self.expr(&results[0], None);
            match op {
                Opnd::Multi(b, ts) if ts.len() == rs.len() => {
                    for (i, t) in ts.iter().enumerate() {
                        vals.push(self.convert_reg(b + i as u16, *t, rs[i].0, false, results[0].span));
                    }
                }
                _ => {
                    self.error(
                        results[0].span,
                        format!(
                            "not enough return values\n\thave ({})\n\twant ({})",
                            self.summary_name(op.ty()),
                            rs.iter().map(|r| self.tname(r.0)).collect::<Vec<_>>().join(", ")
                        ),
                    );
                    return;
                }
            }
        } else if results.len() != rs.len() {
            let have: Vec<String> = results
                .iter()
                .map(|r| {
                    let o = self.expr(r, None);
                    self.summary_name(o.ty())
                })
                .collect();
            let want: Vec<String> = rs.iter().map(|r| self.tname(r.0)).collect();
            let msg = if results.len() > rs.len() { "too many return values" } else { "not enough return values" };
            // types2 reports too many values at the first extra one, too
            // few at the last one given.
            let at = if results.len() > rs.len() { results[rs.len()].span } else { results[results.len() - 1].span };
            self.error(at, format!("{msg}\n\thave ({})\n\twant ({})", have.join(", "), want.join(", ")));
            return;
        } else {
            for (r, (t, _, _)) in results.iter().zip(rs.iter()) {
                let v = self.value(r, *t, "return statement");
                vals.push(v);
            }
        }
        // The results are assigned simultaneously: `return b, a` into
        // named results a and b reads both before storing either.
        if vals.len() > 1 {
            let results = np..np + vals.len() as u16;
            for (i, v) in vals.iter_mut().enumerate() {
                if results.contains(v) && *v != np + i as u16 {
                    let c = self.fc().alloc();
                    self.emit(Op::Move { dst: c, src: *v }, s.span);
                    *v = c;
                }
            }
        }
        for (i, v) in vals.into_iter().enumerate() {
            let slot = np + i as u16;
            if rs[i].1 {
                self.emit(Op::StoreCell { cell: slot, src: v }, s.span);
            } else if rs[i].2.is_some_and(|n| self.is_aggregate(rs[i].0) && self.storage_pinned(n)) {
                // Into the variable a closure or pointer may still reach
                // (a deferred call may change it after this statement).
                self.emit(Op::Store { ptr: slot, src: v }, s.span);
            } else if v != slot {
                self.emit(Op::Move { dst: slot, src: v }, s.span);
            }
        }
        self.emit(Op::Return, s.span);
    }

    fn branch(&mut self, kind: BranchKind, label: Option<&Ident<'a>>, s: &'a Stmt<'a>) {
        match kind {
            BranchKind::Goto => {
                let Some(l) = label else { return };
                let j = self.emit(Op::Jump { target: 0 }, s.span);
                self.fc().gotos.push((j, l.name, l.span));
            }
            BranchKind::Fallthrough => {
                // Handled by switch compilation (it looks at the last statement).
            }
            BranchKind::Break | BranchKind::Continue => {
                let is_break = kind == BranchKind::Break;
                let fc = self.fc();
                let target = match label {
                    Some(l) => fc.loops.iter().rposition(|c| c.label == Some(l.name)),
                    None => {
                        if is_break {
                            fc.loops.len().checked_sub(1)
                        } else {
                            fc.loops.iter().rposition(|c| c.is_loop)
                        }
                    }
                };
                // A branch without a target was reported by `branches`,
                // unless it leaves a range-over-func body.
                let Some(ti) = target else {
                    if let (Some(l), Some(rr)) = (label, self.fc().range_ret.clone()) {
                        self.range_body_exit(l.name, is_break, &rr, s.span);
                    }
                    return;
                };
                let j = self.emit(Op::Jump { target: 0 }, s.span);
                let fc = self.fc();
                if is_break {
                    fc.loops[ti].breaks.push(j);
                } else {
                    fc.loops[ti].continues.push(j);
                }
            }
        }
    }

    /// `break L` / `continue L` in a range-over-func body for a loop
    /// outside it: record the branch's code in the hidden `next` variable
    /// and stop the iteration (yield returns false); the code after the
    /// iterator call in the function owning loop L takes the branch.
    fn range_body_exit(&mut self, label: &'a str, is_break: bool, rr: &crate::func::RangeRet<'a>, span: Span) {
        // The function that owns the hidden state: the innermost one that
        // is not itself a range-over-func body.
        let Some(owner) = self.fstack.iter().rposition(|f| f.range_ret.is_none()) else { return };
        let codes = &mut self.fstack[owner].branch_codes;
        let code = match codes.iter().position(|c| *c == (label, is_break)) {
            Some(i) => i,
            None => {
                codes.push((label, is_break));
                codes.len() - 1
            }
        } as i128
            + 2;
        let c = self.load_const(ConstVal::Int(code), TypeId::INT, span);
        self.store_var(rr.next, c, span);
        self.fc().range_exits.push((code, label, is_break));
        self.range_body_stop(span);
    }

    /// Leaves a range-over-func body by returning false (a break, a
    /// return, a branch to an outer loop), its loop's state set to done
    /// first, as gc's rewrite does (`#stateN = abi.RF_DONE`): a later call
    /// of the body panics with "returned false".
    fn range_body_stop(&mut self, span: Span) {
        if let Some(state) = self.fc().range_state {
            let done = self.load_const(ConstVal::Int(range_state::DONE.into()), TypeId::INT, span);
            self.store_var(state, done, span);
        }
        let np = self.fc().proto.nparams;
        self.emit(Op::LoadBool { dst: np, v: false }, span);
        self.emit(Op::Return, span);
    }

    // ------------------------------------------------------------------
    // loops

    fn begin_loop(&mut self, is_loop: bool) {
        let fc = self.fc();
        let label = fc.pending_label.take();
        fc.loops.push(LoopCtx { label, breaks: vec![], continues: vec![], is_loop });
        if is_loop {
            fc.loop_depth += 1;
        }
    }

    fn end_loop(&mut self, continue_pc: usize, end_pc: usize) {
        let fc = self.fc();
        let l = fc.loops.pop().expect("loop");
        if l.is_loop {
            fc.loop_depth -= 1;
        }
        for j in l.breaks {
            self.patch(j, end_pc);
        }
        for j in l.continues {
            self.patch(j, continue_pc);
        }
    }

    fn for_stmt(
        &mut self,
        init: Option<&'a Stmt<'a>>,
        cond: Option<&'a Expr<'a>>,
        post: Option<&'a Stmt<'a>>,
        body: &'a Block<'a>,
        s: &'a Stmt<'a>,
    ) {
        self.push_scope();
        let label = self.fc().pending_label.take();
        if let Some(i) = init {
            self.stmt(i);
        }
        self.fc().pending_label = label;
        // Loop variables declared by init (Go 1.22: one per iteration).
        let loop_vars: Vec<(Reg, TypeId)> =
            self.fc().scopes.last().expect("scope").iter().filter(|l| l.boxed).map(|l| (l.slot, l.ty)).collect();
        let top = self.fc().pc();
        let exit = match cond {
            Some(c) => {
                let r = self.condition(c, "for");
                Some(self.emit(Op::JumpIfNot { cond: r, target: 0 }, c.span))
            }
            None => None,
        };
        self.begin_loop(true);
        self.push_scope();
        for st in body.stmts.iter() {
            self.stmt(st);
        }
        self.pop_scope();
        let cont = self.fc().pc();
        for (slot, t) in &loop_vars {
            let tmp = self.fc().alloc();
            self.emit(Op::LoadCell { dst: tmp, cell: *slot }, body.rbrace);
            self.emit(Op::NewCell { dst: *slot, ty: *t }, body.rbrace);
            self.emit(Op::StoreCell { cell: *slot, src: tmp }, body.rbrace);
        }
        if let Some(p) = post {
            self.stmt(p);
        }
        self.emit(Op::Jump { target: top as u32 }, s.span);
        let end = self.fc().pc();
        if let Some(j) = exit {
            self.patch(j, end);
        }
        self.end_loop(cont, end);
        self.pop_scope();
    }

    fn range_stmt(
        &mut self,
        key: Option<&'a Expr<'a>>,
        value: Option<&'a Expr<'a>>,
        define: bool,
        x: &'a Expr<'a>,
        body: &'a Block<'a>,
        s: &'a Stmt<'a>,
    ) {
        self.push_scope();
        let xo = self.expr(x, None);
        let xt = xo.ty();
        // A type parameter: a send-only channel among its types first,
        // then the core type the range needs.
        let send_only = self
            .fake_tparam(xt)
            .and_then(|f| f.unders.iter().copied().find(|u| matches!(self.tt.kind(*u), Kind::Chan(types::ChanDir::Send, _))));
        let cause = match send_only {
            Some(u) if self.fake_tparam(xt).is_some_and(|f| f.unders.len() > 1) => {
                Some(format!("receive from send-only channel {}", self.tname(u)))
            }
            _ => self.no_core_type(xt),
        };
        if let Some(cause) = cause {
            self.error(x.span, format!("cannot range over {}: {cause}", self.describe(x, &xo)));
            self.unchecked_range_body(key, value, define, body);
            self.pop_scope();
            return;
        }
        let uk = self.tt.ukind(xt).clone();
        let xt_is_const_int = matches!(xo, Opnd::Const(..)) && self.tt.is_integer(xt);
        let (kt, vt) = match &uk {
            _ if xt_is_const_int || self.tt.is_integer(xt) => (if self.tt.is_untyped(xt) { TypeId::INT } else { xt }, TypeId::VOID),
            Kind::Slice(e) => (TypeId::INT, *e),
            Kind::Array(_, e) => (TypeId::INT, *e),
            Kind::Pointer(p) => match self.tt.ukind(*p).clone() {
                Kind::Array(_, e) => (TypeId::INT, e),
                _ => (TypeId::VOID, TypeId::VOID),
            },
            Kind::String | Kind::UntypedString => (TypeId::INT, TypeId::RUNE),
            Kind::Map(k, v) => (*k, *v),
            Kind::Chan(types::ChanDir::Send, _) => {
                let msg = format!("cannot range over {}: receive from send-only channel {}", self.describe(x, &xo), self.tname(xo.ty()));
                self.error(x.span, msg);
                self.pop_scope();
                return;
            }
            Kind::Chan(_, e) => (*e, TypeId::VOID),
            Kind::Func(sig) => {
                self.range_func(key, value, define, x, xo.clone(), sig.clone(), body);
                self.pop_scope();
                return;
            }
            _ => {
                if self.iface_tparam(xo.ty()) {
                    self.error(x.span, format!("cannot range over {}: no specific type", self.describe(x, &xo)));
                } else if !matches!(xo, Opnd::Bad) {
                    self.error(x.span, format!("cannot range over {}", self.describe(x, &xo)));
                }
                self.unchecked_range_body(key, value, define, body);
                self.pop_scope();
                return;
            }
        };
        // Integers and channels yield one value per iteration.
        if let (true, Some(v)) = (vt == TypeId::VOID, value) {
            self.error(v.span, format!("range over {} permits only one iteration variable", self.describe(x, &xo)));
            self.pop_scope();
            return;
        }
        let xr = match xo {
            Opnd::Const(v, t) => {
                let dt = if self.tt.is_untyped(t) { TypeId::INT } else { t };
                self.load_const(v, dt, x.span)
            }
            xo => self.materialize(xo, x.span),
        };
        // Ranging over an array value iterates over a copy of it.
        let xr = if matches!(uk, Kind::Array(..)) && value.is_some() && addressable(x) {
            let c = self.fc().alloc();
            self.emit(Op::CopyVal { dst: c, src: xr }, x.span);
            c
        } else {
            xr
        };
        // Hidden iteration state.
        let k_tmp = self.fc().alloc();
        let v_tmp = self.fc().alloc();
        let is_chan = matches!(uk, Kind::Chan(..));
        let indexed = matches!(uk, Kind::Slice(_) | Kind::Array(..) | Kind::Pointer(_)) || self.tt.is_integer(xt) || xt_is_const_int;
        let (top, exit);
        if indexed {
            let n = self.fc().alloc();
            if self.tt.is_integer(xt) || xt_is_const_int {
                self.emit(Op::Move { dst: n, src: xr }, x.span);
            } else if let Kind::Pointer(p) = &uk {
                // A pointer to an array: its length is the type's, and
                // only a value variable dereferences it (a nil pointer
                // ranges fine for the index alone).
                let len = match self.tt.ukind(*p) {
                    Kind::Array(len, _) => *len,
                    _ => 0,
                };
                if value.is_some_and(|v| !matches!(v.kind, ExprKind::Ident("_"))) {
                    self.emit(Op::NilCheck { ptr: xr }, x.span);
                }
                self.load_const_into(n, ConstVal::Int(len as i128), TypeId::INT, x.span);
            } else {
                self.emit(Op::Len { dst: n, x: xr }, x.span);
            }
            self.emit(Op::LoadInt { dst: k_tmp, v: -1 }, x.span);
            top = self.fc().pc();
            self.emit(Op::AddIntImm { dst: k_tmp, a: k_tmp, imm: 1 }, x.span);
            exit = self.emit(Op::JumpIfNotLtInt { a: k_tmp, b: n, target: 0 }, x.span);
            if value.is_some_and(|v| !matches!(v.kind, ExprKind::Ident("_"))) && vt != TypeId::VOID {
                self.emit(Op::Index { dst: v_tmp, x: xr, i: k_tmp }, x.span);
            }
        } else if is_chan {
            top = self.fc().pc();
            let okr = self.fc().alloc_n(2);
            self.emit(Op::Recv { dst: okr, ch: xr, ok: true }, x.span);
            self.emit(Op::Move { dst: k_tmp, src: okr }, x.span);
            exit = self.emit(Op::JumpIfNot { cond: okr + 1, target: 0 }, x.span);
        } else {
            let it = self.fc().alloc();
            self.emit(Op::RangeInit { dst: it, x: xr }, x.span);
            top = self.fc().pc();
            exit = self.emit(Op::RangeNext { it, key: k_tmp, val: v_tmp, target: 0 }, x.span);
        }
        self.begin_loop(true);
        self.push_scope();
        // Assigning existing variables is an assignment of two phases
        // (`for i, x[i] = range` indexes with the previous i).
        let bound = if define { self.bound.len() } else { self.bind_lvalue_operands_all_opt(&[key, value]) };
        // Bind the iteration variables (fresh each iteration).
        for (e, src, t) in [(key, k_tmp, kt), (value, v_tmp, vt)] {
            let Some(e) = e else { continue };
            if define {
                if let ExprKind::Ident(name) = &e.kind {
                    if *name == "_" {
                        continue;
                    }
                    let (slot, boxed) = self.declare_local(name, t, e.span);
                    let src = if self.is_aggregate(t) {
                        let c = self.fc().alloc();
                        self.emit(Op::CopyVal { dst: c, src }, e.span);
                        c
                    } else {
                        src
                    };
                    self.init_var(slot, boxed, t, Some(src), e.span);
                }
            } else {
                let lt = self.lvalue_type(e);
                let r = if lt != TypeId::VOID { self.convert_reg(src, t, lt, false, e.span) } else { src };
                self.store(e, r, t);
            }
        }
        self.bound.truncate(bound);
        self.range_body(body);
        let cont = self.fc().pc();
        self.emit(Op::Jump { target: top as u32 }, s.span);
        let end = self.fc().pc();
        self.patch(exit, end);
        self.end_loop(cont, end);
        self.pop_scope();
    }

    /// A range statement's body, then the end of the scope of its iteration
    /// variables. The body is a block of its own: it may declare the
    /// iteration variables' names again (`v := v`).
    fn range_body(&mut self, body: &'a Block<'a>) {
        self.push_scope();
        for st in body.stmts.iter() {
            self.stmt(st);
        }
        self.pop_scope();
        self.pop_scope();
    }

    /// The body of a range statement whose operand was invalid (reported):
    /// types2 still checks it, with the iteration variables it declares
    /// invalid (and used), so the names the body uses count as used.
    fn unchecked_range_body(&mut self, key: Option<&'a Expr<'a>>, value: Option<&'a Expr<'a>>, define: bool, body: &'a Block<'a>) {
        let top = self.fc().pc();
        self.begin_loop(true);
        self.push_scope();
        for e in [key, value].into_iter().flatten() {
            match &e.kind {
                ExprKind::Ident(name) if define && *name != "_" => {
                    let (slot, boxed) = self.declare_local(name, TypeId::VOID, e.span);
                    self.init_var(slot, boxed, TypeId::VOID, None, e.span);
                }
                _ if !define => {
                    self.lvalue_type(e);
                }
                _ => {}
            }
        }
        self.range_body(body);
        let cont = self.fc().pc();
        self.emit(Op::Jump { target: top as u32 }, body.rbrace);
        let end = self.fc().pc();
        self.end_loop(cont, end);
    }

    /// Range over a function iterator: the loop body becomes a closure
    /// `yield` passed to the iterator. `break`, `continue`, `return` and
    /// labeled branches to enclosing loops leave the body by returning
    /// false, with hidden variables telling the code after the iterator
    /// call what to do (not `goto`).
    ///
    /// A range clause that assigns existing variables (`for x = range
    /// seq`) assigns them at the start of each call of the body (the
    /// variables live in cells: `escape` boxes them).
    ///
    /// Divergence: `goto` out of the body is not implemented.
    #[allow(clippy::too_many_arguments)] // the parts of the range statement, already checked by range_stmt
    fn range_func(
        &mut self,
        key: Option<&'a Expr<'a>>,
        value: Option<&'a Expr<'a>>,
        define: bool,
        x: &'a Expr<'a>,
        xo: Opnd,
        sig: types::Sig,
        body: &'a Block<'a>,
    ) {
        // types2's rangeKeyVal: the iterator's shape, then the iteration
        // variables its yield function permits.
        let ysig = sig.params.first().and_then(|&yt| self.tt.sig(yt).cloned());
        let cause = match &ysig {
            _ if sig.params.len() != 1 => Some("func must be func(yield func(...) bool): wrong argument count".to_string()),
            _ if !sig.results.is_empty() => Some("func must be func(yield func(...) bool): unexpected results".to_string()),
            None => Some("func must be func(yield func(...) bool): argument is not func".to_string()),
            Some(ys) if ys.params.len() > 2 => {
                Some("func must be func(yield func(...) bool): yield func has too many parameters".to_string())
            }
            Some(ys) if ys.results.len() == 1 && ys.results[0] != TypeId::BOOL && self.tt.is_boolean(ys.results[0]) => {
                Some("func must be func(yield func(...) bool): yield func returns user-defined boolean, not bool".to_string())
            }
            Some(ys) if ys.results.len() != 1 || ys.results[0] != TypeId::BOOL => {
                Some("func must be func(yield func(...) bool): yield func does not return bool".to_string())
            }
            Some(ys) if ys.variadic => {
                Some(format!("yield func of type {} cannot be variadic", self.tname(self.tt.underlying(sig.params[0]))))
            }
            Some(_) => None,
        };
        if let Some(cause) = cause {
            self.error(x.span, format!("cannot range over {}: {cause}", self.describe(x, &xo)));
            self.unchecked_range_body(key, value, define, body);
            return;
        }
        let ysig = ysig.expect("checked above");
        let var_error = match (key, value) {
            (Some(k), _) if ysig.params.is_empty() => Some((k.span, "permits no iteration variables")),
            (_, Some(v)) if ysig.params.len() < 2 => Some((v.span, "permits only one iteration variable")),
            _ => None,
        };
        if let Some((at, what)) = var_error {
            self.error(at, format!("range over {} {what}", self.describe(x, &xo)));
            self.unchecked_range_body(key, value, define, body);
            return;
        }
        let seq = self.materialize(xo, x.span);
        // Hidden state shared with the body (created once per function).
        let outer_rr = self.fc().range_ret.clone();
        let rr = match outer_rr.clone() {
            Some(rr) => rr,
            None => {
                let n = self.fc().range_count;
                let flag: &'a str = self.arena.alloc_str(&format!("#rf{n}.flag"));
                self.declare_hidden(flag, TypeId::BOOL, true, body.lbrace);
                let rtypes: Vec<TypeId> = self.fc().results.iter().map(|r| r.0).collect();
                let mut results = Vec::new();
                for (i, t) in rtypes.into_iter().enumerate() {
                    let nm: &'a str = self.arena.alloc_str(&format!("#rf{n}.r{i}"));
                    self.declare_hidden(nm, t, true, body.lbrace);
                    results.push((nm, t));
                }
                let sp: &'a str = self.arena.alloc_str(&format!("#rf{n}.sp"));
                let spr = self.declare_hidden(sp, TypeId::INT, false, body.lbrace);
                self.emit(Op::LoadFrameSp { dst: spr }, body.lbrace);
                let next: &'a str = self.arena.alloc_str(&format!("#rf{n}.next"));
                self.declare_hidden(next, TypeId::INT, true, body.lbrace);
                crate::func::RangeRet { flag, next, results, sp }
            }
        };
        // Build the yield closure's prototype by hand.
        let parent = self.fc().name.clone();
        let (n, of_declared) = {
            let fc = self.fc();
            fc.range_count += 1;
            (fc.range_count, !fc.proto.closure)
        };
        let name = format!("{parent}-range{n}");
        // The loop's state (runtime.panicrangestate's): 0 ready, 1 the body
        // returned false, 2 the body is running (or panicked), 3 the loop
        // ended. A call of the body in any state but ready panics.
        // Named after the body function: a nested loop's body counts from 1
        // again, and its state must not shadow the outer one's.
        let state: &'a str = self.arena.alloc_str(&format!("#rs.{name}.state"));
        self.declare_hidden(state, TypeId::INT, true, x.span);
        let f = self.new_func(name.clone());
        let line = self.files[self.ctx.file].map.line(body.lbrace.lo);
        let mut fc = crate::func::FnCtx::new(FuncProto { name: name.clone(), line, closure: true, ..Default::default() }, name);
        fc.escapes = self.scan_escapes(body);
        let np = ysig.params.len() as u16;
        fc.proto.nparams = np;
        fc.proto.nresults = 1;
        fc.proto.param_types = ysig.params.clone();
        fc.proto.result_types = vec![TypeId::BOOL];
        fc.proto.boxed_results = vec![false];
        fc.results = vec![(TypeId::BOOL, false, None)];
        fc.next = np + 1;
        fc.maxr = np + 1;
        fc.range_ret = Some(rr.clone());
        fc.range_state = Some(state);
        fc.range_of_declared = of_declared;
        // A label on the range statement labels the body's loop.
        fc.pending_label = self.fc().pending_label.take();
        self.fstack.push(fc);
        {
            let st = self.load_var(state, x.span);
            let zero = self.load_const(ConstVal::Int(range_state::READY.into()), TypeId::INT, x.span);
            let ready = self.fc().alloc();
            self.emit_eq(ready, st, zero, TypeId::INT, x.span);
            let j = self.emit(Op::JumpIf { cond: ready, target: 0 }, x.span);
            let base = self.fc().alloc();
            self.emit(Op::Move { dst: base, src: st }, x.span);
            let nat = self.native("runtime.panicrangestate");
            self.emit(Op::CallNative { native: nat, base, nargs: 1 }, x.span);
            let ok = self.fc().pc();
            self.patch(j, ok);
            // Running until the body returns: a body that panics leaves
            // the state "panicked" (abi.RF_PANIC).
            let running = self.load_const(ConstVal::Int(range_state::PANIC.into()), TypeId::INT, x.span);
            self.store_var(state, running, x.span);
        }
        if !define {
            // The variables are assigned one after the other, as gc's
            // rewrite of the loop does (`for k, m[k] = range seq` indexes
            // with the new k, unlike a range over a slice).
            for (i, e) in [key, value].into_iter().enumerate() {
                let (Some(e), Some(&t)) = (e, ysig.params.get(i)) else { continue };
                let lt = self.lvalue_type(e);
                let r = if lt != TypeId::VOID { self.convert_reg(i as u16, t, lt, false, e.span) } else { i as u16 };
                self.store(e, r, t);
            }
        }
        for (i, e) in [key, value].into_iter().enumerate() {
            let (Some(e), Some(&t), true) = (e, ysig.params.get(i), define) else { continue };
            if let ExprKind::Ident(nm) = &e.kind {
                if *nm != "_" {
                    let (slot, boxed) = self.declare_local(nm, t, e.span);
                    if self.is_aggregate(t) {
                        // yield's argument may be the iterator's own variable.
                        self.emit(Op::CopyVal { dst: slot, src: i as u16 }, e.span);
                    } else {
                        self.init_var(slot, boxed, t, Some(i as u16), e.span);
                    }
                }
            }
        }
        // break → return false; continue → return true.
        self.begin_loop(true);
        self.push_scope();
        for st in body.stmts.iter() {
            self.stmt(st);
        }
        self.pop_scope();
        let cont = self.fc().pc();
        let ready = self.load_const(ConstVal::Int(range_state::READY.into()), TypeId::INT, body.rbrace);
        self.store_var(state, ready, body.rbrace);
        self.emit(Op::LoadBool { dst: np, v: true }, body.rbrace);
        self.emit(Op::Return, body.rbrace);
        let brk = self.fc().pc();
        self.range_body_stop(body.rbrace);
        self.end_loop(cont, brk);
        self.pop_scope();
        let mut fcx = self.fstack.pop().expect("ctx");
        let exits = std::mem::take(&mut fcx.range_exits);
        let caps = std::mem::take(&mut fcx.captures);
        fcx.finish();
        let mut proto = fcx.proto;
        proto.deferreturn_pc = proto.code.len() as u32 - 1;
        self.funcs[f as usize] = proto;
        let yr = if caps.is_empty() {
            let d = self.fc().alloc();
            self.emit(Op::LoadFunc { dst: d, func: f }, body.lbrace);
            d
        } else {
            let base = self.fc().alloc_n(caps.len());
            for (i, c) in caps.iter().enumerate() {
                match c.src {
                    crate::func::CapSrc::Slot(sl) => self.emit(Op::Move { dst: base + i as u16, src: sl }, body.lbrace),
                    crate::func::CapSrc::Capture(ci) => self.emit(Op::LoadCapture { dst: base + i as u16, idx: ci }, body.lbrace),
                };
            }
            let d = self.fc().alloc();
            self.emit(Op::MakeClosure { dst: d, func: f, caps: base, n: caps.len() as u16 }, body.lbrace);
            d
        };
        let base = self.fc().alloc_n(3);
        self.emit(Op::Move { dst: base + 1, src: yr }, x.span);
        self.emit(Op::CallValue { callee: seq, base, nargs: 1, nres: 0 }, x.span);
        // The iterator returned while a body call had not: it recovered
        // the body's panic (abi.RF_MISSING_PANIC; gc's check is
        // at the loop's closing brace).
        {
            let st = self.load_var(state, body.rbrace);
            let panicked = self.load_const(ConstVal::Int(range_state::PANIC.into()), TypeId::INT, body.rbrace);
            let is = self.fc().alloc();
            self.emit_eq(is, st, panicked, TypeId::INT, body.rbrace);
            let j = self.emit(Op::JumpIfNot { cond: is, target: 0 }, body.rbrace);
            let base = self.fc().alloc();
            self.emit(Op::LoadInt { dst: base, v: range_state::MISSING_PANIC as i32 }, body.rbrace);
            let nat = self.native("runtime.panicrangestate");
            self.emit(Op::CallNative { native: nat, base, nargs: 1 }, body.rbrace);
            let ok = self.fc().pc();
            self.patch(j, ok);
        }
        let exhausted = self.load_const(ConstVal::Int(range_state::EXHAUSTED.into()), TypeId::INT, x.span);
        self.store_var(state, exhausted, x.span);
        // A `return` in the body: return from this function too.
        let flag = self.load_var(rr.flag, x.span);
        let j = self.emit(Op::JumpIfNot { cond: flag, target: 0 }, x.span);
        if outer_rr.is_some() {
            // Inside an outer loop body: stop that loop as well.
            self.range_body_stop(x.span);
        } else {
            let np = self.fc().proto.nparams;
            let boxed: Vec<bool> = self.fc().results.iter().map(|r| r.1).collect();
            for (i, (nm, _)) in rr.results.iter().enumerate() {
                let v = self.load_var(nm, x.span);
                let slot = np + i as u16;
                if boxed[i] {
                    self.emit(Op::StoreCell { cell: slot, src: v }, x.span);
                } else {
                    self.emit(Op::Move { dst: slot, src: v }, x.span);
                }
            }
            self.emit(Op::Return, x.span);
        }
        let after = self.fc().pc();
        self.patch(j, after);
        // Labeled branches out of the body: taken here if the loop is in
        // this function, else passed on by stopping this body as well.
        let mut seen: Vec<i128> = Vec::new();
        for (code, label, is_break) in exits {
            if seen.contains(&code) {
                continue;
            }
            seen.push(code);
            let next = self.load_var(rr.next, x.span);
            let k = self.load_const(ConstVal::Int(code), TypeId::INT, x.span);
            let eq = self.fc().alloc();
            self.emit_eq(eq, next, k, TypeId::INT, x.span);
            let skip = self.emit(Op::JumpIfNot { cond: eq, target: 0 }, x.span);
            let target = self.fc().loops.iter().rposition(|c| c.label == Some(label));
            match target {
                Some(ti) => {
                    let zero = self.load_const(ConstVal::Int(0), TypeId::INT, x.span);
                    self.store_var(rr.next, zero, x.span);
                    let jmp = self.emit(Op::Jump { target: 0 }, x.span);
                    let l = &mut self.fc().loops[ti];
                    if is_break {
                        l.breaks.push(jmp);
                    } else {
                        l.continues.push(jmp);
                    }
                }
                None if outer_rr.is_some() => {
                    self.fc().range_exits.push((code, label, is_break));
                    self.range_body_stop(x.span);
                }
                None => {}
            }
            let pc = self.fc().pc();
            self.patch(skip, pc);
        }
    }

    /// Reads a (possibly captured, possibly boxed) variable by name.
    fn load_var(&mut self, name: &'a str, span: Span) -> Reg {
        let d = self.fc().alloc();
        match self.lookup_local(name, true) {
            Some(VarRef::Slot { slot, boxed: true, .. }) => {
                self.emit(Op::LoadCell { dst: d, cell: slot }, span);
            }
            Some(VarRef::Slot { slot, .. }) => {
                self.emit(Op::Move { dst: d, src: slot }, span);
            }
            Some(VarRef::Capture { idx, boxed, .. }) => {
                self.emit(Op::LoadCapture { dst: d, idx }, span);
                if boxed {
                    self.emit(Op::LoadCell { dst: d, cell: d }, span);
                }
            }
            _ => {}
        }
        d
    }

    /// Writes a boxed variable (possibly captured) by name.
    fn store_var(&mut self, name: &'a str, v: Reg, span: Span) {
        match self.lookup_local(name, false) {
            Some(VarRef::Slot { slot, .. }) => {
                self.emit(Op::StoreCell { cell: slot, src: v }, span);
            }
            Some(VarRef::Capture { idx, .. }) => {
                let c = self.fc().alloc();
                self.emit(Op::LoadCapture { dst: c, idx }, span);
                self.emit(Op::StoreCell { cell: c, src: v }, span);
            }
            _ => {}
        }
    }

    // ------------------------------------------------------------------
    // switch

    fn switch_stmt(&mut self, init: Option<&'a Stmt<'a>>, tag: Option<&'a Expr<'a>>, body: &'a [CaseClause<'a>], s: &'a Stmt<'a>) {
        self.push_scope();
        let label = self.fc().pending_label.take();
        if let Some(i) = init {
            self.stmt(i);
        }
        self.fc().pending_label = label;
        let (tr, tt) = match tag {
            Some(t) => {
                let (r, ty) = self.value_default(t);
                (Some(r), ty)
            }
            None => (None, TypeId::BOOL),
        };
        // Dispatch: compare and jump to each clause body.
        let mut body_jumps: Vec<Vec<usize>> = vec![Vec::new(); body.len()];
        let mut default = None;
        // Constant cases seen so far, with where they are (for `previous case`).
        // A case is a duplicate of one with the same value and type (with
        // an interface tag, `case 3` and `case T(3)` differ).
        let mut seen: Vec<((crate::constant::ConstVal, TypeId), u32)> = Vec::new();
        // The same for integers and strings by value, so that 100,000 cases
        // cost a hash lookup each, not a scan.
        let mut seen_ints: types::FastMap<(i128, TypeId), u32> = Default::default();
        let mut seen_strs: types::FastMap<(Vec<u8>, TypeId), u32> = Default::default();
        for (ci, c) in body.iter().enumerate() {
            let Some(list) = c.list else {
                default = Some(ci);
                continue;
            };
            for e in list.iter() {
                let mark = self.fc().next;
                let cond = match tr {
                    Some(r) => {
                        let eo = self.expr(e, Some(tt));
                        if let Opnd::Const(v, vt) = &eo {
                            let kt = if self.tt.is_interface(tt) { self.tt.default_type(*vt) } else { tt };
                            let prev = match v {
                                crate::constant::ConstVal::Int(i) => first_at(&mut seen_ints, (*i, kt.canonical()), e.span.lo),
                                crate::constant::ConstVal::Str(b) => first_at(&mut seen_strs, (b.to_vec(), kt.canonical()), e.span.lo),
                                _ => seen.iter().find(|((s, st), _)| s == v && *st == kt).map(|p| p.1),
                            };
                            if let Some(prev) = prev {
                                let at = crate::pos_ref(&self.files[self.ctx.file].map, prev);
                                let msg = format!(
                                    "duplicate case {} (constant of type {}) in expression switch\n\t{at}: previous case",
                                    self.expr_text(e),
                                    self.tname(kt)
                                );
                                self.error(e.span, msg);
                            } else {
                                seen.push(((v.clone(), kt), e.span.lo));
                            }
                        }
                        let er = self.assign_op_cmp(eo, e, tt, tag);
                        let d = self.fc().alloc();
                        self.emit_eq(d, r, er, tt, e.span);
                        d
                    }
                    None => {
                        // A missing tag is the constant true of type bool:
                        // a case of an interface type bool implements is
                        // compared with it (`case i:` is `true == i`).
                        let eo = self.expr(e, Some(TypeId::BOOL));
                        let et = eo.ty();
                        if matches!(eo, Opnd::Reg(..)) && self.tt.is_interface(et) && self.assignable(TypeId::BOOL, et) {
                            let r = self.materialize(eo, e.span);
                            let t = self.load_const(crate::constant::ConstVal::Bool(true), TypeId::BOOL, e.span);
                            let ti = self.convert_reg(t, TypeId::BOOL, et, false, e.span);
                            let d = self.fc().alloc();
                            self.emit_eq(d, ti, r, et, e.span);
                            d
                        } else {
                            self.assign_op(eo, e, TypeId::BOOL, "switch case")
                        }
                    }
                };
                let j = self.emit(Op::JumpIf { cond, target: 0 }, e.span);
                body_jumps[ci].push(j);
                self.fc().next = mark;
            }
        }
        let to_default = self.emit(Op::Jump { target: 0 }, s.span);
        self.begin_loop(false);
        let mut ends = Vec::new();
        let mut fall_from: Option<usize> = None;
        for (ci, c) in body.iter().enumerate() {
            let start = self.fc().pc();
            for j in &body_jumps[ci] {
                self.patch(*j, start);
            }
            if default == Some(ci) {
                self.patch(to_default, start);
            }
            if let Some(f) = fall_from.take() {
                self.patch(f, start);
            }
            self.push_scope();
            for st in c.body.iter() {
                self.stmt(st);
            }
            self.pop_scope();
            let falls = matches!(c.body.last().map(|l| &l.kind), Some(StmtKind::Branch { kind: BranchKind::Fallthrough, .. }));
            if falls {
                fall_from = Some(self.emit(Op::Jump { target: 0 }, c.span));
            } else {
                ends.push(self.emit(Op::Jump { target: 0 }, c.span));
            }
        }
        let end = self.fc().pc();
        if default.is_none() {
            self.patch(to_default, end);
        }
        for j in ends {
            self.patch(j, end);
        }
        if let Some(f) = fall_from {
            self.patch(f, end);
        }
        self.end_loop(end, end);
        self.pop_scope();
    }

    /// An untyped constant (or nil) case value is converted to the tag's
    /// type first (types2's caseValues: convertUntyped), as is an untyped
    /// constant operand of a binary operation with a typed one (matchTypes),
    /// with that conversion's words: `cannot convert "a" (untyped string
    /// constant) to type int` (`kinds`: for a case; an operation reports
    /// mismatched kinds itself), `1.5 (untyped float constant) truncated to
    /// int`, `300 (untyped int constant) overflows byte`. Reports and
    /// returns true when the conversion fails.
    pub(crate) fn untyped_conversion_error(&mut self, eo: &Opnd, e: &'a Expr<'a>, t: TypeId, kinds: bool) -> bool {
        if self.tt.is_interface(t) || self.fake_tparam(t).is_some() || t == TypeId::VOID {
            return false;
        }
        let u = self.tt.underlying(t);
        let msg = match eo {
            Opnd::Nil if !self.nillable(t) => format!("cannot convert nil to type {}", self.tname(u)),
            Opnd::Const(v, ct) if self.tt.is_untyped(*ct) => {
                let desc = self.describe(e, eo);
                let fits = self.tt.is_boolean(*ct) && self.tt.is_boolean(u)
                    || self.tt.is_string(*ct) && self.tt.is_string(u)
                    || self.tt.is_numeric(*ct) && self.tt.is_numeric(u);
                if !fits && !kinds {
                    return false;
                } else if !fits {
                    format!("cannot convert {desc} to type {}", self.tname(u))
                } else if self.tt.is_integer(u)
                    && v.as_int().is_none()
                    && matches!(v, ConstVal::Float(_) | ConstVal::Rat(..) | ConstVal::BigRat(_))
                {
                    format!("{desc} truncated to {}", self.tname(u))
                } else if self.const_overflows(v, u) == Some(true) {
                    format!("{desc} overflows {}", self.tname(u))
                } else {
                    return false;
                }
            }
            _ => return false,
        };
        self.error(e.span, msg);
        true
    }

    fn assign_op_cmp(&mut self, eo: Opnd, e: &'a Expr<'a>, t: TypeId, tag: Option<&'a Expr<'a>>) -> Reg {
        let et = eo.ty();
        match eo {
            Opnd::Const(..) | Opnd::Nil if self.untyped_conversion_error(&eo, e, t, true) => 0,
            Opnd::Const(..) | Opnd::Nil => self.assign_op(eo, e, t, "switch case"),
            eo => {
                let r = self.materialize(eo, e.span);
                if self.tt.is_interface(t) && !self.tt.is_interface(et) {
                    self.convert_reg(r, et, t, false, e.span)
                } else {
                    if et != t && !self.assignable(et, t) && !self.assignable(t, et) {
                        self.error(
                            e.span,
                            format!(
                                "invalid case {} in switch on {} (mismatched types {} and {})",
                                self.expr_text(e),
                                tag.map_or_else(|| "true".to_string(), |x| self.expr_text(x)),
                                self.tname(et),
                                self.tname(t)
                            ),
                        );
                    }
                    r
                }
            }
        }
    }

    /// d := a == b for values of type t.
    pub(crate) fn emit_eq(&mut self, d: Reg, a: Reg, b: Reg, t: TypeId, span: Span) {
        let tt = &self.tt;
        if tt.is_integer(t) {
            let unsigned = tt.is_unsigned(t);
            self.emit(Op::CmpInt { op: bytecode::BinOp::Eq, dst: d, a, b, unsigned }, span);
        } else if tt.is_string(t) {
            self.emit(Op::CmpStr { op: bytecode::BinOp::Eq, dst: d, a, b }, span);
        } else if tt.is_float(t) {
            self.emit(Op::CmpFloat { op: bytecode::BinOp::Eq, dst: d, a, b }, span);
        } else {
            self.emit(Op::Equal { dst: d, a, b, ne: false }, span);
        }
    }

    fn type_switch(
        &mut self,
        init: Option<&'a Stmt<'a>>,
        bind: Option<&Ident<'a>>,
        x: &'a Expr<'a>,
        body: &'a [CaseClause<'a>],
        s: &'a Stmt<'a>,
    ) {
        self.push_scope();
        let label = self.fc().pending_label.take();
        if let Some(i) = init {
            self.stmt(i);
        }
        self.fc().pending_label = label;
        let xo = self.expr(x, None);
        let xt = xo.ty();
        if !self.tt.is_interface(xt) || self.iface_tparam(xt) {
            if self.iface_tparam(xt) {
                self.error(x.span, format!("cannot use type switch on type parameter value {}", self.describe(x, &xo)));
            } else if !matches!(xo, Opnd::Bad) {
                self.error(x.span, format!("{} is not an interface", self.describe(x, &xo)));
            }
            self.unchecked_type_switch_clauses(bind, body);
            self.pop_scope();
            return;
        }
        let xr = self.materialize(xo, x.span);
        let mut body_jumps: Vec<Vec<usize>> = vec![Vec::new(); body.len()];
        let mut clause_types: Vec<Option<TypeId>> = vec![None; body.len()];
        let mut default = None;
        // The types of the cases so far, and the first nil, for duplicates.
        let mut seen: Vec<(TypeId, u32)> = Vec::new();
        let mut first_nil: Option<u32> = None;
        for (ci, c) in body.iter().enumerate() {
            let Some(list) = c.list else {
                default = Some(ci);
                continue;
            };
            for e in list.iter() {
                let mark = self.fc().next;
                let d = self.fc().alloc();
                let t = if matches!(e.kind, ExprKind::Ident("nil")) {
                    if let Some(first) = first_nil {
                        let at = crate::pos_ref(&self.files[self.ctx.file].map, first);
                        self.error(e.span, format!("duplicate case nil in type switch\n\t{at}: previous case"));
                    }
                    first_nil.get_or_insert(e.span.lo);
                    self.emit(Op::IsType { dst: d, src: xr, ty: TypeId::UNTYPED_NIL }, e.span);
                    None
                } else {
                    let t = self.resolve_type(e);
                    // (In an instance of a generic body, `case T` and `case
                    // int` may meet: Go checks the body once, generically,
                    // as `check_generic_bodies` does.)
                    match seen.iter().find(|s| s.0 == t) {
                        Some(&(_, first)) if self.ctx.subst.values().all(|t| self.fake_tparam(*t).is_some()) => {
                            let at = crate::pos_ref(&self.files[self.ctx.file].map, first);
                            self.error(e.span, format!("duplicate case {} in type switch\n\t{at}: previous case", self.tname(t)));
                        }
                        Some(_) => {}
                        None => seen.push((t, e.span.lo)),
                    }
                    if self.tt.is_interface(t) {
                        self.emit(Op::Implements { dst: d, src: xr, ty: t }, e.span);
                    } else {
                        let generic = self.is_type_param_expr(e);
                        if let Some(m) = self.missing_method(t, xt).filter(|_| !generic) {
                            self.error(
                                e.span,
                                format!(
                                    "impossible type switch case: {}\n\t{} cannot have dynamic type {} {}",
                                    self.expr_text(e),
                                    self.describe(x, &Opnd::Reg(xr, xt)),
                                    self.tname(t),
                                    crate::expr::paren_why(&m)
                                ),
                            );
                        }
                        self.emit(Op::IsType { dst: d, src: xr, ty: t }, e.span);
                    }
                    Some(t)
                };
                if list.len() == 1 {
                    clause_types[ci] = t;
                }
                let j = self.emit(Op::JumpIf { cond: d, target: 0 }, e.span);
                body_jumps[ci].push(j);
                self.fc().next = mark;
            }
        }
        let to_default = self.emit(Op::Jump { target: 0 }, s.span);
        self.begin_loop(false);
        let mut ends = Vec::new();
        let mut bind_used = false;
        let mut any_bind_slot = Vec::new();
        for (ci, c) in body.iter().enumerate() {
            let start = self.fc().pc();
            for j in &body_jumps[ci] {
                self.patch(*j, start);
            }
            if default == Some(ci) {
                self.patch(to_default, start);
            }
            self.push_scope();
            if let Some(b) = bind {
                if b.name != "_" {
                    let t = clause_types[ci].unwrap_or(xt);
                    let (slot, boxed) = self.declare_local(b.name, t, b.span);
                    let src = if self.tt.is_interface(t) {
                        xr
                    } else {
                        let d = self.fc().alloc();
                        self.emit(Op::IfaceData { dst: d, src: xr }, b.span);
                        // The interface's own box: the variable gets a copy.
                        if self.is_aggregate(t) {
                            self.emit(Op::CopyVal { dst: d, src: d }, b.span);
                        }
                        d
                    };
                    self.init_var(slot, boxed, t, Some(src), b.span);
                    any_bind_slot.push(());
                }
            }
            for st in c.body.iter() {
                self.stmt(st);
            }
            // The bound variable counts as used if any clause uses it.
            if bind.is_some() {
                if let Some(scope) = self.fc().scopes.last_mut() {
                    if let Some(l) = scope.first_mut() {
                        bind_used |= l.used;
                        l.used = true;
                    }
                }
            }
            self.pop_scope();
            ends.push(self.emit(Op::Jump { target: 0 }, c.span));
        }
        if let Some(b) = bind {
            if !bind_used && b.name != "_" {
                self.error(b.span, format!("{} declared and not used", b.name));
            }
        }
        let end = self.fc().pc();
        if default.is_none() {
            self.patch(to_default, end);
        }
        for j in ends {
            self.patch(j, end);
        }
        self.end_loop(end, end);
        self.pop_scope();
    }

    /// A type as types2's typesSummary lists it in `have (...)`: an
    /// untyped numeric constant is a `number`, other untyped types lose
    /// their `untyped`.
    pub(crate) fn summary_name(&self, t: TypeId) -> String {
        if self.tt.is_untyped(t) && self.tt.is_numeric(t) {
            "number".to_string()
        } else {
            self.tname(t).trim_start_matches("untyped ").to_string()
        }
    }

    /// The clauses of a type switch whose operand was invalid (reported):
    /// types2 still checks their case types and bodies, so the names they
    /// use count as used and their own errors are reported; the bound
    /// variable is invalid (no code runs: the program has errors).
    fn unchecked_type_switch_clauses(&mut self, bind: Option<&Ident<'a>>, body: &'a [CaseClause<'a>]) {
        self.begin_loop(false);
        let bind = bind.filter(|b| b.name != "_");
        let mut bind_used = false;
        for c in body {
            for e in c.list.iter().flat_map(|l| l.iter()) {
                if !matches!(e.kind, ExprKind::Ident("nil")) {
                    self.resolve_type(e);
                }
            }
            self.push_scope();
            if let Some(b) = bind {
                let (slot, boxed) = self.declare_local(b.name, TypeId::VOID, b.span);
                self.init_var(slot, boxed, TypeId::VOID, None, b.span);
                // Invalid, but still "declared and not used" if no clause
                // uses it (types2 reports that one).
                if let Some(l) = self.fc().scopes.last_mut().and_then(|s| s.first_mut()) {
                    l.used = false;
                }
            }
            for st in c.body.iter() {
                self.stmt(st);
            }
            if bind.is_some() {
                if let Some(l) = self.fc().scopes.last_mut().and_then(|s| s.first_mut()) {
                    bind_used |= l.used;
                    l.used = true;
                }
            }
            self.pop_scope();
        }
        if let Some(b) = bind.filter(|_| !bind_used) {
            self.error(b.span, format!("{} declared and not used", b.name));
        }
        let end = self.fc().pc();
        self.end_loop(end, end);
    }

    fn select_stmt(&mut self, body: &'a [CommClause<'a>], s: &'a Stmt<'a>) {
        // gc compiles a one-case select as the operation itself (it blocks
        // as a channel send/receive and reports that case's line).
        if let [CommClause { comm: Some(comm), body: stmts, .. }] = body {
            self.begin_loop(false);
            self.push_scope();
            self.stmt(comm);
            for st in stmts.iter() {
                self.stmt(st);
            }
            self.pop_scope();
            let end = self.fc().pc();
            self.end_loop(end, end);
            return;
        }
        let n = body.iter().filter(|c| c.comm.is_some()).count() as u16;
        let has_default = body.iter().any(|c| c.comm.is_none());
        let base = self.fc().alloc_n(3 * n.max(1) as usize);
        let mut case_index = Vec::new();
        let mut k = 0u16;
        for c in body.iter() {
            let Some(comm) = c.comm else {
                case_index.push(None);
                continue;
            };
            let slot = base + 3 * k;
            match &comm.kind {
                StmtKind::Send { ch, value } => {
                    let co = self.expr(ch, None);
                    // The send statement's checks (the operand is a channel
                    // one may send to).
                    let ct = co.ty();
                    if !matches!(co, Opnd::Bad) && !matches!(self.tt.ukind(ct), Kind::Chan(..)) {
                        let msg = if self.iface_tparam(ct) {
                            format!("invalid operation: cannot send to {}: no specific channel type", self.describe(ch, &co))
                        } else {
                            format!("invalid operation: cannot send to non-channel {} {}", self.tname(ct), self.describe(ch, &co))
                        };
                        self.error(comm.span, msg);
                    } else if matches!(self.tt.ukind(ct), Kind::Chan(types::ChanDir::Recv, _)) {
                        let msg =
                            format!("invalid operation: cannot send to receive-only channel {} {}", self.tname(ct), self.describe(ch, &co));
                        self.error(comm.span, msg);
                    }
                    let et = self.tt.elem(co.ty()).unwrap_or(TypeId::INT);
                    let cr = self.materialize(co, ch.span);
                    let v = self.value(value, et, "send");
                    self.emit(Op::LoadInt { dst: slot, v: 0 }, comm.span);
                    self.emit(Op::Move { dst: slot + 1, src: cr }, comm.span);
                    self.emit(Op::Move { dst: slot + 2, src: v }, comm.span);
                }
                _ => {
                    let ch = recv_chan(comm);
                    let Some(ch) = ch else {
                        self.error(comm.span, "select case must be receive, send or assign recv");
                        continue;
                    };
                    let co = self.expr(ch, None);
                    self.check_recv_operand(ch, &co);
                    let cr = self.materialize(co, ch.span);
                    self.emit(Op::LoadInt { dst: slot, v: 1 }, comm.span);
                    self.emit(Op::Move { dst: slot + 1, src: cr }, comm.span);
                }
            }
            case_index.push(Some(k));
            k += 1;
        }
        let d = self.fc().alloc_n(3);
        // One case and a default: gc's non-blocking operation, at the case.
        let at = match body.iter().find_map(|c| c.comm) {
            Some(comm) if n == 1 => comm.span,
            _ => s.span,
        };
        self.emit(Op::Select { dst: d, base, n, has_default }, at);
        self.begin_loop(false);
        let mut ends = Vec::new();
        for (c, idx) in body.iter().zip(case_index) {
            let mark = self.fc().next;
            let want = idx.map(|i| i as i32).unwrap_or(-1);
            let w = self.fc().alloc();
            self.emit(Op::LoadInt { dst: w, v: want }, c.span);
            let cond = self.fc().alloc();
            self.emit(Op::CmpInt { op: bytecode::BinOp::Eq, dst: cond, a: d, b: w, unsigned: false }, c.span);
            let skip = self.emit(Op::JumpIfNot { cond, target: 0 }, c.span);
            self.fc().next = mark;
            self.push_scope();
            if let Some(comm) = c.comm {
                if let StmtKind::Assign { lhs, op, .. } = &comm.kind {
                    let et = {
                        let ch = recv_chan(comm).expect("recv");
                        let m = self.mark();
                        let t = self.expr(ch, None).ty();
                        self.rollback(m, false);
                        self.tt.elem(t).unwrap_or(TypeId::INT)
                    };
                    for (i, l) in lhs.iter().enumerate() {
                        let (src, t) = if i == 0 { (d + 1, et) } else { (d + 2, TypeId::BOOL) };
                        if *op == AssignOp::Define {
                            if let ExprKind::Ident(name) = &l.kind {
                                if *name != "_" {
                                    let (slot, boxed) = self.declare_local(name, t, l.span);
                                    self.init_var(slot, boxed, t, Some(src), l.span);
                                }
                            }
                        } else {
                            self.store(l, src, t);
                        }
                    }
                }
            }
            for st in c.body.iter() {
                self.stmt(st);
            }
            self.pop_scope();
            ends.push(self.emit(Op::Jump { target: 0 }, c.span));
            let next = self.fc().pc();
            self.patch(skip, next);
        }
        let end = self.fc().pc();
        for j in ends {
            self.patch(j, end);
        }
        self.end_loop(end, end);
        let _ = addressable;
    }

    /// Packs call arguments for a signature into registers (variadic
    /// extras become a slice). None after reporting an error.
    pub(crate) fn pack_args(
        &mut self,
        s: &types::Sig,
        ops: Vec<Opnd>,
        args: &'a [Expr<'a>],
        ellipsis: bool,
        e: &'a Expr<'a>,
    ) -> Option<Vec<Reg>> {
        let np = s.params.len();
        let nfixed = if s.variadic { np - 1 } else { np };
        let mut vals: Vec<(Opnd, Option<&'a Expr<'a>>)> = Vec::new();
        if ops.len() == 1 {
            if let Opnd::Multi(base, ts) = &ops[0] {
                if ts.len() > 1 {
                    for (i, t) in ts.iter().enumerate() {
                        vals.push((Opnd::Reg(base + i as u16, *t), None));
                    }
                }
            }
        }
        if vals.is_empty() {
            for (o, a) in ops.into_iter().zip(args.iter()) {
                vals.push((o, Some(a)));
            }
        }
        if vals.len() < nfixed || (!s.variadic && vals.len() != np) {
            self.error(e.span, format!("wrong number of arguments in call to {}", self.expr_text(e)));
            return None;
        }
        let mut regs = Vec::new();
        let mut extra = Vec::new();
        for (i, (o, a)) in vals.into_iter().enumerate() {
            let span = a.map(|a| a.span).unwrap_or(e.span);
            let (t, is_extra) = if s.variadic && i >= nfixed && !ellipsis {
                (self.tt.elem(s.params[np - 1]).unwrap_or(TypeId::ANY), true)
            } else {
                (s.params[i.min(np - 1)], false)
            };
            let r = match a {
                Some(a) => self.assign_op(o, a, t, "argument"),
                None => {
                    let r = self.materialize(o.clone(), span);
                    self.convert_reg(r, o.ty(), t, false, span)
                }
            };
            if is_extra {
                extra.push(r);
            } else {
                regs.push(r);
            }
        }
        if s.variadic && !ellipsis {
            let d = if extra.is_empty() {
                let d = self.fc().alloc();
                self.emit(Op::LoadNil { dst: d }, e.span);
                d
            } else {
                let base = self.fc().alloc_n(extra.len());
                for (i, r) in extra.iter().enumerate() {
                    self.emit(Op::Move { dst: base + i as u16, src: *r }, e.span);
                }
                let d = self.fc().alloc();
                self.emit(Op::SliceLit { dst: d, ty: s.params[np - 1], base, n: extra.len() as u16 }, e.span);
                d
            };
            regs.push(d);
        }
        Some(regs)
    }
}

fn recv_chan<'a>(s: &'a Stmt<'a>) -> Option<&'a Expr<'a>> {
    let e = match &s.kind {
        StmtKind::Expr(e) => e,
        StmtKind::Assign { rhs, .. } if rhs.len() == 1 => &rhs[0],
        _ => return None,
    };
    match &e.kind {
        ExprKind::Unary(UnaryOp::Recv, ch) => Some(ch),
        ExprKind::Paren(inner) => match &inner.kind {
            ExprKind::Unary(UnaryOp::Recv, ch) => Some(ch),
            _ => None,
        },
        _ => None,
    }
}

/// "1st", "2nd", ... as types2's nth spells them.
pub(crate) fn nth(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, 11) | (2, 12) | (3, 13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// Where an expression starts (types2 reports operands there).
fn expr_start(e: &Expr) -> Span {
    match &e.kind {
        ExprKind::Binary { x, .. } => expr_start(x),
        ExprKind::Index(x, _) | ExprKind::Selector(x, _) | ExprKind::TypeAssert(x, _) | ExprKind::Call { fun: x, .. } => expr_start(x),
        _ => e.span,
    }
}

/// The callee as types2 names it in "assignment mismatch" messages: `two`
/// for `two()`, `p.f` for `p.f(x)`.
fn call_name(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Call { fun, .. } => crate::expr::expr_string(fun),
        ExprKind::Paren(x) => call_name(x),
        _ => crate::expr::expr_string(e),
    }
}

/// Where `k` was first seen (None the first time, which records `at`).
fn first_at<K: std::hash::Hash + Eq>(seen: &mut types::FastMap<K, u32>, k: K, at: u32) -> Option<u32> {
    match seen.entry(k) {
        std::collections::hash_map::Entry::Occupied(o) => Some(*o.get()),
        std::collections::hash_map::Entry::Vacant(v) => {
            v.insert(at);
            None
        }
    }
}
