//! Calls: functions, methods, func values, natives, conversions, builtins,
//! and generic type-argument inference.

use types::FastMap as HashMap;

use bytecode::{ConvKind, Op, Reg};
use syntax::ast::*;
use types::{Kind, TypeId};

use crate::constant::ConstVal;
use crate::expr::{addressable, describe_const_type, Opnd};
use crate::{Builtin, Compiler, ObjKind, NATIVE_BIT};

/// What is being called.
enum Callee {
    Static(u32),
    Value(Reg),
    Iface(u32),
}

impl<'a> Compiler<'a> {
    pub(crate) fn call(&mut self, fun: &'a Expr<'a>, args: &'a [Expr<'a>], ellipsis: bool, e: &'a Expr<'a>) -> Opnd {
        // `v.M(x, f())`: f runs before v and x are read, as in gc (order.rs).
        let mark = if self.orders_call(fun) {
            let ops: Vec<&'a Expr<'a>> = std::iter::once(fun).chain(args.iter()).collect();
            self.order_operands(&ops)
        } else {
            self.bound.len()
        };
        let o = self.call_operands(fun, args, ellipsis, e);
        self.bound.truncate(mark);
        o
    }

    fn call_operands(&mut self, fun: &'a Expr<'a>, args: &'a [Expr<'a>], ellipsis: bool, e: &'a Expr<'a>) -> Opnd {
        self.fc().recv_nocopy = matches!(fun.kind, ExprKind::Selector(..));
        let fo = self.expr(fun, None);
        self.fc().recv_nocopy = false;
        match fo {
            Opnd::Type(t) => {
                let o = self.conversion(t, args, e);
                // A conversion to a type parameter is not a constant, whatever
                // the type argument (types2's conversion: `T(0)` is a value).
                match o {
                    Opnd::Const(v, t) if self.names_type_param(fun) => {
                        let r = self.load_const(v, t, e.span);
                        Opnd::Reg(r, t)
                    }
                    o => o,
                }
            }
            Opnd::Builtin(b) => self.builtin_call(b, args, ellipsis, e),
            Opnd::Bad => {
                for a in args.iter() {
                    let _ = self.expr(a, None);
                }
                Opnd::Bad
            }
            Opnd::Generic(id) => match self.generic_call(id, &[], &[], args, e) {
                Some((f, sig, ops)) => self.finish_call(Callee::Static(f), None, sig, ops, args, ellipsis, e),
                None => Opnd::Bad,
            },
            Opnd::PartialInst(p) => match self.generic_call(p.id, &p.targs, &p.spans, args, e) {
                Some((f, sig, ops)) => self.finish_call(Callee::Static(f), None, sig, ops, args, ellipsis, e),
                None => Opnd::Bad,
            },
            Opnd::Func(f, sig) => {
                let s = self.tt.sig(sig).cloned();
                let ops = self.eval_args(args, s.as_ref());
                self.finish_call(Callee::Static(f), None, sig, ops, args, ellipsis, e)
            }
            Opnd::Method(m) => {
                let s = self.tt.sig(m.sig).cloned();
                let ops = self.eval_args(args, s.as_ref());
                let callee = match m.iface_name {
                    Some(k) => Callee::Iface(k),
                    None => Callee::Static(m.func),
                };
                self.finish_call(callee, Some(m.recv), m.sig, ops, args, ellipsis, e)
            }
            fo => {
                let t = fo.ty();
                if let Some(cause) = self.no_core_type(t) {
                    self.error(e.span, format!("invalid operation: cannot call {}: {cause}", self.describe(fun, &fo)));
                    return Opnd::Bad;
                }
                let Some(s) = self.tt.sig(t).cloned() else {
                    let msg = format!("invalid operation: cannot call {}: {} is not a function", self.describe(fun, &fo), self.tname(t));
                    self.error(e.span, msg);
                    return Opnd::Bad;
                };
                let r = self.materialize(fo, fun.span);
                let ops = self.eval_args(args, Some(&s));
                self.finish_call(Callee::Value(r), None, t, ops, args, ellipsis, e)
            }
        }
    }

    /// The type of `x` when `x` is an aggregate held in this function's
    /// own frame that nothing else can reach while a call runs: a local
    /// variable (or a field path of one) that is not captured, not
    /// addressed, not sliced and not the receiver of a pointer method
    /// (`Escapes::pinned`). Such an argument is passed without a copy;
    /// the callee copies a parameter it writes to (`Escapes::written`).
    pub(crate) fn arg_storage_stable(&self, x: &Expr) -> Option<TypeId> {
        match &x.kind {
            ExprKind::Paren(i) => self.arg_storage_stable(i),
            ExprKind::Ident(n) => {
                let (_, t) = self.own_var(n)?;
                (*n != "_" && self.is_aggregate(t) && !self.storage_pinned(n)).then_some(t)
            }
            ExprKind::Selector(i, sel) => {
                let t = self.arg_storage_stable(i)?;
                let f = self.tt.struct_fields(t)?.iter().find(|f| f.name == sel.name)?;
                self.is_aggregate(f.ty).then_some(f.ty)
            }
            _ => None,
        }
    }

    /// The slot and type of `n` when it names an unboxed variable of the
    /// function being compiled (not a capture, not a package-level variable).
    pub(crate) fn own_var(&self, n: &str) -> Option<(Reg, TypeId)> {
        let fc = self.fstack.last()?;
        let l = fc.scopes.iter().rev().find_map(|sc| sc.find(n))?;
        (matches!(l.kind, crate::func::LocalKind::Var) && !l.boxed).then_some((l.slot, l.ty))
    }

    /// Whether the body may reach the storage of variable `n` other than
    /// by its name: captured, addressed, sliced, or the receiver (maybe
    /// through fields) of a pointer method. Unknowns count as pinned.
    pub(crate) fn storage_pinned(&self, n: &str) -> bool {
        let Some(fc) = self.fstack.last() else { return true };
        if fc.escapes.pinned.contains(n) {
            return true;
        }
        fc.escapes.ptr_sels.iter().filter(|s| s.0 == n).any(|&(_, x, m)| {
            let Some(t) = self.path_type(x) else { return true };
            if self.tt.is_interface(t) || matches!(self.tt.ukind(t), Kind::Pointer(_)) {
                return false;
            }
            match self.lookup_sel(t, m) {
                crate::expr::Sel::Method { ptr_recv, .. } => ptr_recv,
                crate::expr::Sel::Field { .. } | crate::expr::Sel::IfaceMethod { .. } => false,
                crate::expr::Sel::NotFound | crate::expr::Sel::Ambiguous => true,
            }
        })
    }

    /// The static type of a variable path `v`, `v.f`, `v[i]` (arrays),
    /// with `v` a local of this function.
    fn path_type(&self, x: &Expr) -> Option<TypeId> {
        match &x.kind {
            ExprKind::Paren(i) => self.path_type(i),
            ExprKind::Ident(n) => self.own_var(n).map(|(_, t)| t),
            ExprKind::Selector(i, f) => match self.lookup_sel(self.path_type(i)?, f.name) {
                crate::expr::Sel::Field { ty, .. } => Some(ty),
                _ => None,
            },
            ExprKind::Index(a, _) => match self.tt.ukind(self.path_type(a)?) {
                Kind::Array(_, e) => Some(*e),
                _ => None,
            },
            _ => None,
        }
    }

    fn eval_args(&mut self, args: &'a [Expr<'a>], sig: Option<&types::Sig>) -> Vec<Opnd> {
        // `f(x, g())`: g runs before x is read, as in gc (order.rs).
        let ops: Vec<&'a Expr<'a>> = args.iter().collect();
        let mark = self.order_operands(&ops);
        let v = args
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let hint = sig.and_then(|s| {
                    if s.variadic && i + 1 >= s.params.len() {
                        s.params.last().and_then(|l| self.tt.elem(*l))
                    } else {
                        s.params.get(i).copied()
                    }
                });
                self.expr(a, hint)
            })
            .collect();
        self.bound.truncate(mark);
        v
    }

    /// Packs arguments at a fresh base and emits the call.
    #[allow(clippy::too_many_arguments)] // the call site's parts, each resolved by a different caller
    fn finish_call(
        &mut self,
        callee: Callee,
        recv: Option<Reg>,
        sig: TypeId,
        ops: Vec<Opnd>,
        args: &'a [Expr<'a>],
        ellipsis: bool,
        e: &'a Expr<'a>,
    ) -> Opnd {
        let Some(s) = self.tt.sig(sig).cloned() else { return Opnd::Bad };
        let fname = match &e.kind {
            ExprKind::Call { fun, .. } => self.expr_text(fun),
            _ => String::new(),
        };
        // f(g()) with a multi-value g spreads its results.
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
        let np = s.params.len();
        let nfixed = if s.variadic { np - 1 } else { np };
        let too_few = vals.len() < nfixed || (!s.variadic && vals.len() < np);
        let too_many = !s.variadic && vals.len() > np || ellipsis && vals.len() != np;
        if too_few || too_many {
            let have: Vec<String> = vals
                .iter()
                .map(|(o, _)| if matches!(o, Opnd::Const(..)) { "number".to_string() } else { self.tname(self.tt.default_type(o.ty())) })
                .collect();
            let want: Vec<String> =
                s.params
                    .iter()
                    .enumerate()
                    .map(|(i, p)| {
                        if s.variadic && i + 1 == np {
                            format!("...{}", self.tname(self.tt.elem(*p).unwrap_or(*p)))
                        } else {
                            self.tname(*p)
                        }
                    })
                    .collect();
            let (msg, span) = if too_many {
                let sp = vals.get(np).and_then(|v| v.1).map(|a| a.span).unwrap_or(e.span);
                ("too many arguments", sp)
            } else {
                // types2 points at the last argument (or at the call when there is none).
                let rp = match &e.kind {
                    ExprKind::Call { args, .. } => args.last().map(|a| a.span).unwrap_or(e.span),
                    _ => e.span,
                };
                ("not enough arguments", rp)
            };
            self.error(span, format!("{msg} in call to {fname}\n\thave ({})\n\twant ({})", have.join(", "), want.join(", ")));
            // The call still has the callee's results (types2 keeps them),
            // so `z, err := f(1)` declares z and err with their types and
            // later errors about them are reported as Go reports them.
            let base = self.fc().alloc_n((s.results.len()).max(1));
            return match s.results.len() {
                0 => Opnd::Void,
                1 => Opnd::Reg(base, s.results[0]),
                _ => Opnd::Multi(base, s.results.clone()),
            };
        }
        let off = recv.is_some() as u16;
        let extra = matches!(callee, Callee::Value(_)) as u16;
        let nslots = (np + off as usize).max(s.results.len()) + extra as usize;
        // A Go function called synchronously may share an aggregate
        // argument's storage (see `arg_storage_stable`); natives and
        // interface methods get copies.
        let shares_args = match callee {
            Callee::Static(f) => f & NATIVE_BIT == 0,
            Callee::Value(_) => true,
            Callee::Iface(_) => false,
        };
        // Evaluate conversions first (they may allocate temporaries).
        let mut regs: Vec<Reg> = Vec::new();
        let mut variadic_regs: Vec<Reg> = Vec::new();
        for (i, (o, a)) in vals.into_iter().enumerate() {
            let span = a.map(|a| a.span).unwrap_or(e.span);
            if s.variadic && i >= nfixed && !ellipsis {
                let et = self.tt.elem(s.params[np - 1]).unwrap_or(TypeId::ANY);
                let r = match a {
                    Some(a) => {
                        let ctx = format!("argument to {fname}");
                        self.assign_op(o, a, et, &ctx)
                    }
                    None => {
                        let r = self.materialize(o.clone(), span);
                        self.convert_reg(r, o.ty(), et, false, span)
                    }
                };
                variadic_regs.push(r);
                continue;
            }
            let pt = s.params[i.min(np - 1)];
            let r = match (a, &o) {
                // The variable's own storage: nothing can change it while
                // the callee runs, and the callee copies before writing.
                (Some(a), Opnd::Reg(r, t)) if shares_args && *t == pt && self.arg_storage_stable(a) == Some(pt) => *r,
                (Some(a), _) => {
                    let ctx = format!("argument to {fname}");
                    self.assign_op(o, a, pt, &ctx)
                }
                (None, _) => {
                    let r = self.materialize(o.clone(), span);
                    self.convert_reg(r, o.ty(), pt, false, span)
                }
            };
            regs.push(r);
        }
        if s.variadic && !ellipsis {
            let st = s.params[np - 1];
            let d = if variadic_regs.is_empty() {
                let d = self.fc().alloc();
                self.emit(Op::LoadNil { dst: d }, e.span);
                d
            } else {
                let base = self.fc().alloc_n(variadic_regs.len());
                for (i, r) in variadic_regs.iter().enumerate() {
                    self.emit(Op::Move { dst: base + i as u16, src: *r }, e.span);
                }
                let d = self.fc().alloc();
                self.emit(Op::SliceLit { dst: d, ty: st, base, n: variadic_regs.len() as u16 }, e.span);
                d
            };
            regs.push(d);
        }
        let base = self.fc().alloc_n(nslots);
        let first = base + extra;
        if let Some(r) = recv {
            self.emit(Op::Move { dst: first, src: r }, e.span);
        }
        for (i, r) in regs.iter().enumerate() {
            self.emit(Op::Move { dst: first + off + i as u16, src: *r }, e.span);
        }
        // gc places a call at its `(`, on the line where the callee
        // expression ends (`func() {...}()` is a call on its last line).
        let call_span = match &e.kind {
            ExprKind::Call { fun, .. } => match &fun.kind {
                ExprKind::Selector(_, sel) => sel.span,
                _ if fun.span.hi > fun.span.lo => Span { lo: fun.span.hi - 1, hi: fun.span.hi },
                _ => e.span,
            },
            _ => e.span,
        };
        match callee {
            Callee::Static(f) if f & NATIVE_BIT != 0 => {
                self.emit(Op::CallNative { native: (f & !NATIVE_BIT) as u16, base, nargs: np as u16 + off }, call_span);
            }
            Callee::Static(f) => {
                self.emit(Op::Call { func: f, base }, call_span);
            }
            Callee::Value(r) => {
                self.emit(Op::CallValue { callee: r, base, nargs: np as u16, nres: s.results.len() as u16 }, call_span);
            }
            Callee::Iface(k) => {
                self.emit(Op::CallIface { base, name: k, nargs: np as u16, nres: s.results.len() as u16 }, call_span);
            }
        }
        // Leave the result slots allocated; release the rest.
        self.fc().next = base + (s.results.len() as u16).max(1);
        match s.results.len() {
            0 => Opnd::Void,
            1 => Opnd::Reg(base, s.results[0]),
            _ => Opnd::Multi(base, s.results.clone()),
        }
    }

    /// Infers type arguments of a generic function from argument types.
    /// A call of generic function `id` with explicit type arguments
    /// `explicit` (written at `spans`; possibly fewer than its type
    /// parameters): evaluates the arguments, infers the missing type
    /// arguments, checks them against their constraints and instantiates.
    /// None (reported) if that fails.
    pub(crate) fn generic_call(
        &mut self,
        id: crate::ObjId,
        explicit: &[TypeId],
        spans: &[Span],
        args: &'a [Expr<'a>],
        call: &'a Expr<'a>,
    ) -> Option<(u32, TypeId, Vec<Opnd>)> {
        let ExprKind::Call { fun, .. } = &call.kind else { return None };
        let ops: Vec<Opnd> = args.iter().map(|a| self.expr(a, None)).collect();
        let ObjKind::Func { decl } = self.objs[id.0 as usize].kind else {
            let o = &self.objs[id.0 as usize];
            let list = match o.kind {
                ObjKind::Type { spec } => crate::generics::tparam_list_text(spec.type_params),
                _ => String::new(),
            };
            self.error(fun.span, format!("cannot use generic type {}{list} without instantiation", o.name));
            return None;
        };
        // types2 reports at the call's opening parenthesis.
        let lp = self.lparen_after(fun.span.hi);
        let lparen = Span { lo: lp, hi: lp + 1 };
        let name = self.expr_text(match &fun.kind {
            ExprKind::Index(x, _) => x,
            _ => fun,
        });
        // Two typed arguments for parameters of one type parameter's type
        // must agree (types2's first mismatch, at the later argument).
        {
            let tparams: Vec<&str> = decl.type_params.iter().flat_map(|f| f.names.iter().map(|n| n.name)).collect();
            let mut ptypes: Vec<Option<&str>> = Vec::new();
            for f in decl.typ.params.iter() {
                let tp = match f.typ.kind {
                    ExprKind::Ident(n) => tparams.iter().position(|p| *p == n).filter(|&i| i >= explicit.len()).map(|_| n),
                    _ => None,
                };
                for _ in 0..f.names.len().max(1) {
                    ptypes.push(tp);
                }
            }
            let mut bound: Vec<(&str, TypeId)> = Vec::new();
            for ((a, o), tp) in args.iter().zip(&ops).zip(&ptypes) {
                let (Some(tp), t) = (tp, o.ty()) else { continue };
                if matches!(o, Opnd::Bad) || self.tt.is_untyped(t) || t == TypeId::VOID {
                    continue;
                }
                match bound.iter().find(|b| b.0 == *tp) {
                    // (Only types that cannot meet: a defined type and its
                    // underlying literal unify inexactly.)
                    Some(&(_, prev)) if prev != t && !self.assignable(t, prev) && !self.assignable(prev, t) => {
                        let msg = format!(
                            "in call to {name}, type {} of {} does not match inferred type {} for {tp}",
                            self.tname(t),
                            self.expr_text(a),
                            self.tname(prev)
                        );
                        self.error(a.span, msg);
                        return None;
                    }
                    Some(_) => {}
                    None => bound.push((tp, t)),
                }
            }
        }
        let targs = self.infer(id, decl, explicit, &ops, args, None, Some(&name), lparen)?;
        let (pkg, file) = (self.objs[id.0 as usize].pkg, self.objs[id.0 as usize].file);
        if !self.verify_targs(decl.type_params, pkg, file, &targs, spans, lparen) {
            return None;
        }
        self.inst_site = Some((spans.to_vec(), lparen));
        let (f, sig) = self.instantiate_func(id, &targs);
        self.inst_site = None;
        Some((f, sig, ops))
    }

    /// The `(` of a call whose function expression ends at `from`:
    /// comments may come between (types2 reports at the parenthesis).
    fn lparen_after(&self, from: u32) -> u32 {
        let src = self.files[self.ctx.file].src.as_bytes();
        let mut i = from as usize;
        while i < src.len() {
            match src[i] {
                b' ' | b'\t' | b'\n' | b'\r' => i += 1,
                b'/' if src.get(i + 1) == Some(&b'*') => {
                    i = src[i + 2..].windows(2).position(|w| w == b"*/").map_or(src.len(), |p| i + 2 + p + 2);
                }
                b'(' => return i as u32,
                _ => break,
            }
        }
        from
    }

    /// Infers the type arguments of generic function `id` not given in
    /// `explicit`: from the call arguments `ops` (typed ones first, then
    /// untyped constants' default types), from the function type `target`
    /// the function is assigned to, and from core types of constraints.
    /// Reports the first type parameter left (`in call to F, cannot infer
    /// T (declared at ...)`) at `pos`.
    #[allow(clippy::too_many_arguments)] // go/types' infer takes as many (tparams, targs, params, args, ...)
    pub(crate) fn infer(
        &mut self,
        id: crate::ObjId,
        decl: &'a FuncDecl<'a>,
        explicit: &[TypeId],
        ops: &[Opnd],
        args: &'a [Expr<'a>],
        target: Option<TypeId>,
        call: Option<&str>,
        pos: Span,
    ) -> Option<Vec<TypeId>> {
        let names: Vec<&'a str> = decl.type_params.iter().flat_map(|f| f.names.iter().map(|n| n.name)).collect();
        let mut placeholders = HashMap::default();
        let mut params = Vec::new();
        for (i, n) in names.iter().enumerate() {
            let t = self.tt.intern(Kind::TypeParam(i as u32));
            placeholders.insert(*n, t);
            params.push(t);
        }
        let (pkg, file) = (self.objs[id.0 as usize].pkg, self.objs[id.0 as usize].file);
        let saved = std::mem::replace(&mut self.ctx, crate::Ctx { pkg, file, subst: placeholders });
        let saved_f = std::mem::take(&mut self.fstack);
        let sig = self.signature(decl.typ, None);
        // Core types of constraints like `S ~[]E`: once S is known, E follows.
        let mut cores: Vec<Option<TypeId>> = Vec::new();
        let mut singles: Vec<Option<TypeId>> = Vec::new();
        for f in decl.type_params.iter() {
            let core = self.constraint_core(f.typ);
            let single = self.constraint_single(f.typ);
            for _ in f.names.iter() {
                cores.push(core);
                singles.push(single);
            }
        }
        self.fstack = saved_f;
        self.ctx = saved;
        let s = self.tt.sig(sig).cloned().expect("sig");
        let mut found: Vec<Option<TypeId>> = vec![None; names.len()];
        for (f, t) in found.iter_mut().zip(explicit) {
            *f = Some(*t);
        }
        if let Some(t) = target {
            let _ = self.unify(sig, t, &mut found, Unify::ASSIGN);
        }
        // Typed arguments first, then untyped constants' default types.
        // Untyped constants bound to the same type parameter take the default
        // type of the largest kind among them (Go 1.21: `Max(1, 2.5)` is
        // float64), so they are unified largest kind first.
        let rank = |tt: &types::TypeTable, t: TypeId| match tt.kind(t) {
            Kind::UntypedComplex => 0,
            Kind::UntypedFloat => 1,
            Kind::UntypedRune => 2,
            Kind::UntypedInt => 3,
            _ => 4,
        };
        let mut order: Vec<usize> = (0..ops.len()).collect();
        order.sort_by_key(|&i| rank(&self.tt, ops[i].ty()));
        for pass in 0..2 {
            for &i in order.iter() {
                let op = &ops[i];
                let pt = if s.variadic && i + 1 >= s.params.len() {
                    self.tt.elem(*s.params.last().expect("param")).unwrap_or(TypeId::ANY)
                } else {
                    match s.params.get(i) {
                        Some(p) => *p,
                        None => continue,
                    }
                };
                // A generic function argument: inferred below, from its
                // parameter's type.
                if matches!(op, Opnd::Generic(_) | Opnd::PartialInst(_)) {
                    continue;
                }
                let at = op.ty();
                let untyped = self.tt.is_untyped(at);
                if (pass == 0) == untyped {
                    continue;
                }
                let at = self.tt.default_type(at);
                if !self.unify(pt, at, &mut found, Unify::ASSIGN) && !untyped && !matches!(op, Opnd::Bad) {
                    if let (Some(arg), Some(ptext)) = (args.get(i), self.param_type_text(decl, i)) {
                        self.unify_mismatch(arg, at, pt, &ptext, &names, &found, call);
                        return None;
                    }
                }
            }
            for round in 0..3 {
                for (i, core) in cores.iter().enumerate() {
                    if let (Some(c), Some(a)) = (core, found[i]) {
                        let ua = self.tt.underlying(a);
                        let unified = self.unify(*c, ua, &mut found, Unify::INEXACT);
                        // A known type argument must unify with its
                        // constraint's core type (types2's infer: `in call
                        // to S, T (type int) does not satisfy Str` for
                        // `~string`). Reported for a basic core type, whose
                        // unification is a comparison.
                        let basic = self.tt.kind(*c).is_basic();
                        if basic
                            && (!unified || ua != *c)
                            && pass == 0
                            && round == 0
                            && i >= explicit.len()
                            && !matches!(self.tt.kind(a), Kind::TypeParam(_))
                        {
                            let targs: Vec<TypeId> = found.iter().zip(&params).map(|(f, p)| f.unwrap_or(*p)).collect();
                            let cname = self.constraint_name(decl.type_params, pkg, file, &targs, i);
                            let prefix = call.map(|c| format!("in call to {c}, ")).unwrap_or_default();
                            self.error(pos, format!("{prefix}{} (type {}) does not satisfy {cname}", names[i], self.tname(a)));
                            return None;
                        }
                    }
                }
                // A type parameter still unknown whose constraint's type set
                // is one type without a tilde is that type (types2's infer,
                // before untyped constants: `f[T byte](T)` called `f(0)`
                // has T byte, `PT interface{ *T; M() }` has PT *T).
                for (i, single) in singles.iter().enumerate() {
                    if let (Some(t), None) = (single, found[i]) {
                        found[i] = self.subst_found(*t, &found);
                    }
                }
            }
            self.infer_generic_args(&s, ops, &mut found);
            if pass == 0
                && explicit.len() < names.len()
                && !self.infer_methods_ok(decl.type_params, pkg, file, &found, &params, &cores, call, pos)
            {
                return None;
            }
        }
        let mut out = Vec::new();
        for (i, f) in found.into_iter().enumerate() {
            match f {
                Some(t) => out.push(t),
                None => {
                    let tp = decl.type_params.iter().flat_map(|f| f.names.iter()).nth(i).expect("type parameter");
                    let at = self.declared_at(id, tp);
                    let msg = match call {
                        Some(c) => format!("in call to {c}, cannot infer {} {at}", names[i]),
                        None => format!("cannot infer {} {at}", names[i]),
                    };
                    self.error(pos, msg);
                    return None;
                }
            }
        }
        Some(out)
    }

    /// Generic function arguments (Go 1.21: `Apply(xs, Double)`, `Map(xs,
    /// Double)`): once the parameter types of the function parameter an
    /// argument is passed to are known, the argument's own type arguments
    /// are inferred as for a call with arguments of those types, and its
    /// instantiated signature unified with the parameter's, which may tell
    /// the call's type parameters in its results. The argument itself is
    /// instantiated when it is assigned to the parameter (reverse
    /// inference in `assign_op`).
    fn infer_generic_args(&mut self, s: &types::Sig, ops: &[Opnd], found: &mut Vec<Option<TypeId>>) {
        for (i, op) in ops.iter().enumerate() {
            let (id, explicit) = match op {
                Opnd::Generic(id) => (*id, vec![]),
                Opnd::PartialInst(p) => (p.id, p.targs.clone()),
                _ => continue,
            };
            let ObjKind::Func { decl } = self.objs[id.0 as usize].kind else { continue };
            let pt = if s.variadic && i + 1 >= s.params.len() {
                s.params.last().and_then(|p| self.tt.elem(*p)).unwrap_or(TypeId::ANY)
            } else {
                match s.params.get(i) {
                    Some(p) => *p,
                    None => continue,
                }
            };
            let Some(psig) = self.tt.sig(pt).cloned() else { continue };
            if self.subst_found_sig(pt, found).is_some() {
                continue; // nothing left to learn from it
            }
            let Some(ptypes) = psig.params.iter().map(|t| self.subst_found(*t, found)).collect::<Option<Vec<TypeId>>>() else {
                continue;
            };
            let fake: Vec<Opnd> = ptypes.iter().map(|t| Opnd::Reg(0, *t)).collect();
            // A failed attempt reports nothing: the assignment of the
            // argument reports what is wrong.
            let mark = self.diags.len();
            let targs = self.infer(id, decl, &explicit, &fake, &[], None, None, Span { lo: 0, hi: 0 });
            self.diags.truncate(mark);
            let Some(targs) = targs else { continue };
            let asig = self.generic_sig(id, decl, &targs);
            let _ = self.unify(pt, asig, found, Unify::ASSIGN);
        }
    }

    /// `t` with the type arguments found so far substituted, for a function
    /// type too (None while any is unknown).
    fn subst_found_sig(&mut self, t: TypeId, found: &[Option<TypeId>]) -> Option<TypeId> {
        let sig = self.tt.sig(t).cloned()?;
        let params = sig.params.iter().map(|p| self.subst_found(*p, found)).collect::<Option<Vec<_>>>()?;
        let results = sig.results.iter().map(|p| self.subst_found(*p, found)).collect::<Option<Vec<_>>>()?;
        Some(self.tt.intern(Kind::Func(types::Sig { params, results, variadic: sig.variadic })))
    }

    /// The signature of generic function `id` instantiated with `targs`
    /// (without compiling the instance).
    fn generic_sig(&mut self, id: crate::ObjId, decl: &'a FuncDecl<'a>, targs: &[TypeId]) -> TypeId {
        let names = decl.type_params.iter().flat_map(|f| f.names.iter().map(|n| n.name));
        let subst = names.zip(targs.iter().copied()).collect();
        let (pkg, file) = (self.objs[id.0 as usize].pkg, self.objs[id.0 as usize].file);
        let saved = std::mem::replace(&mut self.ctx, crate::Ctx { pkg, file, subst });
        let saved_f = std::mem::take(&mut self.fstack);
        let sig = self.signature(decl.typ, None);
        self.fstack = saved_f;
        self.ctx = saved;
        sig
    }

    /// types2's error for an argument whose type does not unify with its
    /// parameter's (infer's errorf): `type A of x does not match P (cannot
    /// infer T)` when no type argument is known yet, `... does not match
    /// inferred type I for P` when the known ones make P another type,
    /// `... does not match P` otherwise.
    #[allow(clippy::too_many_arguments)]
    fn unify_mismatch(
        &mut self,
        arg: &'a Expr<'a>,
        at: TypeId,
        pt: TypeId,
        ptext: &str,
        names: &[&str],
        found: &[Option<TypeId>],
        call: Option<&str>,
    ) {
        let prefix = call.map(|c| format!("in call to {c}, ")).unwrap_or_default();
        let what = format!("type {} of {}", self.tname(at), self.expr_text(arg));
        let msg = if found.iter().all(|f| f.is_none()) {
            let list = match names {
                [a] => a.to_string(),
                [a, b] => format!("{a} and {b}"),
                [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
                [] => String::new(),
            };
            format!("{prefix}{what} does not match {ptext} (cannot infer {list})")
        } else {
            match self.subst_found(pt, found) {
                Some(inferred) if inferred != pt => {
                    format!("{prefix}{what} does not match inferred type {} for {ptext}", self.tname(inferred))
                }
                _ => format!("{prefix}{what} does not match {ptext}"),
            }
        };
        self.error(arg.span, msg);
    }

    /// The source text of the type of parameter `i` of `decl` (a variadic
    /// parameter's excluded: its element is what arguments unify with).
    fn param_type_text(&self, decl: &FuncDecl, i: usize) -> Option<String> {
        let mut k = 0;
        for f in decl.typ.params.iter() {
            for _ in 0..f.names.len().max(1) {
                if k == i {
                    return (!matches!(f.typ.kind, ExprKind::Ellipsis(_))).then(|| self.expr_text(f.typ));
                }
                k += 1;
            }
        }
        None
    }

    /// The one type of a constraint's type set when it is given without a
    /// tilde (`byte`, `interface{ *T; Set(string) }`), for inference.
    fn constraint_single(&mut self, c: &'a Expr<'a>) -> Option<TypeId> {
        if matches!(c.kind, ExprKind::Unary(UnaryOp::Tilde, _) | ExprKind::Binary { .. }) {
            return None;
        }
        let ndiag = self.diags.len();
        let t = self.type_expr(c);
        self.diags.truncate(ndiag);
        let t = t?;
        match self.tt.ukind(t) {
            Kind::Interface { terms, .. } => match terms.as_slice() {
                [(false, t)] if !self.tt.is_interface(*t) => Some(*t),
                _ => None,
            },
            _ => Some(t),
        }
    }

    /// `t` with the type parameters `found` knows replaced by their types;
    /// None when one is unknown or `t` is a shape this does not rebuild.
    fn subst_found(&mut self, t: TypeId, found: &[Option<TypeId>]) -> Option<TypeId> {
        match self.tt.kind(t).clone() {
            Kind::TypeParam(i) => found.get(i as usize).copied().flatten(),
            Kind::Pointer(e) => {
                let e = self.subst_found(e, found)?;
                Some(self.tt.pointer(e))
            }
            Kind::Slice(e) => {
                let e = self.subst_found(e, found)?;
                Some(self.tt.slice(e))
            }
            Kind::Array(n, e) => {
                let e = self.subst_found(e, found)?;
                Some(self.tt.intern(Kind::Array(n, e)))
            }
            Kind::Map(k, v) => {
                let (k, v) = (self.subst_found(k, found)?, self.subst_found(v, found)?);
                Some(self.tt.intern(Kind::Map(k, v)))
            }
            Kind::Chan(d, e) => {
                let e = self.subst_found(e, found)?;
                Some(self.tt.intern(Kind::Chan(d, e)))
            }
            // A defined type that is not an instance (no type arguments
            // that could be type parameters).
            Kind::Named(_) => self.tt.named_info(t).filter(|n| !n.name.contains('[')).map(|_| t),
            Kind::Func(_) | Kind::Struct(_) | Kind::Interface { .. } | Kind::Tuple(_) => None,
            _ => Some(t),
        }
    }

    /// The single structural type a constraint allows (`~[]E` → `[]E`).
    fn constraint_core(&mut self, c: &'a Expr<'a>) -> Option<TypeId> {
        match &c.kind {
            ExprKind::Unary(UnaryOp::Tilde, t) => self.type_expr(t).filter(|t| !self.tt.is_interface(*t)),
            ExprKind::ArrayType { .. }
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::Star(_) => self.type_expr(c),
            // One type term, with or without methods (`interface{ ~[]E;
            // Len() int }`).
            ExprKind::InterfaceType { elems } => {
                let mut embeds = elems.iter().filter_map(|el| match el {
                    InterfaceElem::Embed(e) => Some(*e),
                    _ => None,
                });
                match (embeds.next(), embeds.next()) {
                    (Some(e), None) => self.constraint_core(e),
                    _ => None,
                }
            }
            // A named constraint, generic or not (`SliceOf[E]` declared as
            // `interface{ ~[]E }`, an interface with methods and one term):
            // the core type of its type set, when all its terms share one
            // underlying type.
            ExprKind::Ident(_) | ExprKind::Selector(..) | ExprKind::Index(..) => {
                let t = self.type_expr(c)?;
                let Kind::Interface { terms, .. } = self.tt.ukind(t) else { return None };
                let mut us = terms.iter().map(|(_, t)| self.tt.underlying(*t));
                let first = us.next()?;
                (us.all(|u| u == first) && !self.tt.is_interface(first)).then_some(first)
            }
            _ => None,
        }
    }

    /// Unifies parameter type `p` with argument type `a`, binding the type
    /// parameters of `p` in `found` (the first binding wins). `mode` is
    /// types2's: a type literal and a defined type unify through the defined
    /// type's underlying type only where `mode.exact` is off; in an
    /// assignment (`mode.assign`: arguments, reverse inference) that is only
    /// at the top level, element types must match exactly. The recursion
    /// stops at types2's depth limit (50): a recursive generic type unified
    /// inexactly with a literal (`F[T]` with `func(func(F[T]))` underlying,
    /// against `func(F[int])`) would otherwise never end.
    fn unify(&self, p: TypeId, a: TypeId, found: &mut Vec<Option<TypeId>>, mode: Unify) -> bool {
        if mode.depth > UNIFICATION_DEPTH_LIMIT {
            return true;
        }
        // A type parameter of the generic body being checked, or an
        // interface: what it matches is not decided here (types2 unifies
        // with its core type, or by methods).
        if self.fake_tparam(a).is_some() || self.tt.is_interface(a) {
            self.unify_loose(p, a, found, mode);
            return true;
        }
        self.unify_loose(p, a, found, mode)
    }

    /// [`Self::unify`] without the exemption of type parameters and
    /// interfaces: false when `p` and `a` cannot unify (a type literal
    /// against another kind of type, functions of other arities, instances
    /// of different generic types).
    fn unify_loose(&self, p: TypeId, a: TypeId, found: &mut Vec<Option<TypeId>>, mode: Unify) -> bool {
        let elem = mode.elem();
        // The argument's structure at this level: its underlying type when
        // inexact, itself when exact.
        let shape = |t: TypeId| if mode.exact { self.tt.kind(t).clone() } else { self.tt.ukind(t).clone() };
        match (self.tt.kind(p).clone(), self.tt.kind(a).clone()) {
            (Kind::TypeParam(i), _) => {
                if found[i as usize].is_none() {
                    found[i as usize] = Some(a);
                }
                true
            }
            (Kind::Slice(pe), _) => match shape(a) {
                Kind::Slice(ae) => self.unify(pe, ae, found, elem),
                _ => false,
            },
            (Kind::Pointer(pe), _) => match shape(a) {
                Kind::Pointer(ae) => self.unify(pe, ae, found, elem),
                _ => false,
            },
            (Kind::Array(_, pe), _) => match shape(a) {
                Kind::Array(_, ae) => self.unify(pe, ae, found, elem),
                _ => false,
            },
            (Kind::Chan(_, pe), _) => match shape(a) {
                Kind::Chan(_, ae) => self.unify(pe, ae, found, elem),
                _ => false,
            },
            (Kind::Map(pk, pv), _) => match shape(a) {
                Kind::Map(ak, av) => self.unify(pk, ak, found, elem) & self.unify(pv, av, found, elem),
                _ => false,
            },
            (Kind::Struct(pf), _) => match shape(a) {
                Kind::Struct(af)
                    if pf.len() == af.len() && pf.iter().zip(af.iter()).all(|(x, y)| x.name == y.name && x.embedded == y.embedded) =>
                {
                    let mut ok = true;
                    for (x, y) in pf.iter().zip(af.iter()) {
                        ok &= self.unify(x.ty, y.ty, found, elem);
                    }
                    ok
                }
                _ => false,
            },
            (Kind::Func(ps), _) => {
                let Kind::Func(as_) = shape(a) else { return false };
                let mut ok = ps.params.len() == as_.params.len() && ps.results.len() == as_.results.len() && ps.variadic == as_.variadic;
                for (x, y) in ps.params.iter().zip(as_.params.iter()) {
                    ok &= self.unify(*x, *y, found, elem);
                }
                for (x, y) in ps.results.iter().zip(as_.results.iter()) {
                    ok &= self.unify(*x, *y, found, elem);
                }
                ok
            }
            // An instance of a generic type (`List[T]`, `iter.Seq[E]`):
            // the type arguments of two instances of one generic type
            // unify; otherwise, inexactly, its underlying type with the
            // argument's.
            (Kind::Named(_), _) => {
                let Some((po, pargs)) = self.instance_of(p) else { return true };
                match self.instance_of(a) {
                    Some((ao, aargs)) if ao == po => {
                        let mut ok = true;
                        for (x, y) in pargs.iter().zip(aargs.iter()) {
                            ok &= self.unify(*x, *y, found, elem);
                        }
                        ok
                    }
                    Some(_) | None if self.tt.is_interface(p) => {
                        self.unify_methods(p, a, found, elem);
                        true
                    }
                    Some(_) => false,
                    None if mode.exact || matches!(self.tt.kind(a), Kind::Named(_)) => false,
                    None => {
                        let (pu, au) = (self.tt.underlying(p), self.tt.underlying(a));
                        if pu != p && !matches!(self.tt.kind(pu), Kind::Named(_)) {
                            self.unify(pu, au, found, Unify { depth: mode.depth + 1, ..mode })
                        } else {
                            true
                        }
                    }
                }
            }
            _ => true,
        }
    }

    /// Interface inference (Go 1.21): a parameter of a generic interface
    /// type (`I[T]` with `M() T`) and an argument of another type with its
    /// methods unify the methods' signatures (`S` with `M() byte` infers
    /// `T = byte`).
    fn unify_methods(&self, p: TypeId, a: TypeId, found: &mut Vec<Option<TypeId>>, mode: Unify) {
        let Some(pms) = self.tt.iface_methods(p).map(|m| m.to_vec()) else { return };
        for m in pms {
            let asig = match self.tt.iface_methods(a) {
                Some(ams) => ams.iter().find(|x| x.name == m.name).map(|x| x.sig),
                None => self.tt.method(a, &m.name).map(|x| x.sig).or_else(|| match self.tt.kind(a) {
                    Kind::Pointer(e) => self.tt.method(*e, &m.name).map(|x| x.sig),
                    _ => None,
                }),
            };
            if let Some(asig) = asig {
                let _ = self.unify(m.sig, asig, found, mode);
            }
        }
    }

    /// The generic type and type arguments `t` is an instance of.
    fn instance_of(&self, t: TypeId) -> Option<(usize, Vec<TypeId>)> {
        self.type_instances.iter().find(|(_, &v)| v == t).map(|((o, args), _)| (*o, args.clone()))
    }

    // ------------------------------------------------------------------
    // conversions

    /// Whether type expression `e` is a type parameter of the generic
    /// function or type being instantiated (those names are substituted
    /// before any other scope is looked at).
    pub(crate) fn names_type_param(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Ident(n) => self.ctx.subst.contains_key(n),
            ExprKind::Paren(x) => self.names_type_param(x),
            _ => false,
        }
    }

    /// types2's cause for a conversion a type parameter's specific type
    /// refuses (`: cannot convert int (in T) to type []byte`): while a
    /// generic body is checked with each specific type in turn, the one
    /// of this check is the first that refuses.
    fn tparam_conv_cause(&self, from: TypeId, t: TypeId) -> String {
        let terms = |u: TypeId| self.fake_tparam(u).is_some_and(|f| !f.no_terms);
        if terms(from) {
            let u = self.tt.underlying(from);
            format!(": cannot convert {} (in {}) to type {}", self.tname(u), self.tname(from), self.tname(t))
        } else if terms(t) {
            let u = self.tt.underlying(t);
            format!(": cannot convert {} to type {} (in {})", self.tname(from), self.tname(u), self.tname(t))
        } else {
            String::new()
        }
    }

    fn conversion(&mut self, t: TypeId, args: &'a [Expr<'a>], e: &'a Expr<'a>) -> Opnd {
        if args.is_empty() {
            self.error(e.span, format!("missing argument in conversion to {}", self.tname(t)));
            return Opnd::Bad;
        }
        if args.len() > 1 {
            self.error(args[1].span, format!("too many arguments in conversion to {}", self.tname(t)));
            return Opnd::Bad;
        }
        let x = &args[0];
        let xo = self.expr(x, Some(t));
        if matches!(xo, Opnd::Bad) {
            // The operand's error is reported; a conversion of it adds none.
            return Opnd::Bad;
        }
        let from = xo.ty();
        if self.iface_tparam(t) && from != t {
            // (types2 words a constant operand as a value here.)
            // (Only a constant is converted to each specific type, so only
            // its message has the cause; types2 words it as a value.)
            let tn = self.tname(t);
            let msg = match &xo {
                Opnd::Const(_, ct) if self.tt.is_untyped(*ct) => {
                    let what = describe_const_type(&self.tt, *ct);
                    let what = what.trim_end_matches(" constant");
                    format!("cannot convert {} ({what} value) to type {tn}: {tn} does not contain specific types", self.expr_text(x))
                }
                _ => format!("cannot convert {} to type {tn}", self.describe(x, &xo)),
            };
            self.error(x.span, msg);
            return Opnd::Bad;
        }
        if let Opnd::Const(v, ct) = &xo {
            // Constant conversions stay constant (except to non-basic types).
            let tt = &self.tt;
            if tt.is_string(t) && tt.is_integer(*ct) {
                let i = v.as_int().unwrap_or(0xFFFD);
                let c = u32::try_from(i).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}');
                return Opnd::Const(ConstVal::Str(c.to_string().into_bytes().into()), t);
            }
            if (tt.is_numeric(t) && tt.is_numeric(*ct))
                || (tt.is_string(t) && tt.is_string(*ct))
                || (tt.is_boolean(t) && tt.is_boolean(*ct))
            {
                if tt.is_integer(t)
                    && (matches!(v, ConstVal::Float(f) if f.fract() != 0.0)
                        || matches!(v, ConstVal::Rat(_, d) if *d != 1)
                        || matches!(v, ConstVal::BigRat(r) if !num_traits::One::is_one(&r.1)))
                {
                    let msg = format!("cannot convert {} to type {}", self.describe(x, &xo), self.tname(t));
                    self.error(x.span, msg);
                    return Opnd::Bad;
                }
                if self.const_overflows(v, t) == Some(true) {
                    // types2: an integer constant that does not fit an
                    // integer type gets the concise message.
                    let msg = if self.tt.is_integer(*ct) && self.tt.is_integer(t) {
                        format!("constant {} overflows {}", v.render(), self.tname(t))
                    } else {
                        format!("cannot convert {} to type {}", self.describe(x, &xo), self.tname(t))
                    };
                    self.error(x.span, msg);
                    return Opnd::Bad;
                }
                let v = self.convert_const(v.clone(), *ct, t, x.span, "conversion");
                return Opnd::Const(v, t);
            }
        }
        if matches!(xo, Opnd::Nil) {
            let r = self.materialize(xo, x.span);
            return Opnd::Reg(r, t);
        }
        let r = match &xo {
            Opnd::Const(v, ct) => {
                let dt = if self.tt.is_untyped(*ct) { self.tt.default_type(*ct) } else { *ct };
                self.load_const(v.clone(), dt, x.span)
            }
            _ => self.materialize(xo.clone(), x.span),
        };
        let from = if self.tt.is_untyped(from) { self.tt.default_type(from) } else { from };
        let d = self.fc().alloc();
        let tt = &self.tt;
        let (fu, tu) = (tt.ukind(from).clone(), tt.ukind(t).clone());
        let kind = if tt.is_interface(t) {
            if !self.assignable(from, t) {
                let msg = format!("cannot convert {} to type {}", self.describe(x, &xo), self.tname(t));
                self.error(x.span, msg);
            }
            let r = self.convert_reg(r, from, t, addressable(x), x.span);
            return Opnd::Reg(r, t);
        } else if tt.is_integer(t) && tt.is_integer(from) {
            Some(ConvKind::IntToInt { bits: tt.int_bits(t) as u8, signed: !tt.is_unsigned(t) })
        } else if tt.is_float(t) && tt.is_integer(from) {
            Some(ConvKind::IntToFloat { unsigned: tt.is_unsigned(from), f32: matches!(tu, Kind::Float32) })
        } else if tt.is_integer(t) && tt.is_float(from) {
            Some(ConvKind::FloatToInt { bits: tt.int_bits(t) as u8, signed: !tt.is_unsigned(t) })
        } else if tt.is_float(t) && tt.is_float(from) {
            Some(ConvKind::FloatToFloat { f32: matches!(tu, Kind::Float32) })
        } else if tt.is_complex(t) && tt.is_numeric(from) && !tt.is_complex(from) {
            Some(ConvKind::ToComplex)
        } else if tt.is_complex(t) && tt.is_complex(from) {
            Some(ConvKind::ComplexToComplex { f32: matches!(tu, Kind::Complex64) })
        } else if tt.is_string(t) && tt.is_integer(from) {
            Some(ConvKind::IntToString)
        } else if tt.is_string(t) && matches!(fu, Kind::Slice(e) if matches!(tt.ukind(e), Kind::Uint8)) {
            Some(ConvKind::BytesToString)
        } else if tt.is_string(t) && matches!(fu, Kind::Slice(e) if matches!(tt.ukind(e), Kind::Int32)) {
            Some(ConvKind::RunesToString)
        } else if tt.is_string(from) && matches!(tu, Kind::Slice(e) if matches!(tt.ukind(e), Kind::Uint8)) {
            Some(ConvKind::StringToBytes)
        } else if tt.is_string(from) && matches!(tu, Kind::Slice(e) if matches!(tt.ukind(e), Kind::Int32)) {
            Some(ConvKind::StringToRunes)
        } else if let (Kind::Slice(se), Some((n, ae))) = (
            &fu,
            tt.elem(t).filter(|_| matches!(tu, Kind::Pointer(_))).and_then(|p| match tt.ukind(p) {
                Kind::Array(n, ae) => Some((*n, *ae)),
                _ => None,
            }),
        ) {
            // (*[N]T)(s): a pointer to s's first N elements, which it
            // shares (Go 1.17); the runtime checks len(s) >= N.
            if *se != ae {
                let msg = format!("cannot convert {} to type {}", self.describe(x, &xo), self.tname(t));
                self.error(x.span, msg);
                return Opnd::Bad;
            }
            let base = self.fc().alloc_n(2);
            self.emit(Op::Move { dst: base, src: r }, e.span);
            self.load_const_into(base + 1, ConstVal::Int(n as i128), TypeId::INT, e.span);
            let nat = self.native("builtin.slicetoarrayptr");
            self.emit(Op::CallNative { native: nat, base, nargs: 2 }, e.span);
            return Opnd::Reg(base, t);
        } else if let (Kind::Slice(se), Kind::Array(n, ae)) = (&fu, &tu) {
            if *se != *ae {
                let msg = format!("cannot convert {} to type {}", self.describe(x, &xo), self.tname(t));
                self.error(x.span, msg);
                return Opnd::Bad;
            }
            let n = *n as i128;
            let base = self.fc().alloc_n(2);
            self.emit(Op::Move { dst: base, src: r }, e.span);
            self.load_const_into(base + 1, ConstVal::Int(n), TypeId::INT, e.span);
            let nat = self.native("builtin.slicetoarray");
            self.emit(Op::CallNative { native: nat, base, nargs: 2 }, e.span);
            return Opnd::Reg(base, t);
        } else if self.identical_ignoring_tags(tt.underlying(from), tt.underlying(t)) || tt.is_string(from) && tt.is_string(t) {
            None
        } else if matches!((&fu, &tu), (Kind::Pointer(_), Kind::UnsafePointer) | (Kind::UnsafePointer, Kind::Pointer(_))) {
            // The pointer itself is kept: reading it back as another type
            // is not reinterpreted (docs/divergences.md). Where the source
            // type is in sight, `(*T)(unsafe.Pointer(&s))` with T's
            // underlying type not S's is refused rather than read wrong.
            if matches!(fu, Kind::Pointer(_)) {
                self.unsafe_sources.insert((self.ctx.file, e.span.lo, e.span.hi), from);
            } else {
                let mut inner = x;
                while let ExprKind::Paren(i) = &inner.kind {
                    inner = i;
                }
                if let Some(&src) = self.unsafe_sources.get(&(self.ctx.file, inner.span.lo, inner.span.hi)) {
                    let tt = &self.tt;
                    let (se, te) = (tt.elem(src), tt.elem(t));
                    if let (Some(se), Some(te)) = (se, te) {
                        if !self.identical_ignoring_tags(tt.underlying(se), tt.underlying(te)) {
                            let msg = format!(
                                "conversion of unsafe.Pointer from {} to {} is not supported by gostack (memory is not reinterpreted)",
                                self.tname(src),
                                self.tname(t)
                            );
                            self.error(e.span, msg);
                            return Opnd::Bad;
                        }
                    }
                }
            }
            None
        } else if matches!((&fu, &tu), (Kind::Uintptr, Kind::UnsafePointer) | (Kind::UnsafePointer, Kind::Uintptr)) {
            let msg = "conversion between unsafe.Pointer and uintptr is not supported by gostack (no pointer arithmetic)";
            self.error(e.span, msg);
            return Opnd::Bad;
        } else if let (Kind::Pointer(a), Kind::Pointer(b)) = (&fu, &tu) {
            if !tt.is_named(from) && !tt.is_named(t) && self.identical_ignoring_tags(tt.underlying(*a), tt.underlying(*b)) {
                None
            } else {
                let msg = format!("cannot convert {} to type {}", self.describe(x, &xo), self.tname(t));
                self.error(x.span, msg);
                return Opnd::Bad;
            }
        } else {
            let cause = self.tparam_conv_cause(from, t);
            let msg = format!("cannot convert {} to type {}{cause}", self.describe(x, &xo), self.tname(t));
            self.error(x.span, msg);
            return Opnd::Bad;
        };
        match kind {
            Some(k) => {
                self.emit(Op::Conv { dst: d, src: r, kind: k }, e.span);
            }
            None => {
                if addressable(x) && self.is_aggregate(t) {
                    self.emit(Op::CopyVal { dst: d, src: r }, e.span);
                } else {
                    self.emit(Op::Move { dst: d, src: r }, e.span);
                }
            }
        }
        Opnd::Reg(d, t)
    }

    /// Type identity ignoring struct tags (the conversion rule).
    pub(crate) fn identical_ignoring_tags(&self, a: TypeId, b: TypeId) -> bool {
        if a == b {
            return true;
        }
        let tt = &self.tt;
        let same = |x: TypeId, y: TypeId| self.identical_ignoring_tags(x, y);
        match (tt.kind(a), tt.kind(b)) {
            (Kind::Struct(fa), Kind::Struct(fb)) => {
                fa.len() == fb.len()
                    && fa.iter().zip(fb.iter()).all(|(x, y)| x.name == y.name && x.embedded == y.embedded && same(x.ty, y.ty))
            }
            (Kind::Pointer(x), Kind::Pointer(y)) | (Kind::Slice(x), Kind::Slice(y)) => same(*x, *y),
            (Kind::Array(n, x), Kind::Array(m, y)) => n == m && same(*x, *y),
            (Kind::Map(k1, v1), Kind::Map(k2, v2)) => same(*k1, *k2) && same(*v1, *v2),
            (Kind::Chan(d1, x), Kind::Chan(d2, y)) => d1 == d2 && same(*x, *y),
            // Function types must be identical: gc rejects such a
            // conversion when compiling it even though types2 accepts it.
            _ => false,
        }
    }

    // ------------------------------------------------------------------
    // builtins

    /// A builtin call. A single call argument returning several values
    /// stands for those values (`copy(f())`, `println(g())`), as for
    /// functions: it is evaluated first and each value bound to an
    /// argument expression of its own (`(f())`) that the builtin reads.
    fn builtin_call(&mut self, b: Builtin, args: &'a [Expr<'a>], ellipsis: bool, e: &'a Expr<'a>) -> Opnd {
        // (make and new take a type first; len and cap of an array are
        // constants whose operand is not evaluated.)
        let spreads = !matches!(
            b,
            Builtin::Make | Builtin::New | Builtin::Len | Builtin::Cap | Builtin::Sizeof | Builtin::Alignof | Builtin::Offsetof
        );
        if b == Builtin::Append && !ellipsis && args.len() > 1 {
            // `append(s, x, f())`: f runs before s and x are read (order.rs).
            let ops: Vec<&'a Expr<'a>> = args.iter().collect();
            let mark = self.order_operands(&ops);
            let r = self.builtin(b, args, ellipsis, e);
            self.bound.truncate(mark);
            return r;
        }
        let one_call = args.len() == 1 && matches!(crate::inline::unparen(&args[0]).kind, ExprKind::Call { .. });
        if !spreads || !one_call || ellipsis {
            return self.builtin(b, args, ellipsis, e);
        }
        let mark = self.bound.len();
        let args = match self.expr(&args[0], None) {
            Opnd::Multi(base, ts) if ts.len() > 1 => {
                // Named as types2's multiExpr names them in messages.
                let arena = self.arena;
                let vals: &'a [Expr<'a>] = arena.alloc_slice_fill_with(ts.len(), |i| Expr {
                    id: args[0].id,
                    span: args[0].span,
                    kind: ExprKind::Ident(arena.alloc_str(&format!("{} function result", crate::stmt::nth(i + 1)))),
                });
                self.set_mode(&vals[0], Some("value"));
                for (i, (v, t)) in vals.iter().zip(ts).enumerate() {
                    self.bound.push((v as *const Expr<'a>, Opnd::Reg(base + i as u16, t)));
                }
                vals
            }
            o => {
                self.bound.push((&args[0] as *const Expr<'a>, o));
                args
            }
        };
        let r = self.builtin(b, args, ellipsis, e);
        self.bound.truncate(mark);
        r
    }

    /// unsafe.Sizeof, Alignof and Offsetof: constants of type uintptr with
    /// gc's amd64 layout; the operand is checked but not evaluated.
    fn unsafe_layout(&mut self, b: Builtin, args: &'a [Expr<'a>], e: &'a Expr<'a>) -> Opnd {
        if !self.builtin_nargs(args.len(), 1, 1, e) {
            return Opnd::Bad;
        }
        let arg = crate::inline::unparen(&args[0]);
        let m = self.mark();
        let (xo, field) = match (&arg.kind, b) {
            (ExprKind::Selector(x, sel), Builtin::Offsetof) => (self.expr(x, None), Some(sel.name)),
            (_, Builtin::Offsetof) => {
                self.expr(arg, None);
                self.rollback(m, false);
                let msg = format!("invalid argument: {} is not a selector expression", self.expr_text(arg));
                self.error(arg.span, msg);
                return Opnd::Bad;
            }
            _ => (self.expr(arg, None), None),
        };
        self.rollback(m, false);
        let t = match xo {
            Opnd::Bad => return Opnd::Bad,
            Opnd::Type(_) => {
                self.error(arg.span, format!("{} (type) is not an expression", self.expr_text(arg)));
                return Opnd::Bad;
            }
            o => {
                let t = o.ty();
                if self.tt.is_untyped(t) {
                    self.tt.default_type(t)
                } else {
                    t
                }
            }
        };
        let v = match field {
            None if b == Builtin::Sizeof => self.tt.size_of(t),
            None => self.tt.align_of(t),
            Some(name) => {
                let base = match self.tt.ukind(t) {
                    Kind::Pointer(p) => *p,
                    _ => t,
                };
                match self.field_offset(base, name, 0) {
                    Ok(off) => off,
                    Err(_) => {
                        // Not a field: a method, or no such name.
                        let m = self.mark();
                        let o = self.expr(arg, None);
                        self.rollback(m, true);
                        let msg = if matches!(o, Opnd::Bad) {
                            format!("invalid argument: {} has no single field {name}", self.tname(base))
                        } else {
                            format!("invalid argument: {} is a method value", self.expr_text(arg))
                        };
                        self.error(arg.span, msg);
                        return Opnd::Bad;
                    }
                }
            }
        };
        Opnd::Const(ConstVal::Int(v as i128), TypeId::UINTPTR)
    }

    /// The offset of field `name` in struct `t`, found through embedded
    /// (non-pointer) structs as a selector finds it.
    fn field_offset(&self, t: TypeId, name: &str, depth: usize) -> Result<usize, ()> {
        let Some(fields) = self.tt.struct_fields(t) else { return Err(()) };
        let offs = self.tt.field_offsets(t);
        if let Some(i) = fields.iter().position(|f| f.name == name) {
            return Ok(offs[i]);
        }
        if depth > 16 {
            return Err(());
        }
        for (f, off) in fields.iter().zip(offs) {
            if f.embedded {
                if let Kind::Pointer(_) = self.tt.ukind(f.ty) {
                    continue;
                }
                if let Ok(o) = self.field_offset(f.ty, name, depth + 1) {
                    return Ok(off + o);
                }
            }
        }
        Err(())
    }

    /// Checks a builtin call's argument count (lo..=hi) as types2 does.
    pub(crate) fn builtin_nargs(&mut self, n: usize, lo: usize, hi: usize, call: &'a Expr<'a>) -> bool {
        let (msg, want) = if n < lo {
            ("not enough", lo)
        } else if n > hi {
            ("too many", hi)
        } else {
            return true;
        };
        let text = self.expr_text(call);
        self.error(call.span, format!("invalid operation: {msg} arguments for {text} (expected {want}, found {n})"));
        self.use_args(call);
        false
    }

    /// Checks the arguments of a call that was reported, so that the
    /// variables they name count as used (as types2 does); no code.
    pub(crate) fn use_args(&mut self, call: &'a Expr<'a>) {
        let ExprKind::Call { args, .. } = &call.kind else { return };
        let m = self.mark();
        for a in args.iter() {
            self.expr(a, None);
        }
        self.rollback(m, true);
    }

    fn builtin(&mut self, b: Builtin, args: &'a [Expr<'a>], ellipsis: bool, e: &'a Expr<'a>) -> Opnd {
        let name = format!("{b:?}").to_lowercase();
        if ellipsis && b != Builtin::Append {
            self.error(e.span, format!("invalid operation: invalid use of ... with built-in {name}"));
            self.use_args(e);
            return Opnd::Bad;
        }
        let nargs = |c: &mut Self, lo: usize, hi: usize| -> bool { c.builtin_nargs(args.len(), lo, hi, e) };
        match b {
            Builtin::Sizeof | Builtin::Alignof | Builtin::Offsetof => self.unsafe_layout(b, args, e),
            Builtin::UnsafeAdd => {
                // gostack's memory is made of typed Go values, not bytes:
                // there is no address to add to.
                self.error(e.span, "unsafe.Add is not supported by gostack (no pointer arithmetic)");
                // The result still has its type, so that its uses get no
                // follow-on errors.
                self.use_args(e);
                let d = self.fc().alloc();
                self.emit(Op::LoadZero { dst: d, ty: TypeId::UNSAFE_POINTER }, e.span);
                Opnd::Reg(d, TypeId::UNSAFE_POINTER)
            }
            Builtin::UnsafeSlice | Builtin::UnsafeSliceData | Builtin::UnsafeString | Builtin::UnsafeStringData => {
                self.unsafe_data(b, args, e)
            }
            Builtin::Len | Builtin::Cap => {
                if !nargs(self, 1, 1) {
                    return Opnd::Bad;
                }
                let m = self.mark();
                let xo = self.expr(&args[0], None);
                // (Already reported: an invalid constant, say.)
                if matches!(xo, Opnd::Bad) {
                    return Opnd::Bad;
                }
                if let (Opnd::Const(ConstVal::Str(s), _), Builtin::Len) = (&xo, b) {
                    return Opnd::Const(ConstVal::Int(s.len() as i128), TypeId::INT);
                }
                // len/cap of an array (or pointer to array) without calls or
                // receives is a constant, and the operand is not evaluated.
                let arr_len = match self.tt.ukind(xo.ty()).clone() {
                    Kind::Array(n, _) => Some(n),
                    Kind::Pointer(p) => match self.tt.ukind(p) {
                        Kind::Array(n, _) => Some(*n),
                        _ => None,
                    },
                    _ => None,
                };
                if let Some(n) = arr_len {
                    if !self.has_call_or_recv(&args[0]) {
                        self.rollback(m, false);
                        return Opnd::Const(ConstVal::Int(n as i128), TypeId::INT);
                    }
                }
                let t = xo.ty();
                let k = self.tt.ukind(t).clone();
                // (Only a pointer to an array has a length.)
                let k = match k {
                    Kind::Pointer(p) if matches!(self.tt.ukind(p), Kind::Array(..)) => self.tt.ukind(p).clone(),
                    k => k,
                };
                if let Kind::Array(n, _) = k {
                    return Opnd::Const(ConstVal::Int(n as i128), TypeId::INT);
                }
                let ok = match b {
                    Builtin::Len => matches!(k, Kind::String | Kind::UntypedString | Kind::Slice(_) | Kind::Map(..) | Kind::Chan(..)),
                    _ => matches!(k, Kind::Slice(_) | Kind::Chan(..)),
                };
                if !ok {
                    self.error(args[0].span, format!("invalid argument: {} for built-in {name}", self.describe(&args[0], &xo)));
                    return Opnd::Bad;
                }
                let x = self.materialize(xo, args[0].span);
                let d = self.fc().alloc();
                if b == Builtin::Len {
                    self.emit(Op::Len { dst: d, x }, e.span);
                } else {
                    self.emit(Op::Cap { dst: d, x }, e.span);
                }
                Opnd::Reg(d, TypeId::INT)
            }
            Builtin::Append => {
                if args.is_empty() {
                    self.error(e.span, "invalid operation: not enough arguments for append() (expected 1, found 0)");
                    return Opnd::Bad;
                }
                let so = self.expr(&args[0], None);
                let st = so.ty();
                // A type parameter's slices must share their element type.
                let elems: Vec<TypeId> = self
                    .fake_tparam(st)
                    .map(|f| f.unders.iter().filter_map(|u| if let Kind::Slice(e) = self.tt.kind(*u) { Some(*e) } else { None }).collect())
                    .unwrap_or_default();
                if let Some(other) = elems.iter().find(|e| **e != elems[0]) {
                    // (After the other arguments' own errors, as types2
                    // checks them first.)
                    let (m, before) = (self.mark(), self.diags.len());
                    for a in &args[1..] {
                        self.expr(a, None);
                    }
                    self.rollback(m, false);
                    if self.diags.len() > before {
                        return Opnd::Bad;
                    }
                    let msg = format!(
                        "invalid append: mismatched slice element types {} and {} in {}",
                        self.tname(elems[0]),
                        self.tname(*other),
                        self.describe(&args[0], &so)
                    );
                    self.error(args[0].span, msg);
                    return Opnd::Bad;
                }
                let st = if matches!(so, Opnd::Nil) { TypeId::UNTYPED_NIL } else { st };
                let Some(et) = self.tt.elem(st).filter(|_| matches!(self.tt.ukind(st), Kind::Slice(_))) else {
                    let have = if matches!(so, Opnd::Nil) { "untyped nil".to_string() } else { self.describe(&args[0], &so) };
                    self.error(args[0].span, format!("invalid append: argument must be a slice; have {have}"));
                    return Opnd::Bad;
                };
                let s = self.materialize(so, args[0].span);
                let d = self.fc().alloc();
                if ellipsis {
                    if args.len() != 2 {
                        // types2 checks append(s S, x ...E) as a call of that
                        // signature: one argument is too few (reported at it),
                        // a third is one too many (reported there).
                        let mut have: Vec<String> = vec![self.tname(st)];
                        for a in &args[1..] {
                            let o = self.expr(a, None);
                            have.push(if matches!(o, Opnd::Nil) { "nil".into() } else { self.summary_name(o.ty()) });
                        }
                        let (q, at) = if args.len() == 1 { ("not enough", &args[0]) } else { ("too many", &args[2]) };
                        let msg = format!(
                            "{q} arguments in call to append\n\thave ({}...)\n\twant ({}, ...{})",
                            have.join(", "),
                            self.tname(st),
                            self.tname(et)
                        );
                        self.error(at.span, msg);
                        return Opnd::Bad;
                    }
                    // append(s, make([]T, n)...): gc's extendslice (growslice's panic).
                    self.append_of_make = Some(args[1].span);
                    let oo = self.expr(&args[1], Some(st));
                    self.append_of_make = None;
                    let o = match oo {
                        Opnd::Const(v, _) => self.load_const(v, TypeId::STRING, args[1].span),
                        oo => self.materialize(oo, args[1].span),
                    };
                    self.emit(Op::AppendSlice { dst: d, s, other: o, ty: st }, e.span);
                    return Opnd::Reg(d, st);
                }
                let mut regs = Vec::new();
                for a in args[1..].iter() {
                    let r = self.value(a, et, "argument to append");
                    regs.push(r);
                }
                let base = self.fc().alloc_n(regs.len());
                for (i, r) in regs.iter().enumerate() {
                    self.emit(Op::Move { dst: base + i as u16, src: *r }, e.span);
                }
                let stack_ok = match &args[0].kind {
                    ExprKind::Ident(name) => {
                        !self.fstack.last().map(|f| f.escapes.slice_escape.contains(name)).unwrap_or(true)
                            && matches!(self.lookup_local(name, false), Some(crate::func::VarRef::Slot { .. }))
                    }
                    _ => match self.fstack.last().and_then(|f| f.escapes.stack_appends.get(&(e.span.lo, e.span.hi))) {
                        // `v := append(...)` declares v, a local in a slot (it
                        // does not escape, so it is neither captured nor
                        // addressed); `v = append(...)` needs v to be one.
                        Some(&(_, true)) => true,
                        Some(&(v, false)) => matches!(self.lookup_local(v, false), Some(crate::func::VarRef::Slot { .. })),
                        None => false,
                    },
                };
                if stack_ok {
                    self.emit(Op::AppendStack { dst: d, s, base, n: regs.len() as u16, ty: st }, e.span);
                } else {
                    self.emit(Op::Append { dst: d, s, base, n: regs.len() as u16, ty: st }, e.span);
                }
                Opnd::Reg(d, st)
            }
            Builtin::Make => {
                if args.is_empty() {
                    self.error(e.span, "invalid operation: not enough arguments for make() (expected 1, found 0)");
                    return Opnd::Bad;
                }
                let t = self.resolve_type(&args[0]);
                if let Some(cause) = self.no_core_type(t) {
                    self.error(args[0].span, format!("invalid argument: cannot make {}: {cause}", self.expr_text(&args[0])));
                    return Opnd::Bad;
                }
                let d = self.fc().alloc();
                match self.tt.ukind(t).clone() {
                    Kind::Slice(_) => {
                        if args.len() < 2 {
                            self.error(
                                e.span,
                                format!("invalid operation: {} expects 2 or 3 arguments; found {}", self.expr_text(e), args.len()),
                            );
                            return Opnd::Bad;
                        }
                        let l = self.size_arg(&args[1]);
                        let c = if args.len() > 2 { self.size_arg(&args[2]) } else { l };
                        let grow = args.len() == 2 && self.append_of_make == Some(e.span);
                        self.emit(Op::MakeSlice { dst: d, ty: t, len: l, cap: c, grow }, e.span);
                    }
                    Kind::Map(..) => {
                        if args.len() > 1 {
                            let _ = self.size_arg(&args[1]);
                        }
                        self.emit(Op::MakeMap { dst: d, ty: t }, e.span);
                    }
                    Kind::Chan(..) => {
                        let size =
                            if args.len() > 1 { self.size_arg(&args[1]) } else { self.load_const(ConstVal::Int(0), TypeId::INT, e.span) };
                        self.emit(Op::MakeChan { dst: d, ty: t, size }, e.span);
                    }
                    _ => {
                        self.error(
                            args[0].span,
                            format!("invalid argument: cannot make {}: type must be slice, map, or channel", self.expr_text(&args[0])),
                        );
                        return Opnd::Bad;
                    }
                }
                Opnd::Reg(d, t)
            }
            Builtin::New => {
                if !nargs(self, 1, 1) {
                    return Opnd::Bad;
                }
                let t = self.resolve_type(&args[0]);
                let d = self.fc().alloc();
                self.emit(Op::New { dst: d, ty: t }, e.span);
                Opnd::Reg(d, self.tt.pointer(t))
            }
            Builtin::Delete => {
                if !nargs(self, 2, 2) {
                    return Opnd::Bad;
                }
                let mo = self.expr(&args[0], None);
                let Kind::Map(kt, _) = self.tt.ukind(mo.ty()).clone() else {
                    self.error(args[0].span, format!("invalid argument: {} is not a map", self.describe(&args[0], &mo)));
                    return Opnd::Bad;
                };
                let m = self.materialize(mo, args[0].span);
                let k = self.value(&args[1], kt, "argument to delete");
                self.emit(Op::MapDelete { m, k }, e.span);
                Opnd::Void
            }
            Builtin::Copy => {
                if !nargs(self, 2, 2) {
                    return Opnd::Bad;
                }
                let ao = self.expr(&args[0], None);
                let bo = self.expr(&args[1], None);
                // types2's checks: a slice, copied from a slice of the same
                // element type or (into []byte) from a string.
                let elem = |c: &Self, o: &Opnd| match c.tt.ukind(o.ty()) {
                    Kind::Slice(et) => Some(*et),
                    Kind::String | Kind::UntypedString => Some(TypeId::BYTE),
                    _ => None,
                };
                let (ea, eb) = (elem(self, &ao).filter(|_| matches!(self.tt.ukind(ao.ty()), Kind::Slice(_))), elem(self, &bo));
                // types2's sliceElem: nil is "untyped nil" there (to stress
                // untyped); an invalid operand was reported already.
                let have = |c: &Self, a: &Expr, o: &Opnd| match o {
                    Opnd::Nil => "untyped nil".to_string(),
                    o => c.describe(a, o),
                };
                let Some(ea) = ea else {
                    if !matches!(ao, Opnd::Bad) {
                        let msg = format!("invalid copy: argument must be a slice; have {}", have(self, &args[0], &ao));
                        self.error(args[0].span, msg);
                    }
                    return Opnd::Bad;
                };
                let Some(eb) = eb else {
                    if !matches!(bo, Opnd::Bad) {
                        let msg = format!("invalid copy: argument must be a slice; have {}", have(self, &args[1], &bo));
                        self.error(args[1].span, msg);
                    }
                    return Opnd::Bad;
                };
                if ea != eb {
                    let msg = format!(
                        "invalid copy: arguments {} and {} have different element types {} and {}",
                        self.describe(&args[0], &ao),
                        self.describe(&args[1], &bo),
                        self.tname(ea),
                        self.tname(eb)
                    );
                    self.error(args[0].span, msg);
                    return Opnd::Bad;
                }
                let a = self.materialize(ao, args[0].span);
                let bb = match bo {
                    Opnd::Const(v, _) => self.load_const(v, TypeId::STRING, args[1].span),
                    bo => self.materialize(bo, args[1].span),
                };
                let d = self.fc().alloc();
                self.emit(Op::CopySlice { dst: d, a, b: bb }, e.span);
                Opnd::Reg(d, TypeId::INT)
            }
            Builtin::Clear => {
                if !nargs(self, 1, 1) {
                    return Opnd::Bad;
                }
                let xo = self.expr(&args[0], None);
                if !matches!(self.tt.ukind(xo.ty()), Kind::Map(..) | Kind::Slice(_)) {
                    let msg = format!(
                        "invalid argument: cannot clear {}: argument must be (or constrained by) map or slice",
                        self.describe(&args[0], &xo)
                    );
                    self.error(args[0].span, msg);
                    return Opnd::Bad;
                }
                let x = self.materialize(xo, args[0].span);
                self.emit(Op::Clear { x }, e.span);
                Opnd::Void
            }
            Builtin::Close => {
                if !nargs(self, 1, 1) {
                    return Opnd::Bad;
                }
                let co = self.expr(&args[0], None);
                if !matches!(self.tt.ukind(co.ty()), Kind::Chan(..)) {
                    self.error(args[0].span, format!("invalid operation: cannot close non-channel {}", self.describe(&args[0], &co)));
                    return Opnd::Bad;
                }
                if matches!(self.tt.ukind(co.ty()), Kind::Chan(types::ChanDir::Recv, _)) {
                    let msg = format!("invalid operation: cannot close receive-only channel {}", self.describe(&args[0], &co));
                    self.error(args[0].span, msg);
                }
                let ch = self.materialize(co, args[0].span);
                self.emit(Op::Close { ch }, e.span);
                Opnd::Void
            }
            Builtin::Panic => {
                if !nargs(self, 1, 1) {
                    return Opnd::Bad;
                }
                let r = self.value(&args[0], TypeId::ANY, "argument to panic");
                self.emit(Op::Panic { src: r }, e.span);
                Opnd::Void
            }
            Builtin::Recover => {
                if !nargs(self, 0, 0) {
                    return Opnd::Bad;
                }
                let d = self.fc().alloc();
                self.emit(Op::Recover { dst: d }, e.span);
                Opnd::Reg(d, TypeId::ANY)
            }
            Builtin::Print | Builtin::Println => {
                // `println(x, f())`: f runs before x is read (order.rs).
                let ops: Vec<&'a Expr<'a>> = args.iter().collect();
                let mark = self.order_operands(&ops);
                let mut regs = Vec::new();
                for a in args.iter() {
                    let o = self.expr(a, None);
                    if matches!(o, Opnd::Type(_) | Opnd::Builtin(_) | Opnd::Pkg(_)) {
                        self.not_a_value(&o, a);
                        continue;
                    }
                    let t = match &o {
                        Opnd::Nil => TypeId::UNTYPED_NIL,
                        o => self.tt.default_type(o.ty()),
                    };
                    let r = match o {
                        Opnd::Const(v, ct) if self.tt.is_untyped(ct) && self.const_overflows(&v, t) == Some(true) => {
                            let desc = self.describe(a, &Opnd::Const(v.clone(), ct));
                            let (tn, name) = (self.tname(t), if b == Builtin::Print { "print" } else { "println" });
                            self.error(a.span, format!("cannot use {desc} as {tn} value in argument to built-in {name} (overflows)"));
                            continue;
                        }
                        Opnd::Const(v, ct) => {
                            let v = self.convert_const(v, ct, t, a.span, "argument");
                            self.load_const(v, t, a.span)
                        }
                        o => self.materialize(o, a.span),
                    };
                    let d = self.fc().alloc();
                    if self.tt.is_interface(t) {
                        self.emit(Op::Move { dst: d, src: r }, a.span);
                    } else {
                        self.emit(Op::ToIface { dst: d, src: r, ty: t }, a.span);
                    }
                    regs.push(d);
                }
                let base = self.fc().alloc_n(regs.len().max(1));
                for (i, r) in regs.iter().enumerate() {
                    self.emit(Op::Move { dst: base + i as u16, src: *r }, e.span);
                }
                let n = self.native(if b == Builtin::Print { "builtin.print" } else { "builtin.println" });
                self.emit(Op::CallNative { native: n, base, nargs: regs.len() as u16 }, e.span);
                self.bound.truncate(mark);
                Opnd::Void
            }
            Builtin::Min | Builtin::Max => {
                if !nargs(self, 1, usize::MAX) {
                    return Opnd::Bad;
                }
                let ops: Vec<Opnd> = args.iter().map(|a| self.expr(a, None)).collect();
                if ops.iter().all(|o| matches!(o, Opnd::Const(..))) {
                    let mut best: Option<(ConstVal, TypeId)> = None;
                    for o in ops {
                        let Opnd::Const(v, t) = o else { continue };
                        best = Some(match best {
                            None => (v, t),
                            Some((bv, bt)) => {
                                let less = match (&v, &bv) {
                                    (ConstVal::Str(a), ConstVal::Str(b)) => a < b,
                                    _ => v.as_f64() < bv.as_f64(),
                                };
                                let take = if b == Builtin::Min { less } else { !less && v != bv };
                                if take {
                                    (v, if self.tt.is_untyped(t) { bt } else { t })
                                } else {
                                    (bv, bt)
                                }
                            }
                        });
                    }
                    let (v, t) = best.expect("one arg");
                    return Opnd::Const(v, t);
                }
                let t = ops.iter().map(|o| o.ty()).find(|t| !self.tt.is_untyped(*t)).unwrap_or(TypeId::INT);
                let d = self.fc().alloc();
                let mut first = true;
                for (o, a) in ops.into_iter().zip(args.iter()) {
                    let r = self.assign_op(o, a, t, "argument");
                    if first {
                        self.emit(Op::Move { dst: d, src: r }, e.span);
                        first = false;
                        continue;
                    }
                    let c = self.fc().alloc();
                    let op = if b == Builtin::Min { bytecode::BinOp::Lt } else { bytecode::BinOp::Gt };
                    if self.tt.is_float(t) {
                        self.float_min_max_step(d, r, c, t, op, e.span);
                        continue;
                    }
                    if self.tt.is_string(t) {
                        self.emit(Op::CmpStr { op, dst: c, a: r, b: d }, e.span);
                    } else if self.tt.is_float(t) {
                        self.emit(Op::CmpFloat { op, dst: c, a: r, b: d }, e.span);
                    } else {
                        let unsigned = self.tt.is_unsigned(t);
                        self.emit(Op::CmpInt { op, dst: c, a: r, b: d, unsigned }, e.span);
                    }
                    let j = self.emit(Op::JumpIfNot { cond: c, target: 0 }, e.span);
                    self.emit(Op::Move { dst: d, src: r }, e.span);
                    let end = self.fc().pc();
                    self.patch(j, end);
                }
                Opnd::Reg(d, t)
            }
            Builtin::Complex | Builtin::Real | Builtin::Imag => {
                let n = if b == Builtin::Complex { 2 } else { 1 };
                if !nargs(self, n, n) {
                    return Opnd::Bad;
                }
                let ops: Vec<Opnd> = args.iter().map(|a| self.expr(a, None)).collect();
                match (b, ops.as_slice()) {
                    (Builtin::Complex, [Opnd::Const(a, _), Opnd::Const(c, _)]) => {
                        Opnd::Const(ConstVal::Complex(Box::new((a.clone(), c.clone()))), TypeId::UNTYPED_COMPLEX)
                    }
                    // real and imag of a constant are constants: of an
                    // untyped numeric one (`real(1)`, `imag('a')`), untyped
                    // floats; of a typed complex one, its float type.
                    (Builtin::Real | Builtin::Imag, [Opnd::Const(v, t)])
                        if self.tt.is_untyped(*t) && self.tt.is_numeric(*t) || self.tt.is_complex(*t) =>
                    {
                        let (re, im) = v.complex_parts();
                        let rt = match self.tt.ukind(*t) {
                            _ if self.tt.is_untyped(*t) => TypeId::UNTYPED_FLOAT,
                            Kind::Complex64 => TypeId::FLOAT32,
                            _ => TypeId::FLOAT64,
                        };
                        let part = if b == Builtin::Real { re } else { im };
                        // A typed complex constant's part is a float of its
                        // type; an untyped one's stays exact.
                        let part = if self.tt.is_untyped(*t) { part } else { ConstVal::Float(part.as_f64()) };
                        Opnd::Const(part, rt)
                    }
                    _ => {
                        // complex(float32, float32) is complex64; real/imag of complex64 are float32.
                        let typed = ops.iter().map(|o| o.ty()).find(|t| !self.tt.is_untyped(*t));
                        let small = typed.map(|t| matches!(self.tt.ukind(t), Kind::Float32 | Kind::Complex64)).unwrap_or(false);
                        let arg_t = match (b, small) {
                            (Builtin::Complex, true) => TypeId::FLOAT32,
                            (Builtin::Complex, false) => TypeId::FLOAT64,
                            (_, true) => TypeId::COMPLEX64,
                            (_, false) => TypeId::COMPLEX128,
                        };
                        let res_t = match (b, small) {
                            (Builtin::Complex, true) => TypeId::COMPLEX64,
                            (Builtin::Complex, false) => TypeId::COMPLEX128,
                            (_, true) => TypeId::FLOAT32,
                            (_, false) => TypeId::FLOAT64,
                        };
                        let arg_t = typed.filter(|_| b == Builtin::Complex).unwrap_or(arg_t);
                        let regs: Vec<Reg> =
                            ops.into_iter().zip(args.iter()).map(|(o, a)| self.assign_op(o, a, arg_t, "argument")).collect();
                        let base = self.fc().alloc_n(regs.len().max(1));
                        for (i, r) in regs.iter().enumerate() {
                            self.emit(Op::Move { dst: base + i as u16, src: *r }, e.span);
                        }
                        let n = self.native(&format!("builtin.{name}"));
                        self.emit(Op::CallNative { native: n, base, nargs: regs.len() as u16 }, e.span);
                        Opnd::Reg(base, res_t)
                    }
                }
            }
        }
    }

    /// Whether evaluating `e` would call a function or receive from a
    /// channel (conversions don't count).
    pub(crate) fn has_call_or_recv(&mut self, e: &'a Expr<'a>) -> bool {
        match &e.kind {
            ExprKind::Unary(UnaryOp::Recv, _) => true,
            ExprKind::Call { fun, args, .. } => {
                let conversion = match &fun.kind {
                    ExprKind::ArrayType { .. }
                    | ExprKind::MapType { .. }
                    | ExprKind::ChanType { .. }
                    | ExprKind::FuncType(_)
                    | ExprKind::StructType { .. }
                    | ExprKind::InterfaceType { .. } => true,
                    ExprKind::Paren(_) | ExprKind::Ident(_) | ExprKind::Selector(..) | ExprKind::Index(..) => self.type_expr_silent(fun),
                    _ => false,
                };
                !conversion || args.iter().any(|a| self.has_call_or_recv(a))
            }
            ExprKind::FuncLit { .. } => false,
            _ => {
                let mut kids = Vec::new();
                crate::escape::children(e, &mut |c| kids.push(c));
                kids.into_iter().any(|c| self.has_call_or_recv(c))
            }
        }
    }

    /// Whether `e` denotes a type, without reporting errors.
    fn type_expr_silent(&mut self, e: &'a Expr<'a>) -> bool {
        let ndiag = self.diags.len();
        let t = self.type_expr(e).is_some();
        self.diags.truncate(ndiag);
        t
    }

    fn size_arg(&mut self, a: &'a Expr<'a>) -> Reg {
        self.size_arg_named(a, "index")
    }

    /// A non-negative integer argument that types2's isValidIndex checks,
    /// `what` naming it in its errors ("index" for make, "length" for
    /// unsafe.Slice and unsafe.String).
    fn size_arg_named(&mut self, a: &'a Expr<'a>, what: &str) -> Reg {
        let o = self.expr(a, Some(TypeId::INT));
        if let Opnd::Const(v, t) = &o {
            if let Some(i) = v.as_int() {
                // (A typed constant's sign, and an untyped one past int's range, are int_operand's to check.)
                if i < 0 && i >= i64::MIN as i128 && self.tt.is_untyped(*t) {
                    self.error(a.span, format!("invalid argument: {what} {} (constant of type int) must not be negative", v.render()));
                }
            }
        }
        self.int_operand(o, a, what)
    }

    /// unsafe.Slice, unsafe.SliceData, unsafe.String and unsafe.StringData
    /// (types2's checks and messages), each a native of the runtime
    /// (`natives/unsafe.rs`) that keeps the pointer's identity where the VM
    /// has one and stops with a "not supported" fatal error where it has not.
    fn unsafe_data(&mut self, b: Builtin, args: &'a [Expr<'a>], e: &'a Expr<'a>) -> Opnd {
        let (name, n) = match b {
            Builtin::UnsafeSlice => ("Slice", 3),
            Builtin::UnsafeSliceData => ("SliceData", 1),
            Builtin::UnsafeString => ("String", 2),
            _ => ("StringData", 1),
        };
        let want = n.min(2);
        if !self.builtin_nargs(args.len(), want, want, e) {
            return Opnd::Bad;
        }
        let base = self.fc().alloc_n(n);
        let t = match b {
            Builtin::UnsafeStringData => {
                let r = self.value(&args[0], TypeId::STRING, "argument to unsafe.StringData");
                self.emit(Op::Move { dst: base, src: r }, e.span);
                self.tt.pointer(TypeId::UINT8)
            }
            Builtin::UnsafeString => {
                let pb = self.tt.pointer(TypeId::BYTE);
                let r = self.value(&args[0], pb, "argument to unsafe.String");
                self.emit(Op::Move { dst: base, src: r }, e.span);
                let l = self.size_arg_named(&args[1], "length");
                self.emit(Op::Move { dst: base + 1, src: l }, e.span);
                TypeId::STRING
            }
            _ => {
                let m = self.mark();
                let xo = self.expr(&args[0], None);
                if matches!(xo, Opnd::Bad) {
                    self.rollback(m, true);
                    return Opnd::Bad;
                }
                let xt = xo.ty();
                let el = match (b, self.tt.ukind(xt)) {
                    (Builtin::UnsafeSlice, Kind::Pointer(el)) | (Builtin::UnsafeSliceData, Kind::Slice(el)) => *el,
                    _ => {
                        let what = if b == Builtin::UnsafeSlice { "pointer" } else { "slice" };
                        let msg = format!("invalid argument: {} is not a {what}", self.describe(&args[0], &xo));
                        self.rollback(m, false);
                        self.error(args[0].span, msg);
                        if b == Builtin::UnsafeSlice {
                            self.use_args(e);
                        }
                        return Opnd::Bad;
                    }
                };
                let r = self.materialize(xo, args[0].span);
                self.emit(Op::Move { dst: base, src: r }, e.span);
                if b == Builtin::UnsafeSlice {
                    let l = self.size_arg_named(&args[1], "length");
                    self.emit(Op::Move { dst: base + 1, src: l }, e.span);
                    // The element size, for runtime.unsafeslice's check that
                    // the slice does not run past the end of memory.
                    let size = self.tt.size_of(el) as i128;
                    self.load_const_into(base + 2, ConstVal::Int(size), TypeId::INT, e.span);
                    self.tt.slice(el)
                } else {
                    self.tt.pointer(el)
                }
            }
        };
        let nat = self.native(&format!("unsafe.{name}"));
        self.emit(Op::CallNative { native: nat, base, nargs: n as u16 }, e.span);
        Opnd::Reg(base, t)
    }
}

/// types2's unificationDepthLimit.
const UNIFICATION_DEPTH_LIMIT: u32 = 50;

/// A unification mode (types2's unifyMode) and the recursion depth.
#[derive(Clone, Copy)]
struct Unify {
    /// A defined type never matches a type literal through its underlying type.
    exact: bool,
    /// An assignment's unification: element types are unified exactly.
    assign: bool,
    depth: u32,
}

impl Unify {
    /// Argument passing and reverse inference (types2's `assign`).
    const ASSIGN: Unify = Unify { exact: false, assign: true, depth: 0 };
    /// A core type against a type argument's underlying type.
    const INEXACT: Unify = Unify { exact: false, assign: false, depth: 0 };

    /// The mode for the element types of a composite type (types2's emode).
    fn elem(self) -> Unify {
        Unify { exact: self.exact || self.assign, depth: self.depth + 1, ..self }
    }
}

impl<'a> Compiler<'a> {
    /// One step of `min`/`max` over floats (`op` Lt for min, Gt for max):
    /// `d = op(d, r)` by runtime's fmin/fmax, so a NaN operand makes the
    /// result NaN and min(-0, +0) is -0, max(-0, +0) is +0.
    fn float_min_max_step(&mut self, d: Reg, r: Reg, c: Reg, t: TypeId, op: bytecode::BinOp, span: Span) {
        use bytecode::BinOp;
        let mut take = Vec::new();
        let mut keep = Vec::new();
        // y is NaN, or y beats x: take y.
        self.emit(Op::CmpFloat { op: BinOp::Ne, dst: c, a: r, b: r }, span);
        take.push(self.emit(Op::JumpIf { cond: c, target: 0 }, span));
        self.emit(Op::CmpFloat { op, dst: c, a: r, b: d }, span);
        take.push(self.emit(Op::JumpIf { cond: c, target: 0 }, span));
        // x is NaN or beats y, or they are equal and not zero: keep x.
        self.emit(Op::CmpFloat { op: BinOp::Eq, dst: c, a: d, b: r }, span);
        keep.push(self.emit(Op::JumpIfNot { cond: c, target: 0 }, span));
        let zero = self.materialize(Opnd::Const(ConstVal::Float(0.0), t), span);
        self.emit(Op::CmpFloat { op: BinOp::Ne, dst: c, a: d, b: zero }, span);
        keep.push(self.emit(Op::JumpIf { cond: c, target: 0 }, span));
        // Both are zeros: min takes y if it is -0 (1/y < 0), max if it is +0.
        let one = self.materialize(Opnd::Const(ConstVal::Float(1.0), t), span);
        let q = self.fc().alloc();
        let f32 = matches!(self.tt.ukind(t), Kind::Float32);
        self.emit(Op::ArithFloat { op: BinOp::Div, dst: q, a: one, b: r, f32 }, span);
        self.emit(Op::CmpFloat { op, dst: c, a: q, b: zero }, span);
        keep.push(self.emit(Op::JumpIfNot { cond: c, target: 0 }, span));
        let at = self.fc().pc();
        for j in take {
            self.patch(j, at);
        }
        self.emit(Op::Move { dst: d, src: r }, span);
        let end = self.fc().pc();
        for j in keep {
            self.patch(j, end);
        }
    }
}
