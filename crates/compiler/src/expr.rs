//! Expressions: type checking, constant folding and code generation.

use bytecode::{BinOp, Const, Op, Reg};
use syntax::ast::*;
use types::{Kind, TypeId};

use crate::constant::{self, ConstVal};
use crate::func::VarRef;
use crate::{Builtin, Compiler, ObjKind, NATIVE_BIT};

/// A checked operand: where its value is (or that it is a constant, a
/// type, a package...).
#[derive(Clone, Debug)]
pub(crate) enum Opnd {
    Const(ConstVal, TypeId),
    Reg(Reg, TypeId),
    Type(TypeId),
    /// Several call results in consecutive registers.
    Multi(Reg, Vec<TypeId>),
    Void,
    Nil,
    Pkg(usize),
    Builtin(Builtin),
    /// A function (index, or NATIVE_BIT|native) and its signature.
    Func(u32, TypeId),
    Generic(crate::ObjId),
    /// A generic function given fewer type arguments than it has type
    /// parameters (`F[int]`): the rest must be inferred from a call.
    PartialInst(Box<PartialInst>),
    /// A method selected on a receiver, not yet called.
    Method(Box<MethodSel>),
    Bad,
}

#[derive(Clone, Debug)]
pub(crate) struct PartialInst {
    pub id: crate::ObjId,
    pub targs: Vec<TypeId>,
    /// Where each type argument is written.
    pub spans: Vec<Span>,
    /// The `[`.
    pub lbrack: Span,
}

#[derive(Clone, Debug)]
pub(crate) struct MethodSel {
    /// Receiver value (already adjusted to what the method expects).
    pub recv: Reg,
    pub func: u32,
    pub sig: TypeId,
    /// Interface method: name constant instead of a static function.
    pub iface_name: Option<u32>,
}

impl Opnd {
    pub(crate) fn ty(&self) -> TypeId {
        match self {
            Opnd::Const(_, t) | Opnd::Reg(_, t) | Opnd::Func(_, t) => *t,
            Opnd::Multi(_, ts) if ts.len() == 1 => ts[0],
            Opnd::Nil => TypeId::UNTYPED_NIL,
            Opnd::Method(m) => m.sig,
            _ => TypeId::VOID,
        }
    }
}

/// The result of looking a selector up in a type.
pub(crate) enum Sel {
    Field {
        path: Vec<u16>,
        ty: TypeId,
    },
    Method {
        path: Vec<u16>,
        named: TypeId,
        func: u32,
        ptr_recv: bool,
        sig: TypeId,
    },
    IfaceMethod {
        path: Vec<u16>,
        name: String,
        sig: TypeId,
    },
    /// Several fields or methods of that name at the shallowest depth:
    /// the selector is illegal, and the method is in no method set.
    Ambiguous,
    NotFound,
}

impl<'a> Compiler<'a> {
    // ------------------------------------------------------------------
    // materialising

    /// Evaluates `e` into a register of type `target`, checking that it is
    /// assignable and converting (constants, interface boxing, copies).
    pub(crate) fn value(&mut self, e: &'a Expr<'a>, target: TypeId, context: &str) -> Reg {
        let op = self.expr(e, Some(target));
        self.assign_op(op, e, target, context)
    }

    pub(crate) fn assign_op(&mut self, op: Opnd, e: &'a Expr<'a>, target: TypeId, context: &str) -> Reg {
        // An invalid target (its type had an error): anything goes.
        if target == TypeId::VOID && matches!(op, Opnd::Reg(..) | Opnd::Const(..) | Opnd::Nil | Opnd::Func(..) | Opnd::Method(_)) {
            return match op {
                Opnd::Reg(r, _) => r,
                _ => self.fc().alloc(),
            };
        }
        // An untyped target (an operand of an untyped comparison result)
        // means its default type.
        let target = if self.tt.is_untyped(target) && target != TypeId::UNTYPED_NIL { self.tt.default_type(target) } else { target };
        match op {
            // Already reported: nothing depends on an invalid operand.
            Opnd::Bad => self.fc().alloc(),
            Opnd::Const(v, t) if self.iface_tparam(target) => {
                // No type of the type set to take the constant.
                let desc = self.describe(e, &Opnd::Const(v, t));
                let tn = self.tname(target);
                self.error(e.span, format!("cannot use {desc} as {tn} value in {context}"));
                self.fc().alloc()
            }
            Opnd::Const(v, t) => {
                if self.tt.is_interface(target) {
                    let dt = self.tt.default_type(t);
                    if self.tt.is_untyped(t) && self.const_overflows(&v, dt) == Some(true) {
                        let desc = self.describe(e, &Opnd::Const(v.clone(), t));
                        let tn = self.tname(dt);
                        self.error(e.span, format!("cannot use {desc} as {tn} value in {context} (overflows)"));
                        return self.fc().alloc();
                    }
                    // The constant (with its default type) must implement
                    // the interface (`var s fmt.Stringer = 5`).
                    if !self.assignable(dt, target) {
                        let desc = self.describe(e, &Opnd::Const(v.clone(), dt));
                        let tn = self.tname(target);
                        let mut msg = format!("cannot use {desc} as {tn} value in {context}");
                        if let Some(m) = self.missing_method(dt, target) {
                            msg.push_str(&format!(": {} does not implement {tn} {}", self.tname(dt), paren_why(&m)));
                        }
                        self.error(e.span, msg);
                        return self.fc().alloc();
                    }
                    let v = self.convert_const(v, t, dt, e.span, context);
                    let k = self.typed_const_index(&v, dt);
                    let d = self.fc().alloc();
                    self.emit(Op::IfaceConst { dst: d, k, ty: dt }, e.span);
                    return d;
                }
                // A typed constant must be assignable first.
                if !self.tt.is_untyped(t) && !self.assignable(t, target) {
                    let desc = self.describe(e, &Opnd::Const(v.clone(), t));
                    let tn = self.tname(target);
                    self.error(e.span, format!("cannot use {desc} as {tn} value in {context}"));
                    return self.fc().alloc();
                }
                // Overflow, reported with the constant's description.
                if let Some(over) = self.const_overflows(&v, target) {
                    if over {
                        let desc = self.describe(e, &Opnd::Const(v.clone(), t));
                        let tn = self.tname(target);
                        let msg = if self.tt.is_untyped(t) {
                            let cause = self.repr_cause(t, target);
                            format!("cannot use {desc} as {tn} value in {context} ({cause})")
                        } else {
                            format!("constant {} overflows {tn}", v.render())
                        };
                        self.error(e.span, msg);
                        return self.fc().alloc();
                    }
                }
                let ok = self.representable_kind(t, target);
                if !ok {
                    let desc = self.describe(e, &Opnd::Const(v.clone(), t));
                    let tn = self.tname(target);
                    self.error(e.span, format!("cannot use {desc} as {tn} value in {context}"));
                    return self.fc().alloc();
                }
                let v = self.convert_const(v, t, target, e.span, context);
                self.load_const(v, target, e.span)
            }
            Opnd::Nil => {
                if !self.nillable(target) || self.iface_tparam(target) {
                    let tn = self.tname(target);
                    self.error(e.span, format!("cannot use nil as {tn} value in {context}"));
                }
                let r = self.fc().alloc();
                self.emit(Op::LoadNil { dst: r }, e.span);
                r
            }
            Opnd::Void => {
                self.error(e.span, format!("{} (no value) used as value", self.expr_text(e)));
                self.fc().alloc()
            }
            Opnd::Type(_) | Opnd::Builtin(_) | Opnd::Pkg(_) => {
                self.not_a_value(&op, e);
                self.fc().alloc()
            }
            Opnd::Generic(_) | Opnd::PartialInst(_) if matches!(self.tt.ukind(target), Kind::Func(_)) => {
                // Reverse inference: the type arguments from the target
                // function type.
                let (id, targs, spans, pos) = match op {
                    Opnd::PartialInst(p) => (p.id, p.targs, p.spans, p.lbrack),
                    Opnd::Generic(id) => (id, vec![], vec![], e.span),
                    _ => unreachable!(),
                };
                let ObjKind::Func { decl } = self.objs[id.0 as usize].kind else {
                    return self.materialize(Opnd::Generic(id), e.span);
                };
                let Some(targs) = self.infer(id, decl, &targs, &[], &[], Some(target), None, pos) else { return self.fc().alloc() };
                let (pkg, file) = (self.objs[id.0 as usize].pkg, self.objs[id.0 as usize].file);
                if !self.verify_targs(decl.type_params, pkg, file, &targs, &spans, pos) {
                    return self.fc().alloc();
                }
                self.inst_site = Some((spans.clone(), pos));
                let (f, sig) = self.instantiate_func(id, &targs);
                self.inst_site = None;
                self.assign_op(Opnd::Func(f, sig), e, target, context)
            }
            Opnd::Multi(_, ref ts) if ts.len() != 1 => {
                let tup = self.tt_tuple(ts);
                let msg = format!("multiple-value {} (value of type {}) in single-value context", self.expr_text(e), self.tname(tup));
                self.error(e.span, msg);
                self.fc().alloc()
            }
            op => {
                let from = op.ty();
                let r = self.materialize(op.clone(), e.span);
                if !self.assignable(from, target) {
                    let desc = self.describe(e, &op);
                    let tn = self.tname(target);
                    let mut msg = format!("cannot use {desc} as {tn} value in {context}");
                    if self.tt.is_interface(target) {
                        if let Some(m) = self.missing_method(from, target) {
                            msg.push_str(&format!(": {} does not implement {} {}", self.tname(from), self.tname(target), paren_why(&m)));
                        }
                    } else if self.tt.is_interface(from) && self.missing_method(target, from).is_none() {
                        msg.push_str(": need type assertion");
                    }
                    self.error(e.span, msg);
                    return r;
                }
                if self.tt.is_interface(target) && !self.tt.is_interface(from) && self.is_static_lit(e, from) {
                    let d = self.fc().alloc();
                    self.emit(Op::ToIfaceStatic { dst: d, src: r, ty: from }, e.span);
                    return d;
                }
                self.convert_reg(r, from, target, addressable(e), e.span)
            }
        }
    }

    /// isStaticCompositeLiteral (walk/complit.go): a struct or array literal
    /// whose elements are all constants, nil or static literals themselves.
    /// Converted to an interface, gc boxes it as content-addressed read-only
    /// data (see `Op::ToIfaceStatic`).
    ///
    /// Divergence: gc also follows a local variable assigned once to such a
    /// literal (`staticValue`); here only the literal itself counts.
    fn is_static_lit(&mut self, e: &'a Expr<'a>, t: TypeId) -> bool {
        let mut e = e;
        while let ExprKind::Paren(inner) = &e.kind {
            e = inner;
        }
        let ExprKind::CompositeLit { elts, .. } = &e.kind else { return false };
        match self.tt.ukind(t).clone() {
            Kind::Struct(fields) => elts.iter().enumerate().all(|(i, el)| {
                let idx = match el.key {
                    Some(k) => match &k.kind {
                        ExprKind::Ident(name) => fields.iter().position(|f| f.name == *name),
                        _ => None,
                    },
                    None => Some(i),
                };
                match idx.and_then(|i| fields.get(i)) {
                    Some(f) => self.is_static_elem(el.value, f.ty),
                    None => false,
                }
            }),
            Kind::Array(_, et) => elts.iter().all(|el| self.is_static_elem(el.value, et)),
            _ => false,
        }
    }

    fn is_static_elem(&mut self, v: &'a Expr<'a>, t: TypeId) -> bool {
        if matches!(v.kind, ExprKind::CompositeLit { .. }) {
            return self.is_static_lit(v, t);
        }
        if matches!(v.kind, ExprKind::Ident("nil")) {
            return true;
        }
        // Only expressions that can be constant are probed (a probe of a
        // function literal or a generic call would register functions).
        fn may_be_const(e: &Expr<'_>) -> bool {
            match &e.kind {
                ExprKind::BasicLit { .. } | ExprKind::Ident(_) => true,
                ExprKind::Selector(x, _) => matches!(x.kind, ExprKind::Ident(_)),
                ExprKind::Paren(x) => may_be_const(x),
                ExprKind::Unary(op, x) => !matches!(op, UnaryOp::Addr | UnaryOp::Recv) && may_be_const(x),
                ExprKind::Binary { x, y, .. } => may_be_const(x) && may_be_const(y),
                ExprKind::Call { fun, args, .. } => {
                    matches!(
                        fun.kind,
                        ExprKind::Ident(
                            "int"
                                | "int8"
                                | "int16"
                                | "int32"
                                | "int64"
                                | "uint"
                                | "uint8"
                                | "uint16"
                                | "uint32"
                                | "uint64"
                                | "uintptr"
                                | "float32"
                                | "float64"
                                | "string"
                                | "byte"
                                | "rune"
                                | "bool"
                                | "len"
                        )
                    ) && args.iter().all(may_be_const)
                }
                _ => false,
            }
        }
        if !may_be_const(v) {
            return false;
        }
        let m = self.mark();
        let c = matches!(self.expr(v, None), Opnd::Const(..));
        self.rollback(m, true);
        c
    }

    fn tt_tuple(&mut self, ts: &[TypeId]) -> TypeId {
        self.tt.intern(Kind::Tuple(ts.to_vec()))
    }

    /// Converts an assignable register value to `target` (boxing into an
    /// interface, copying aggregates read from variables).
    pub(crate) fn convert_reg(&mut self, r: Reg, from: TypeId, target: TypeId, addressable: bool, span: Span) -> Reg {
        if self.tt.is_interface(target) && !self.tt.is_interface(from) {
            let src = if addressable && self.is_aggregate(from) {
                let c = self.fc().alloc();
                self.emit(Op::CopyVal { dst: c, src: r }, span);
                c
            } else {
                r
            };
            let d = self.fc().alloc();
            let dynamic = self.tt.default_type(from);
            self.emit(Op::ToIface { dst: d, src, ty: dynamic }, span);
            return d;
        }
        if addressable && self.is_aggregate(from) {
            let c = self.fc().alloc();
            self.emit(Op::CopyVal { dst: c, src: r }, span);
            return c;
        }
        r
    }

    /// Puts any value operand into a register (constants get their default type).
    pub(crate) fn materialize(&mut self, op: Opnd, span: Span) -> Reg {
        match op {
            Opnd::Reg(r, _) => r,
            Opnd::Multi(r, _) => r,
            Opnd::Const(v, t) => {
                let dt = self.tt.default_type(t);
                let v = self.convert_const(v, t, dt, span, "assignment");
                self.load_const(v, dt, span)
            }
            Opnd::Nil => {
                let r = self.fc().alloc();
                self.emit(Op::LoadNil { dst: r }, span);
                r
            }
            Opnd::Func(f, _) => {
                let r = self.fc().alloc();
                if f & NATIVE_BIT != 0 {
                    self.emit(Op::LoadNative { dst: r, native: (f & !NATIVE_BIT) as u16 }, span);
                } else {
                    self.emit(Op::LoadFunc { dst: r, func: f }, span);
                }
                r
            }
            Opnd::Generic(id) => {
                let o = &self.objs[id.0 as usize];
                let msg = match o.kind {
                    ObjKind::Type { spec } => format!(
                        "cannot use generic type {}{} without instantiation",
                        o.name,
                        crate::generics::tparam_list_text(spec.type_params)
                    ),
                    _ => format!("cannot use generic function {} without instantiation", o.name),
                };
                self.error(span, msg);
                self.fc().alloc()
            }
            Opnd::PartialInst(p) => {
                // Not called: nothing to infer the rest from.
                if let ObjKind::Func { decl } = self.objs[p.id.0 as usize].kind {
                    let _ = self.infer(p.id, decl, &p.targs, &[], &[], None, None, p.lbrack);
                }
                self.fc().alloc()
            }
            Opnd::Method(m) => {
                let r = self.fc().alloc();
                match m.iface_name {
                    Some(name) => self.emit(Op::BindIfaceMethod { dst: r, recv: m.recv, name }, span),
                    None => self.emit(Op::BindMethod { dst: r, func: m.func, recv: m.recv }, span),
                };
                r
            }
            _ => self.fc().alloc(),
        }
    }

    /// An index, bound or size: any integer type (constants become int).
    pub(crate) fn int_operand(&mut self, op: Opnd, e: &'a Expr<'a>, what: &str) -> Reg {
        match op {
            // types2: an untyped numeric constant with a fraction is
            // "truncated to int"; a non-numeric one, or a typed non-integer
            // one, "must be integer".
            Opnd::Const(ref v, t) if !self.tt.is_integer(t) && !matches!(self.tt.kind(t), Kind::UntypedInt | Kind::UntypedRune) => {
                let numeric = matches!(self.tt.kind(t), Kind::UntypedFloat | Kind::UntypedComplex);
                if numeric && v.as_int().is_none() && !matches!(v, ConstVal::Complex(c) if c.1.as_f64() != 0.0) {
                    let d = self.describe(e, &op);
                    self.error(e.span, format!("{d} truncated to int"));
                    return self.fc().alloc();
                }
                if !numeric {
                    let d = self.describe(e, &op);
                    let msg = if self.tt.is_untyped(t) {
                        format!("cannot convert {d} to type int")
                    } else {
                        format!("invalid argument: {what} {d} must be integer")
                    };
                    self.error(e.span, msg);
                    return self.fc().alloc();
                }
                self.assign_op(op, e, TypeId::INT, what)
            }
            // A typed integer constant of any integer type is an index, as
            // a variable of that type is (`x[m]` with `const m uint64 = 2`,
            // stringer's `_ = x[Below - -1]`): its value must fit an int.
            Opnd::Const(ref v, t) if !self.tt.is_untyped(t) => match v.as_int() {
                Some(i) if i < 0 => {
                    let d = self.describe(e, &op);
                    self.error(e.span, format!("invalid argument: {what} {d} must not be negative"));
                    self.fc().alloc()
                }
                Some(i) if i > i64::MAX as i128 => {
                    let d = self.describe(e, &op);
                    self.error(e.span, format!("invalid argument: {what} {d} overflows int"));
                    self.fc().alloc()
                }
                _ => self.assign_op(Opnd::Const(v.clone(), TypeId::UNTYPED_INT), e, TypeId::INT, what),
            },
            // types2's isValidIndex converts an untyped constant to int
            // first: one that does not fit "overflows int".
            Opnd::Const(ref v, _) if v.as_int().is_some_and(|i| i64::try_from(i).is_err()) => {
                let d = self.describe(e, &op);
                self.error(e.span, format!("{d} overflows int"));
                self.fc().alloc()
            }
            Opnd::Const(..) => self.assign_op(op, e, TypeId::INT, what),
            Opnd::Bad => self.fc().alloc(),
            op if self.tt.is_integer(op.ty()) => self.materialize(op, e.span),
            op => {
                let d = self.describe(e, &op);
                self.error(e.span, format!("invalid argument: {what} {d} must be integer"));
                self.fc().alloc()
            }
        }
    }

    /// The constant pool entry holding `v` as a value of type `t`.
    fn typed_const_index(&mut self, v: &ConstVal, t: TypeId) -> u32 {
        let tt = &self.tt;
        let c = match v {
            ConstVal::Bool(b) => Const::Int(*b as i64),
            ConstVal::Str(s) => Const::Str(s.to_vec()),
            ConstVal::Complex(_) => {
                let (a, b) = v.complex_f64_parts();
                Const::Complex(a, b)
            }
            v if tt.is_complex(t) => Const::Complex(v.as_f64(), 0.0),
            v if tt.is_float(t) => {
                let f = v.as_f64();
                Const::Float(if matches!(tt.ukind(t), Kind::Float32) { f as f32 as f64 } else { f })
            }
            v => Const::Int(v.as_int().unwrap_or(0) as i64),
        };
        self.const_index(c)
    }

    pub(crate) fn load_const(&mut self, v: ConstVal, t: TypeId, span: Span) -> Reg {
        let r = self.fc().alloc();
        self.load_const_into(r, v, t, span);
        r
    }

    pub(crate) fn load_const_into(&mut self, r: Reg, v: ConstVal, t: TypeId, span: Span) {
        let op = match v {
            ConstVal::Bool(b) => Op::LoadBool { dst: r, v: b },
            ConstVal::Int(i) if self.tt.is_float(t) => Op::LoadConst { dst: r, k: self.const_index(Const::Float(i as f64)) },
            ConstVal::Int(i) if self.tt.is_complex(t) => Op::LoadConst { dst: r, k: self.const_index(Const::Complex(i as f64, 0.0)) },
            ConstVal::Int(i) => {
                let i = i as i64;
                if i >= i32::MIN as i64 && i <= i32::MAX as i64 {
                    Op::LoadInt { dst: r, v: i as i32 }
                } else {
                    Op::LoadConst { dst: r, k: self.const_index(Const::Int(i)) }
                }
            }
            // A big integer reaches here only as a float (integer types
            // reported it as overflowing).
            ConstVal::Rat(..) | ConstVal::BigRat(_) | ConstVal::Big(_) => {
                let f = v.as_f64();
                let f = if matches!(self.tt.ukind(t), Kind::Float32) { f as f32 as f64 } else { f };
                return self.load_const_into(r, ConstVal::Float(f), t, span);
            }
            ConstVal::Float(f) if self.tt.is_integer(t) => Op::LoadInt { dst: r, v: f as i32 },
            ConstVal::Float(f) if self.tt.is_complex(t) => Op::LoadConst { dst: r, k: self.const_index(Const::Complex(f, 0.0)) },
            ConstVal::Float(f) => {
                let f = if matches!(self.tt.ukind(t), Kind::Float32) { f as f32 as f64 } else { f };
                Op::LoadConst { dst: r, k: self.const_index(Const::Float(f)) }
            }
            ConstVal::Complex(_) => {
                let (a, b) = v.complex_f64_parts();
                Op::LoadConst { dst: r, k: self.const_index(Const::Complex(a, b)) }
            }
            ConstVal::Str(s) => Op::LoadConst { dst: r, k: self.const_index(Const::Str(s.to_vec())) },
        };
        self.emit(op, span);
    }

    // ------------------------------------------------------------------
    // constants

    /// Whether an untyped/typed constant of type `from` may become `to`.
    fn representable_kind(&self, from: TypeId, to: TypeId) -> bool {
        let tt = &self.tt;
        if from == to || tt.underlying(from) == tt.underlying(to) && !tt.is_untyped(from) {
            return true;
        }
        if !tt.is_untyped(from) {
            return self.assignable(from, to);
        }
        match tt.kind(from) {
            Kind::UntypedBool => tt.is_boolean(to),
            Kind::UntypedString => tt.is_string(to),
            Kind::UntypedInt | Kind::UntypedRune | Kind::UntypedFloat | Kind::UntypedComplex => tt.is_numeric(to),
            _ => false,
        }
    }

    /// Some(true) if constant `v` is out of range for numeric type `to`.
    pub(crate) fn const_overflows(&self, v: &ConstVal, to: TypeId) -> Option<bool> {
        let tt = &self.tt;
        if tt.is_untyped(to) {
            return None;
        }
        if tt.is_integer(to) {
            // An integer beyond i128 (a big integer, or an integral big
            // rational) fits no integer type.
            if v.as_int().is_none() && v.as_big().is_some() {
                return Some(true);
            }
            let i = v.as_int()?;
            let bits = tt.int_bits(to);
            let (lo, hi) =
                if tt.is_unsigned(to) { (0i128, (1i128 << bits) - 1) } else { (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1) };
            return Some(i < lo || i > hi);
        }
        if tt.is_float(to) {
            if !matches!(v, ConstVal::Int(_) | ConstVal::Big(_) | ConstVal::Float(_) | ConstVal::Rat(..) | ConstVal::BigRat(_)) {
                return None;
            }
            let f = v.as_f64();
            let max = if matches!(tt.ukind(to), Kind::Float32) { f32::MAX as f64 } else { f64::MAX };
            return Some(f.is_infinite() || f.abs() > max);
        }
        if tt.is_complex(to) {
            // Each part must fit the type's float (1e400i is untyped
            // complex; as a complex128 it overflows).
            let (re, im) = match v {
                ConstVal::Bool(_) | ConstVal::Str(_) => return None,
                v => v.complex_f64_parts(),
            };
            let max = if matches!(tt.ukind(to), Kind::Complex64) { f32::MAX as f64 } else { f64::MAX };
            return Some(!re.is_finite() || !im.is_finite() || re.abs() > max || im.abs() > max);
        }
        None
    }

    /// Converts a constant to type `to`, reporting overflow and truncation.
    pub(crate) fn convert_const(&mut self, v: ConstVal, from: TypeId, to: TypeId, span: Span, context: &str) -> ConstVal {
        let tt = &self.tt;
        if tt.is_integer(to) && !tt.is_untyped(to) {
            let i = match v.as_int() {
                Some(i) => i,
                // Beyond i128: out of range for every integer type.
                None if v.as_big().is_some() => i128::MAX,
                None => {
                    let r = v.render();
                    let fromn = describe_const_type(&self.tt, from);
                    let tn = self.tname(to);
                    self.error(span, format!("cannot use {r} ({fromn}) as {tn} value in {context} (truncated)"));
                    return ConstVal::Int(0);
                }
            };
            let bits = tt.int_bits(to);
            let (lo, hi) =
                if tt.is_unsigned(to) { (0i128, (1i128 << bits) - 1) } else { (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1) };
            if i < lo || i > hi {
                let r = v.render();
                let fromn = describe_const_type(&self.tt, from);
                let tn = self.tname(to);
                if self.tt.is_untyped(from) {
                    let cause = self.repr_cause(from, to);
                    self.error(span, format!("cannot use {r} ({fromn}) as {tn} value in {context} ({cause})"));
                } else {
                    self.error(span, format!("constant {r} overflows {tn}"));
                }
                return ConstVal::Int(0);
            }
            return ConstVal::Int(i);
        }
        if tt.is_float(to) && !tt.is_untyped(to) {
            // A typed float constant is rounded to its type (types2's
            // roundFloat32/64); later operations are exact on that value.
            let f = v.as_f64();
            return ConstVal::Float(if matches!(tt.ukind(to), Kind::Float32) { f as f32 as f64 } else { f });
        }
        if tt.is_complex(to) && !tt.is_untyped(to) {
            // A typed complex constant's parts are rounded to its float type.
            let (a, b) = v.complex_f64_parts();
            return if matches!(tt.ukind(to), Kind::Complex64) {
                ConstVal::complex_f64(a as f32 as f64, b as f32 as f64)
            } else {
                ConstVal::complex_f64(a, b)
            };
        }
        if matches!(tt.kind(to), Kind::UntypedFloat) {
            return ConstVal::Float(v.as_f64());
        }
        v
    }

    /// The constant value of `e`, if it is a constant expression.
    pub(crate) fn const_expr(&mut self, e: &'a Expr<'a>) -> Option<ConstVal> {
        let pushed = self.fstack.is_empty();
        if pushed {
            self.fstack.push(crate::func::FnCtx::new(Default::default(), "const".into()));
        }
        let op = self.expr(e, None);
        if pushed {
            self.fstack.pop();
        }
        match op {
            Opnd::Const(v, _) => Some(v),
            _ => None,
        }
    }

    fn const_binary(&mut self, op: BinaryOp, x: ConstVal, xt: TypeId, y: ConstVal, yt: TypeId, e: &'a Expr<'a>) -> Opnd {
        // types2 reports a constant division by zero at the divisor.
        let yspan = match &e.kind {
            ExprKind::Binary { y, .. } => y.span,
            _ => e.span,
        };
        use BinaryOp::*;
        // Result type: typed wins; among untyped kinds the "larger" kind.
        let rank = |t: TypeId, tt: &types::TypeTable| match tt.kind(t) {
            Kind::UntypedInt => 1,
            Kind::UntypedRune => 2,
            Kind::UntypedFloat => 3,
            Kind::UntypedComplex => 4,
            _ => 0,
        };
        let is_cmp = matches!(op, Eq | Ne | Lt | Le | Gt | Ge);
        let shift = matches!(op, Shl | Shr);
        // A shift has its left operand's type.
        let t = if shift || !self.tt.is_untyped(xt) {
            xt
        } else if !self.tt.is_untyped(yt) {
            yt
        } else if rank(xt, &self.tt) >= rank(yt, &self.tt) {
            xt
        } else {
            yt
        };
        if let (true, None, ExprKind::Binary { x: xe, .. }) = (shift, x.as_int().or_else(|| x.as_big().map(|_| 0)), &e.kind) {
            if !matches!(x, ConstVal::Bool(_) | ConstVal::Str(_)) {
                let desc = self.describe(xe, &Opnd::Const(x.clone(), xt));
                self.error(operand_pos(xe), format!("invalid operation: shifted operand {desc} must be integer"));
                return Opnd::Bad;
            }
        }
        // `1.0 << 3` is an untyped integer constant (types2's shift corrects
        // the type of an untyped operand representable as an integer).
        let (x, t) = match (shift, x.as_int()) {
            (true, Some(i)) if t == TypeId::UNTYPED_FLOAT || t == TypeId::UNTYPED_COMPLEX => (ConstVal::Int(i), TypeId::UNTYPED_INT),
            _ => (x, t),
        };
        // A constant count must be representable as a uint (types2's
        // shift: the count's own error, at the count).
        if let (true, ExprKind::Binary { y: ye, .. }) = (shift, &e.kind) {
            if !self.const_shift_count_ok(ye, &y, yt) {
                return Opnd::Bad;
            }
        }
        if !shift && !self.tt.is_untyped(xt) && !self.tt.is_untyped(yt) && xt != yt {
            let msg = format!("invalid operation: {} (mismatched types {} and {})", self.expr_text(e), self.tname(xt), self.tname(yt));
            self.error(e.span, msg);
            return Opnd::Bad;
        }
        // (A shift's count may be a complex constant with an integer value:
        // it is shifted by that integer, below.)
        if !shift && (matches!(x, ConstVal::Complex(..)) || matches!(y, ConstVal::Complex(..))) {
            let r = match op {
                Div if constant::complex_eq(&y, &ConstVal::Int(0)) => {
                    self.error(yspan, "invalid operation: division by zero");
                    return Opnd::Bad;
                }
                Eq => return Opnd::Const(ConstVal::Bool(constant::complex_eq(&x, &y)), TypeId::UNTYPED_BOOL),
                Ne => return Opnd::Const(ConstVal::Bool(!constant::complex_eq(&x, &y)), TypeId::UNTYPED_BOOL),
                Add | Sub | Mul | Div => {
                    let ch = match op {
                        Add => '+',
                        Sub => '-',
                        Mul => '*',
                        _ => '/',
                    };
                    match constant::complex_op(ch, &x, &y) {
                        Some(r) => r,
                        None => return self.bad_op(e, op, xt),
                    }
                }
                _ => return self.bad_op(e, op, xt),
            };
            let t = if self.tt.is_untyped(t) { TypeId::UNTYPED_COMPLEX } else { t };
            return Opnd::Const(r, t);
        }
        let res = match (&x, &y) {
            (ConstVal::Str(a), ConstVal::Str(b)) => match op {
                // types2's overflow check: a string constant must not
                // grow arbitrarily (go.dev/issue/78346).
                Add if a.len() + b.len() > constant::MAX_STR_LEN => {
                    let at = match &e.kind {
                        ExprKind::Binary { op_span, .. } => *op_span,
                        _ => e.span,
                    };
                    let msg = format!("constant string too long ({} bytes > {} bytes)", a.len() + b.len(), constant::MAX_STR_LEN);
                    self.error(at, msg);
                    return Opnd::Bad;
                }
                Add => ConstVal::Str(a.concat(b)),
                Eq => ConstVal::Bool(a == b),
                Ne => ConstVal::Bool(a != b),
                Lt => ConstVal::Bool(a < b),
                Le => ConstVal::Bool(a <= b),
                Gt => ConstVal::Bool(a > b),
                Ge => ConstVal::Bool(a >= b),
                _ => return self.bad_op(e, op, xt),
            },
            (ConstVal::Bool(a), ConstVal::Bool(b)) => match op {
                LAnd => ConstVal::Bool(*a && *b),
                LOr => ConstVal::Bool(*a || *b),
                Eq => ConstVal::Bool(a == b),
                Ne => ConstVal::Bool(a != b),
                _ => return self.bad_op(e, op, xt),
            },
            _ => {
                let isf = |v: &ConstVal| matches!(v, ConstVal::Float(_) | ConstVal::Rat(..) | ConstVal::BigRat(_));
                let float = self.tt.is_float(t) || isf(&x) && !self.tt.is_integer(t) || isf(&y) && !self.tt.is_integer(t);
                if !float {
                    // Exact: big integers where i128 does not suffice.
                    let (Some(a), Some(b)) = (x.as_big(), y.as_big()) else {
                        if let (true, ExprKind::Binary { x: xe, .. }) = (shift && x.as_big().is_none(), &e.kind) {
                            let desc = self.describe(xe, &Opnd::Const(x.clone(), xt));
                            self.error(operand_pos(xe), format!("invalid operation: shifted operand {desc} must be integer"));
                            return Opnd::Bad;
                        }
                        return self.bad_op(e, op, xt);
                    };
                    if shift && (b.sign() == num_bigint::Sign::Minus || b > num_bigint::BigInt::from(constant::SHIFT_BOUND)) {
                        let ye = match &e.kind {
                            ExprKind::Binary { y, .. } => *y,
                            _ => e,
                        };
                        let what = if b.sign() == num_bigint::Sign::Minus { "negative" } else { "invalid" };
                        let msg = format!("invalid operation: {what} shift count {}", self.describe(ye, &Opnd::Const(y.clone(), yt)));
                        self.error(ye.span, msg);
                        return Opnd::Bad;
                    }
                    if matches!(op, Div | Rem) && constant::big_is_zero(&b) {
                        self.error(yspan, "invalid operation: division by zero");
                        return Opnd::Bad;
                    }
                    let cmp = |o: std::cmp::Ordering| {
                        ConstVal::Bool(match op {
                            Eq => o.is_eq(),
                            Ne => o.is_ne(),
                            Lt => o.is_lt(),
                            Le => o.is_le(),
                            Gt => o.is_gt(),
                            _ => o.is_ge(),
                        })
                    };
                    if is_cmp {
                        cmp(constant::big_cmp(&a, &b))
                    } else {
                        match constant::big_int_op(op.as_str(), &a, &b) {
                            // Untyped integers must not grow arbitrarily:
                            // types2 stops them at 512 bits (so a constant
                            // squared again and again fails at once instead of
                            // using the host's memory).
                            Some(ConstVal::Big(v)) if self.tt.is_untyped(t) && v.bits() > constant::INT_PREC => {
                                let name = match op {
                                    Add => "addition ",
                                    Sub => "subtraction ",
                                    Xor => "bitwise XOR ",
                                    Mul => "multiplication ",
                                    Shl => "shift ",
                                    _ => "",
                                };
                                let at = match &e.kind {
                                    ExprKind::Binary { op_span, .. } => *op_span,
                                    _ => e.span,
                                };
                                self.error(at, format!("constant {name}overflow"));
                                return Opnd::Bad;
                            }
                            Some(v) => v,
                            None => return self.bad_op(e, op, xt),
                        }
                    }
                } else {
                    // Exact rational arithmetic, as Go's constants are exact
                    // (a float64 value is a dyadic rational).
                    let exact = match (x.as_big_rat(), y.as_big_rat()) {
                        (Some(ra), Some(rb)) => match op {
                            Eq | Ne | Lt | Le | Gt | Ge => {
                                use std::cmp::Ordering::*;
                                let o = constant::big_rat_cmp(&ra, &rb);
                                let b = match op {
                                    Eq => o == Equal,
                                    Ne => o != Equal,
                                    Lt => o == Less,
                                    Le => o != Greater,
                                    Gt => o == Greater,
                                    _ => o != Less,
                                };
                                return Opnd::Const(ConstVal::Bool(b), TypeId::UNTYPED_BOOL);
                            }
                            Add => constant::big_rat_op('+', ra, rb),
                            Sub => constant::big_rat_op('-', ra, rb),
                            Mul => constant::big_rat_op('*', ra, rb),
                            Div => constant::big_rat_op('/', ra, rb),
                            _ => None,
                        },
                        _ => None,
                    };
                    if let Some(v) = exact {
                        v
                    } else {
                        let (a, b) = (x.as_f64(), y.as_f64());
                        match op {
                            Add => ConstVal::Float(a + b),
                            Sub => ConstVal::Float(a - b),
                            Mul => ConstVal::Float(a * b),
                            Div => {
                                if b == 0.0 {
                                    self.error(yspan, "invalid operation: division by zero");
                                    return Opnd::Bad;
                                }
                                ConstVal::Float(a / b)
                            }
                            Eq => ConstVal::Bool(a == b),
                            Ne => ConstVal::Bool(a != b),
                            Lt => ConstVal::Bool(a < b),
                            Le => ConstVal::Bool(a <= b),
                            Gt => ConstVal::Bool(a > b),
                            Ge => ConstVal::Bool(a >= b),
                            _ => return self.bad_op(e, op, xt),
                        }
                    }
                }
            }
        };
        if is_cmp {
            return Opnd::Const(res, TypeId::UNTYPED_BOOL);
        }
        // Typed constant results must fit their type.
        if !self.tt.is_untyped(t) && self.const_overflows(&res, t) == Some(true) {
            // types2's overflow check: representable in the underlying basic type.
            let under = self.tname(self.tt.underlying(t));
            let msg = format!("{} (constant {} of {}) overflows {under}", self.expr_text(e), res.render(), self.type_desc(t));
            self.error(operand_pos(e), msg);
            return Opnd::Bad;
        }
        let res = if !self.tt.is_untyped(t) { self.convert_const(res, TypeId::UNTYPED_INT, t, e.span, "constant") } else { res };
        let t = if matches!(res, ConstVal::Float(_) | ConstVal::Rat(..) | ConstVal::BigRat(_))
            && matches!(self.tt.kind(t), Kind::UntypedInt | Kind::UntypedRune)
        {
            TypeId::UNTYPED_FLOAT
        } else {
            t
        };
        Opnd::Const(res, t)
    }

    /// Why an untyped constant is not representable in `to`, in types2's
    /// words: a float constant given an integer type is `truncated` (even
    /// when it is an integer too large), anything else `overflows`.
    pub(crate) fn repr_cause(&self, from: TypeId, to: TypeId) -> &'static str {
        if matches!(self.tt.kind(from), Kind::UntypedFloat) && self.tt.is_integer(to) {
            "truncated"
        } else {
            "overflows"
        }
    }

    /// An operand that must be one value: a call with several results or
    /// none is an error (reported) and yields Bad.
    pub(crate) fn single_value(&mut self, o: Opnd, e: &'a Expr<'a>) -> Opnd {
        match o {
            Opnd::Multi(_, ref ts) if ts.len() != 1 => {
                let tup = self.tt_tuple(ts);
                let msg = format!("multiple-value {} (value of type {}) in single-value context", self.expr_text(e), self.tname(tup));
                self.error(e.span, msg);
                Opnd::Bad
            }
            Opnd::Void => {
                self.error(e.span, format!("{} (no value) used as value", self.expr_text(e)));
                Opnd::Bad
            }
            Opnd::Type(_) | Opnd::Builtin(_) | Opnd::Pkg(_) => {
                self.not_a_value(&o, e);
                Opnd::Bad
            }
            o => o,
        }
    }

    /// types2's `exclude`: a type, an uncalled builtin or a bare package
    /// name where a value is needed.
    pub(crate) fn not_a_value(&mut self, o: &Opnd, e: &'a Expr<'a>) {
        let text = self.expr_text(e);
        let msg = match o {
            Opnd::Type(_) => format!("{text} (type) is not an expression"),
            Opnd::Builtin(_) => format!("{text} (built-in) must be called"),
            _ => format!("use of package {text} not in selector"),
        };
        self.error(e.span, msg);
    }

    fn bad_op(&mut self, e: &'a Expr<'a>, op: BinaryOp, t: TypeId) -> Opnd {
        // An ordered comparison: types2's `comparison` names the type.
        if matches!(op, BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge) {
            let what = self.composite_kind(t);
            let msg = format!("invalid operation: {} (operator {} not defined on {what})", self.expr_text(e), op.as_str());
            self.error(e.span, msg);
            return Opnd::Bad;
        }
        let msg = format!(
            "invalid operation: operator {} not defined on {} ({})",
            op.as_str(),
            self.expr_text(operand_x(e)),
            self.describe_type_short(t)
        );
        self.error(e.span, msg);
        Opnd::Bad
    }

    /// Checks the operand of a receive `<-x` (a channel one may receive
    /// from); false if it is no channel.
    pub(crate) fn check_recv_operand(&mut self, x: &'a Expr<'a>, co: &Opnd) -> bool {
        let ct = co.ty();
        if !matches!(self.tt.ukind(ct), Kind::Chan(..)) || self.tt.elem(ct).is_none() {
            if !matches!(co, Opnd::Bad) {
                // go1.27.3's words: the operand's type, then the operand.
                let msg = if self.iface_tparam(ct) {
                    format!("invalid operation: cannot receive from {}: no specific channel type", self.describe(x, co))
                } else {
                    format!("invalid operation: cannot receive from non-channel {} {}", self.tname(ct), self.describe(x, co))
                };
                self.error(x.span, msg);
            }
            return false;
        }
        if matches!(self.tt.ukind(ct), Kind::Chan(types::ChanDir::Send, _)) {
            let msg = format!("invalid operation: cannot receive from send-only channel {} {}", self.tname(ct), self.describe(x, co));
            self.error(x.span, msg);
        }
        true
    }

    /// types2's `compositeKind` of `t` (`slice`, `struct`...), or the
    /// type's name for a basic type, as a comparison's cause names it.
    fn composite_kind(&self, t: TypeId) -> String {
        let what = match self.tt.ukind(t) {
            Kind::Array(..) => "array",
            Kind::Slice(_) => "slice",
            Kind::Struct(_) => "struct",
            Kind::Pointer(_) => "pointer",
            Kind::Func(_) => "func",
            Kind::Interface { .. } => "interface",
            Kind::Map(..) => "map",
            Kind::Chan(..) => "chan",
            Kind::Tuple(_) => "tuple",
            _ if self.tt.is_untyped(t) => return format!("untyped {}", self.tname(t)),
            _ => return self.tname(t),
        };
        what.to_string()
    }

    /// A comparison with a type parameter operand, as types2's
    /// `comparison` checks it against the type set: true if reported.
    fn tparam_comparison(&mut self, op: BinaryOp, e: &'a Expr<'a>, x: &'a Expr<'a>, xo: &Opnd, y: &'a Expr<'a>, yo: &Opnd) -> bool {
        let (xt, yt) = (xo.ty(), yo.ty());
        let (fx, fy) = (self.fake_tparam(xt).is_some(), self.fake_tparam(yt).is_some());
        if !fx && !fy || matches!(xo, Opnd::Bad) || matches!(yo, Opnd::Bad) {
            return false;
        }
        let name = |c: &Self, o: &Opnd, t: TypeId| {
            if matches!(o, Opnd::Nil) {
                "untyped nil".to_string()
            } else if c.tt.is_untyped(t) {
                format!("untyped {}", c.tname(t))
            } else {
                c.tname(t)
            }
        };
        let text = self.expr_text(e);
        // An operand that cannot take the parameter's type: nil, or a
        // constant, when the type set has no specific types (or no nil).
        let takes = |c: &Self, o: &Opnd, p: TypeId| match o {
            Opnd::Nil => !c.iface_tparam(p) && c.nillable(p),
            Opnd::Const(_, ct) if c.tt.is_untyped(*ct) => !c.iface_tparam(p),
            _ => true,
        };
        if fx && !fy && !takes(self, yo, xt) || fy && !fx && !takes(self, xo, yt) {
            let msg = format!("invalid operation: {text} (mismatched types {} and {})", name(self, xo, xt), name(self, yo, yt));
            self.error(operand_pos(y), msg);
            return true;
        }
        if xt != yt && !(self.tt.is_untyped(xt) || self.tt.is_untyped(yt)) {
            return false;
        }
        let ordered = |c: &Self, t: TypeId| !c.iface_tparam(t) && (c.tt.is_integer(t) || c.tt.is_float(t) || c.tt.is_string(t));
        let comparable = |c: &Self, t: TypeId| match c.fake_tparam(t) {
            Some(f) if f.no_terms => f.comparable,
            _ => c.tt.comparable(t),
        };
        let (bad_x, bad_y, cause) = if matches!(op, BinaryOp::Eq | BinaryOp::Ne) {
            if matches!(xo, Opnd::Nil) || matches!(yo, Opnd::Nil) {
                return false;
            }
            (fx && !comparable(self, xt), fy && !comparable(self, yt), "incomparable types in type set".to_string())
        } else {
            let p = if fx { xt } else { yt };
            (
                fx && !ordered(self, xt),
                fy && !ordered(self, yt),
                format!("type parameter {} cannot use operator {}", self.tname(p), op.as_str()),
            )
        };
        if bad_x || bad_y {
            let at = if bad_x { operand_pos(x) } else { operand_pos(y) };
            self.error(at, format!("invalid operation: {text} ({cause})"));
            return true;
        }
        false
    }

    fn describe_type_short(&self, t: TypeId) -> String {
        if let Some(f) = self.fake_tparam(t) {
            format!("variable of type {} constrained by {}", self.tname(t), f.constraint)
        } else if self.tt.is_untyped(t) {
            format!("untyped {} constant", self.tname(t))
        } else {
            format!("variable of type {}", self.tname(t))
        }
    }

    // ------------------------------------------------------------------
    // expressions

    pub(crate) fn expr(&mut self, e: &'a Expr<'a>, hint: Option<TypeId>) -> Opnd {
        if let Some((_, o)) = self.bound.iter().rev().find(|(b, _)| std::ptr::eq(*b, e)) {
            return o.clone();
        }
        match &e.kind {
            ExprKind::BasicLit { kind, raw } => match kind {
                LitKind::Int => match constant::parse_int_lit(raw)
                    .map(ConstVal::Int)
                    .or_else(|| constant::parse_big_int_lit(raw).map(ConstVal::from_big))
                {
                    Some(v) => Opnd::Const(v, TypeId::UNTYPED_INT),
                    None => {
                        self.error(e.span, format!("integer constant overflow: {raw}"));
                        Opnd::Bad
                    }
                },
                LitKind::Float | LitKind::Imag if constant::float_lit_malformed(raw) => {
                    self.error(e.span, format!("malformed constant: {raw}"));
                    Opnd::Bad
                }
                LitKind::Float => Opnd::Const(
                    constant::parse_float_rat(raw).unwrap_or_else(|| ConstVal::Float(constant::parse_float_lit(raw).unwrap_or(0.0))),
                    TypeId::UNTYPED_FLOAT,
                ),
                LitKind::Imag => {
                    let im =
                        constant::parse_imag_exact(raw).unwrap_or_else(|| ConstVal::Float(constant::parse_imag_lit(raw).unwrap_or(0.0)));
                    Opnd::Const(ConstVal::Complex(Box::new((ConstVal::Int(0), im))), TypeId::UNTYPED_COMPLEX)
                }
                LitKind::Char => Opnd::Const(ConstVal::Int(constant::parse_rune_lit(raw).unwrap_or(0)), TypeId::UNTYPED_RUNE),
                LitKind::String => {
                    Opnd::Const(ConstVal::Str(constant::parse_string_lit(raw).unwrap_or_default().into()), TypeId::UNTYPED_STRING)
                }
            },
            ExprKind::Ident(name) => self.ident(name, e),
            ExprKind::Paren(x) => self.expr(x, hint),
            ExprKind::FuncLit { typ, body } => self.func_lit(typ, body, e),
            ExprKind::CompositeLit { typ, elts, .. } => {
                let t = match typ {
                    Some(t) => self.composite_type(t, elts.len()),
                    None => match hint {
                        Some(h) => h,
                        None => {
                            self.error(e.span, "invalid composite literal type: missing type");
                            return Opnd::Bad;
                        }
                    },
                };
                self.composite(t, elts, e)
            }
            ExprKind::Selector(x, sel) => self.selector(x, sel, e),
            ExprKind::Index(x, idx) => self.index(x, idx, e),
            ExprKind::Slice { x, lo, hi, max, .. } => self.slice_expr(x, *lo, *hi, *max, e),
            ExprKind::TypeAssert(x, t) => self.type_assert(x, *t, e, false),
            ExprKind::Call { fun, args, ellipsis, .. } => self.call(fun, args, ellipsis.is_some(), e),
            ExprKind::Star(x) => {
                let op = self.expr(x, None);
                match op {
                    Opnd::Type(t) => Opnd::Type(self.tt.pointer(t)),
                    op => {
                        let t = op.ty();
                        if self.no_core_type(t).is_some() {
                            let msg = format!("invalid operation: pointers of {} must have identical base types", self.describe(x, &op));
                            self.error(x.span, msg);
                            return Opnd::Bad;
                        }
                        let Kind::Pointer(elem) = self.tt.ukind(t).clone() else {
                            if !matches!(op, Opnd::Bad) {
                                self.error(x.span, format!("invalid operation: cannot indirect {}", self.describe(x, &op)));
                            }
                            return Opnd::Bad;
                        };
                        let p = self.materialize(op, x.span);
                        let d = self.fc().alloc();
                        if self.is_aggregate(elem) {
                            // *p of a struct: the object itself (copied by consumers).
                            self.emit(Op::NilCheck { ptr: p }, e.span);
                            self.emit(Op::Load { dst: d, ptr: p }, e.span);
                            // Load copies; keep aliasing for field access via p.
                            return Opnd::Reg(d, elem);
                        }
                        self.emit(Op::Load { dst: d, ptr: p }, e.span);
                        Opnd::Reg(d, elem)
                    }
                }
            }
            ExprKind::Unary(op, x) => self.unary(*op, x, e, hint),
            ExprKind::Binary { op, x, y, .. } => self.binary(*op, x, y, e, hint),
            _ => match self.type_expr(e) {
                Some(t) => Opnd::Type(t),
                None => {
                    self.error(e.span, format!("{} is not an expression", self.expr_text(e)));
                    Opnd::Bad
                }
            },
        }
    }

    fn ident(&mut self, name: &'a str, e: &'a Expr<'a>) -> Opnd {
        if name == "_" {
            self.error(e.span, "cannot use _ as value or type");
            return Opnd::Bad;
        }
        if let Some(&t) = self.ctx.subst.get(name) {
            return Opnd::Type(t);
        }
        if let Some(v) = self.lookup_local(name, true) {
            return match v {
                // An invalid variable (its declaration had an error).
                VarRef::Slot { ty, .. } | VarRef::Capture { ty, .. } if ty == TypeId::VOID => Opnd::Bad,
                VarRef::Const(v, t) => Opnd::Const(v, t),
                VarRef::Type(t) => Opnd::Type(t),
                VarRef::Generic(id) => Opnd::Generic(id),
                VarRef::Slot { slot, ty, boxed } => {
                    if boxed {
                        let d = self.fc().alloc();
                        self.emit(Op::LoadCell { dst: d, cell: slot }, e.span);
                        Opnd::Reg(d, ty)
                    } else {
                        Opnd::Reg(slot, ty)
                    }
                }
                VarRef::Capture { idx, ty, boxed } => {
                    let d = self.fc().alloc();
                    if boxed {
                        self.emit(Op::LoadCapCell { dst: d, idx }, e.span);
                    } else {
                        self.emit(Op::LoadCapture { dst: d, idx }, e.span);
                    }
                    Opnd::Reg(d, ty)
                }
            };
        }
        if name == "iota" {
            if let Some(i) = self.fstack.last().and_then(|f| f.iota) {
                return Opnd::Const(ConstVal::Int(i as i128), TypeId::UNTYPED_INT);
            }
            if !self.local_lookup_exists(name) && !self.pkgs[self.ctx.pkg].scope.contains_key(name) {
                self.error(e.span, "cannot use iota outside constant declaration");
                return Opnd::Bad;
            }
        }
        if let Some(p) = self.import_pkg(name) {
            return Opnd::Pkg(p);
        }
        let Some(id) = self.lookup_global(name) else {
            self.error(e.span, format!("undefined: {name}"));
            return Opnd::Bad;
        };
        self.obj_operand(id, e)
    }

    pub(crate) fn obj_operand(&mut self, id: crate::ObjId, e: &'a Expr<'a>) -> Opnd {
        let i = id.0 as usize;
        match &self.objs[i].kind {
            ObjKind::Builtin(b) => Opnd::Builtin(*b),
            ObjKind::BasicType(t) => Opnd::Type(*t),
            ObjKind::UniverseConst(t, v) => Opnd::Const(v.clone(), *t),
            ObjKind::Nil => Opnd::Nil,
            ObjKind::Type { spec } => {
                if !spec.type_params.is_empty() {
                    return Opnd::Generic(id);
                }
                self.resolve_obj(id);
                Opnd::Type(self.objs[i].ty)
            }
            ObjKind::Const { .. } => {
                self.resolve_obj(id);
                match self.objs[i].cval.clone() {
                    Some(v) => Opnd::Const(v, self.objs[i].ty),
                    // Its declaration had an error.
                    None => Opnd::Bad,
                }
            }
            ObjKind::Var { global, .. } => {
                let g = *global;
                self.resolve_obj(id);
                let t = self.objs[i].ty;
                if t == TypeId::VOID {
                    return Opnd::Bad;
                }
                let d = self.fc().alloc();
                self.emit(Op::LoadGlobal { dst: d, g }, e.span);
                Opnd::Reg(d, t)
            }
            ObjKind::Func { decl } => {
                if !decl.type_params.is_empty() {
                    return Opnd::Generic(id);
                }
                self.resolve_obj(id);
                Opnd::Func(self.objs[i].func, self.objs[i].ty)
            }
        }
    }

    fn func_lit(&mut self, typ: &'a FuncType<'a>, body: &'a Block<'a>, e: &'a Expr<'a>) -> Opnd {
        let parent_name = self.fc().name.clone();
        let n = {
            let fc = self.fc();
            fc.closure_count += 1;
            fc.closure_count
        };
        // Go names closures main.f.func1, and nested ones main.f.func1.1;
        // nested in a literal that gc inlines, main.f.func1.func1 (inline.rs).
        // (A range-over-func body directly in a declared function counts
        // as that function: `main.f-range1.func1`.)
        let (parent_closure, parent_inlined) =
            self.fstack.last().map(|f| (f.proto.closure && !f.range_of_declared, f.inlined)).unwrap_or((false, false));
        let name = if parent_closure && !parent_inlined { format!("{parent_name}.{n}") } else { format!("{parent_name}.func{n}") };
        let inlined = self.fstack.last().map(|f| f.inlined_lits.contains(&e.span.lo)).unwrap_or(false);
        let f = self.new_func(name.clone());
        let sig = self.signature(typ, None);
        let line = self.files[self.ctx.file].map.line(e.span.lo);
        let mut fc = crate::func::FnCtx::new(
            bytecode::FuncProto { name: name.clone(), line, closure: true, inl: inlined, ..Default::default() },
            name,
        );
        fc.escapes = self.scan_escapes(body);
        fc.inlined_lits = crate::inline::inlined_lits(body);
        fc.inlined = inlined;
        // Variables captured from outside must already be boxed there.
        self.fstack.push(fc);
        self.bind_signature(typ, Vec::new(), body);
        self.finish_function(f, body);
        // The finished context was popped by finish_function; its captures
        // were recorded in the prototype's context, which we rebuild here.
        let caps = std::mem::take(&mut self.last_captures);
        let _ = &caps;
        if caps.is_empty() {
            let d = self.fc().alloc();
            self.emit(Op::LoadFunc { dst: d, func: f }, e.span);
            return Opnd::Reg(d, sig);
        }
        let base = self.fc().alloc_n(caps.len());
        for (i, c) in caps.iter().enumerate() {
            let r = base + i as u16;
            match c.src {
                crate::func::CapSrc::Slot(s) => self.emit(Op::Move { dst: r, src: s }, e.span),
                crate::func::CapSrc::Capture(ci) => self.emit(Op::LoadCapture { dst: r, idx: ci }, e.span),
            };
        }
        let d = self.fc().alloc();
        self.emit(Op::MakeClosure { dst: d, func: f, caps: base, n: caps.len() as u16 }, e.span);
        Opnd::Reg(d, sig)
    }

    fn composite_type(&mut self, t: &'a Expr<'a>, n: usize) -> TypeId {
        if let ExprKind::ArrayType { len: ArrayLen::Ellipsis, elem } = &t.kind {
            let et = self.resolve_type(elem);
            let _ = n;
            return self.tt.intern(Kind::Array(0, et));
        }
        self.resolve_type(t)
    }

    /// For a struct literal that gives every field exactly once (all
    /// positional, or all keyed by known field names), the field index of
    /// each element in source order; otherwise (and on any error) None.
    fn complete_struct_lit(&self, fields: &[types::Field], elts: &[KeyedElement<'a>]) -> Option<Vec<usize>> {
        if fields.is_empty() || elts.len() != fields.len() {
            return None;
        }
        if elts.iter().all(|el| el.key.is_none()) {
            return Some((0..fields.len()).collect());
        }
        let mut seen = vec![false; fields.len()];
        let mut order = Vec::with_capacity(elts.len());
        for el in elts.iter() {
            let ExprKind::Ident(name) = &el.key?.kind else { return None };
            let i = fields.iter().position(|f| f.name == *name)?;
            if std::mem::replace(&mut seen[i], true) {
                return None;
            }
            order.push(i);
        }
        Some(order)
    }

    /// Composite literals: structs, arrays, slices and maps.
    fn composite(&mut self, t: TypeId, elts: &'a [KeyedElement<'a>], e: &'a Expr<'a>) -> Opnd {
        // `T{x, f()}`: f runs before x is read, as in gc (order.rs).
        let ops: Vec<&'a Expr<'a>> = elts.iter().flat_map(|el| el.key.into_iter().chain(std::iter::once(el.value))).collect();
        let mark = self.order_operands(&ops);
        let o = self.composite_elems(t, elts, e);
        self.bound.truncate(mark);
        o
    }

    fn composite_elems(&mut self, t: TypeId, elts: &'a [KeyedElement<'a>], e: &'a Expr<'a>) -> Opnd {
        // `[...]T{...}`: the length is the largest index plus one.
        let t = match (&e.kind, self.tt.kind(t).clone()) {
            (ExprKind::CompositeLit { typ: Some(te), .. }, Kind::Array(0, et))
                if matches!(te.kind, ExprKind::ArrayType { len: ArrayLen::Ellipsis, .. }) =>
            {
                let mut next: i128 = 0;
                let mut n: i128 = 0;
                for el in elts.iter() {
                    if let Some(k) = el.key {
                        next = self.const_expr(k).and_then(|v| v.as_int()).unwrap_or(next);
                    }
                    next += 1;
                    n = n.max(next);
                }
                self.tt.intern(Kind::Array(n as u64, et))
            }
            _ => t,
        };
        match self.tt.ukind(t).clone() {
            Kind::Struct(fields) => {
                // Another package's unexported fields cannot be given.
                let tn = self.tname(t);
                let foreign = tn.split_once('.').is_some_and(|(p, _)| p != self.pkgs[self.ctx.pkg].name && !p.contains(' '));
                if foreign {
                    let exported = |n: &str| n.chars().next().is_some_and(|c| c.is_uppercase());
                    let mut bad = false;
                    for (i, el) in elts.iter().enumerate() {
                        let (name, at, how) = match el.key {
                            Some(k) => match &k.kind {
                                ExprKind::Ident(n) if fields.iter().any(|f| f.name == *n) => (n.to_string(), k.span, "cannot refer to"),
                                _ => continue,
                            },
                            None => match fields.get(i) {
                                Some(f) => (f.name.clone(), el.value.span, "implicit assignment to"),
                                None => continue,
                            },
                        };
                        if !exported(&name) {
                            self.error(at, format!("{how} unexported field {name} in struct literal of type {tn}"));
                            bad = true;
                        }
                    }
                    if bad {
                        return Opnd::Bad;
                    }
                }
                if let Some(order) = self.complete_struct_lit(&fields, elts) {
                    // Every field given once: build the object from registers.
                    let base = self.fc().alloc_n(fields.len());
                    for (el, idx) in elts.iter().zip(order) {
                        let mark = self.fc().next;
                        let v = self.elem_value(el.value, fields[idx].ty, "struct literal");
                        self.emit(Op::Move { dst: base + idx as u16, src: v }, el.value.span);
                        self.fc().next = mark;
                    }
                    let d = self.fc().alloc();
                    let scalar = self.tt.gc_scalar(t);
                    self.emit(Op::AggLit { dst: d, base, n: fields.len() as u16, scalar }, e.span);
                    return Opnd::Reg(d, t);
                }
                let d = self.fc().alloc();
                self.emit(Op::LoadZero { dst: d, ty: t }, e.span);
                let keyed = elts.first().map(|el| el.key.is_some()).unwrap_or(false);
                if !keyed && !elts.is_empty() && elts.len() != fields.len() {
                    let (msg, at) = if elts.len() < fields.len() {
                        let rb = match &e.kind {
                            ExprKind::CompositeLit { rbrace, .. } => *rbrace,
                            _ => e.span,
                        };
                        ("too few values in struct literal", rb)
                    } else {
                        ("too many values in struct literal", elts[fields.len()].value.span)
                    };
                    let m = format!("{msg} of type {}", self.tname(t));
                    self.error(at, m);
                }
                let mut given: Vec<usize> = Vec::new();
                for (i, el) in elts.iter().enumerate() {
                    // All elements keyed, or none (as the first).
                    if el.key.is_some() != keyed {
                        let at = el.key.map(|k| k.span).unwrap_or(el.value.span);
                        self.error(at, "mixture of field:value and value elements in struct literal");
                        continue;
                    }
                    let idx = if let Some(k) = el.key {
                        let ExprKind::Ident(name) = &k.kind else { continue };
                        match fields.iter().position(|f| f.name == *name) {
                            Some(i) => {
                                if given.contains(&i) {
                                    self.error(k.span, format!("duplicate field name {name} in struct literal"));
                                    continue;
                                }
                                given.push(i);
                                i
                            }
                            None => {
                                let msg = self.unknown_lit_field(t, &fields, name);
                                self.error(k.span, msg);
                                continue;
                            }
                        }
                    } else {
                        i
                    };
                    let Some(f) = fields.get(idx) else { continue };
                    let mark = self.fc().next;
                    let v = self.elem_value(el.value, f.ty, "struct literal");
                    self.emit(Op::SetField { obj: d, idx: idx as u16, src: v }, el.value.span);
                    self.fc().next = mark;
                }
                Opnd::Reg(d, t)
            }
            Kind::Array(len, et) => {
                let d = self.fc().alloc();
                self.emit(Op::LoadZero { dst: d, ty: t }, e.span);
                let mut next: i128 = 0;
                let mut seen = types::FastSet::default();
                for el in elts.iter() {
                    if let Some(k) = el.key {
                        next = self.const_expr(k).and_then(|v| v.as_int()).unwrap_or(0);
                    }
                    let bad_len = matches!(&e.kind, ExprKind::CompositeLit { typ: Some(te), .. } if self.bad_array_lens.contains(&(self.ctx.file, te.span.lo)));
                    if next >= len as i128 && !bad_len {
                        let at = el.key.map(|k| k.span).unwrap_or(el.value.span);
                        self.error(at, format!("index {next} is out of bounds (>= {len})"));
                        next += 1;
                        continue;
                    }
                    if !seen.insert(next) {
                        let at = el.key.map(|k| k.span).unwrap_or(el.value.span);
                        self.error(at, format!("duplicate index {next} in array or slice literal"));
                        next += 1;
                        continue;
                    }
                    let mark = self.fc().next;
                    let v = self.elem_value(el.value, et, "array or slice literal");
                    let ir = self.load_const(ConstVal::Int(next), TypeId::INT, el.value.span);
                    self.emit(Op::SetIndex { x: d, i: ir, src: v }, el.value.span);
                    self.fc().next = mark;
                    next += 1;
                }
                Opnd::Reg(d, t)
            }
            Kind::Slice(et) => {
                let any_key = elts.iter().any(|el| el.key.is_some());
                // Small literals are built from consecutive registers; a big
                // one (a generated table) is made and then set element by
                // element, so that its size is not bounded by the registers.
                if !any_key && elts.len() <= 1024 {
                    let base = self.fc().alloc_n(elts.len());
                    for (i, el) in elts.iter().enumerate() {
                        let mark = self.fc().next;
                        let v = self.elem_value(el.value, et, "slice literal");
                        self.emit(Op::Move { dst: base + i as u16, src: v }, el.value.span);
                        self.fc().next = mark;
                    }
                    let d = self.fc().alloc();
                    self.emit(Op::SliceLit { dst: d, ty: t, base, n: elts.len() as u16 }, e.span);
                    return Opnd::Reg(d, t);
                }
                // Keyed slice literal: make then set.
                let mut n: i128 = 0;
                let mut maxn: i128 = 0;
                let mut idxs = Vec::new();
                let mut seen = types::FastSet::default();
                for el in elts.iter() {
                    if let Some(k) = el.key {
                        n = self.const_expr(k).and_then(|v| v.as_int()).unwrap_or(0);
                    }
                    if !seen.insert(n) {
                        let at = el.key.map(|k| k.span).unwrap_or(el.value.span);
                        self.error(at, format!("duplicate index {n} in array or slice literal"));
                    }
                    idxs.push(n);
                    n += 1;
                    maxn = maxn.max(n);
                }
                let d = self.fc().alloc();
                let len = self.load_const(ConstVal::Int(maxn), TypeId::INT, e.span);
                self.emit(Op::MakeSlice { dst: d, ty: t, len, cap: len, grow: false }, e.span);
                for (el, i) in elts.iter().zip(idxs) {
                    let mark = self.fc().next;
                    let v = self.elem_value(el.value, et, "slice literal");
                    let ir = self.load_const(ConstVal::Int(i), TypeId::INT, el.value.span);
                    self.emit(Op::SetIndex { x: d, i: ir, src: v }, el.value.span);
                    self.fc().next = mark;
                }
                Opnd::Reg(d, t)
            }
            Kind::Map(kt, vt) => {
                let d = self.fc().alloc();
                self.emit(Op::MakeMap { dst: d, ty: t }, e.span);
                // Constant keys must differ (types2 compares their values).
                // String keys go in a hash set: a table of thousands of
                // them (html's entities) would be quadratic in a list.
                let mut consts: Vec<ConstVal> = Vec::new();
                let mut strs: std::collections::HashSet<Vec<u8>> = std::collections::HashSet::new();
                for el in elts.iter() {
                    let mark = self.fc().next;
                    let Some(k) = el.key else {
                        self.error(el.value.span, "missing key in map literal");
                        continue;
                    };
                    // (With interface keys, equal values of two types differ.)
                    let kv = if probe_safe(k) && !self.tt.is_interface(kt) {
                        let m = self.mark();
                        let v = self.const_expr(k);
                        self.rollback(m, true);
                        v
                    } else {
                        None
                    };
                    if let Some(v) = kv {
                        let seen = match &v {
                            ConstVal::Str(cs) => !strs.insert(cs.to_vec()),
                            _ if consts.contains(&v) => true,
                            _ => {
                                consts.push(v.clone());
                                false
                            }
                        };
                        if seen {
                            self.error(k.span, format!("duplicate key {} in map literal", v.render()));
                        }
                    }
                    let kr = self.elem_value(k, kt, "map literal");
                    let vr = self.elem_value(el.value, vt, "map literal");
                    self.emit(Op::MapSet { m: d, k: kr, src: vr }, el.value.span);
                    self.fc().next = mark;
                }
                Opnd::Reg(d, t)
            }
            Kind::Pointer(inner) => {
                // &T{} elided inside another literal.
                let v = self.composite(inner, elts, e);
                let r = self.materialize(v, e.span);
                Opnd::Reg(self.addr_of_literal(r, e.span), t)
            }
            // An invalid type (its error already reported) says no more.
            _ if t == TypeId::VOID => Opnd::Bad,
            _ => {
                self.error(e.span, format!("invalid composite literal type {}", self.tname(t)));
                Opnd::Bad
            }
        }
    }

    /// `&T{...}`: the pointer replaces the literal's value in its own
    /// temporary. A second register would keep the object referenced after
    /// the program drops its last pointer (`p = nil`), so the collector
    /// could not find it unreachable (finalizers and runtime.AddCleanup
    /// would never run), as Go's liveness finds the literal's temporary dead.
    fn addr_of_literal(&mut self, r: Reg, span: Span) -> Reg {
        self.emit(Op::AddrOf { dst: r, src: r }, span);
        r
    }

    /// An element of a composite literal (elided types allowed).
    fn elem_value(&mut self, v: &'a Expr<'a>, t: TypeId, ctx: &str) -> Reg {
        if let ExprKind::CompositeLit { typ: None, elts, .. } = &v.kind {
            let op = self.composite(t, elts, v);
            return self.materialize(op, v.span);
        }
        if let (ExprKind::Unary(UnaryOp::Addr, inner), Kind::Pointer(pt)) = (&v.kind, self.tt.ukind(t).clone()) {
            if let ExprKind::CompositeLit { typ: None, elts, .. } = &inner.kind {
                let op = self.composite(pt, elts, inner);
                let r = self.materialize(op, v.span);
                return self.addr_of_literal(r, v.span);
            }
        }
        self.value(v, t, ctx)
    }

    // ------------------------------------------------------------------
    // selectors

    /// A field or method of `t` whose name is `name` in another case
    /// (go/types' hint: `but does have field Name`).
    fn other_case_sel(&self, t: TypeId, name: &str) -> Option<(&'static str, String)> {
        let base = match self.tt.kind(t) {
            Kind::Pointer(e) => *e,
            _ => t,
        };
        let mut names: Vec<String> = Vec::new();
        for b in [base, t] {
            if let Some(ni) = self.tt.named_info(b) {
                names.extend(ni.methods.iter().map(|m| m.name.clone()));
            }
        }
        match self.tt.ukind(base) {
            Kind::Struct(fs) => names.extend(fs.iter().map(|f| f.name.clone())),
            Kind::Interface { methods, .. } => names.extend(methods.iter().map(|m| m.name.clone())),
            _ => {}
        }
        let other = names.into_iter().find(|n| n != name && n.eq_ignore_ascii_case(name))?;
        match self.lookup_sel(t, &other) {
            Sel::Field { .. } => Some(("field", other)),
            Sel::Method { .. } | Sel::IfaceMethod { .. } => Some(("method", other)),
            _ => None,
        }
    }

    /// Looks up field or method `name` in type `t` (Go's depth rules).
    /// The field or method `name` of type `t`: the one at the shallowest
    /// embedding depth, if exactly one is there (the spec's selector rule).
    pub(crate) fn lookup_sel(&self, t: TypeId, name: &str) -> Sel {
        let tt = &self.tt;
        // A pointer to an interface has no fields and an empty method set.
        // (Not a type parameter whose core type is one, `PT interface{ *T;
        // M() }` with T's constraint an interface: PT has its constraint's
        // methods.)
        if self.is_pointer_to_interface(t) && self.fake_tparam(t).is_none() {
            return Sel::NotFound;
        }
        // A defined pointer type (`type P *struct{ x int }`) has no methods
        // of its own and none of its base type's; `p.x` is `(*p).x` for a
        // field (the spec's selector rule).
        if tt.is_named(t) && tt.named_info(t).is_none_or(|ni| ni.methods.is_empty()) {
            if let Kind::Pointer(e) = tt.ukind(t) {
                return match self.lookup_sel(*e, name) {
                    f @ Sel::Field { .. } => f,
                    Sel::Ambiguous => Sel::Ambiguous,
                    _ => Sel::NotFound,
                };
            }
        }
        let mut level: Vec<(TypeId, Vec<u16>)> = vec![(t, vec![])];
        let mut seen: Vec<TypeId> = Vec::new();
        for _depth in 0..8 {
            let mut next = Vec::new();
            let mut found: Vec<Sel> = Vec::new();
            let mut this_level: Vec<TypeId> = Vec::new();
            for (ty, path) in &level {
                let base = match tt.kind(*ty) {
                    Kind::Pointer(e) if tt.is_named(*e) || matches!(tt.kind(*e), Kind::Struct(_)) => *e,
                    _ => *ty,
                };
                // A type met at a shallower depth adds nothing (go/types'
                // seen set; it also ends recursive embedding). Several of
                // one type at this depth are all searched: a name found in
                // them is ambiguous.
                if tt.is_named(base) {
                    if seen.contains(&base) {
                        continue;
                    }
                    this_level.push(base);
                }
                // A promoted method's wrapper is not at this depth: the
                // walk below meets the method itself through the field.
                if let Some(m) = tt.method(base, name).filter(|m| !m.promoted) {
                    found.push(Sel::Method { path: path.clone(), named: base, func: m.func, ptr_recv: m.ptr_recv, sig: m.sig });
                    continue;
                }
                if let Kind::Interface { methods, .. } = tt.ukind(base) {
                    if let Some(m) = methods.iter().find(|m| m.name == name) {
                        found.push(Sel::IfaceMethod { path: path.clone(), name: name.to_string(), sig: m.sig });
                    }
                    continue;
                }
                if let Kind::Struct(fields) = tt.ukind(base) {
                    for (i, f) in fields.iter().enumerate() {
                        let mut p = path.clone();
                        p.push(i as u16);
                        if f.name == name {
                            found.push(Sel::Field { path: p, ty: f.ty });
                        } else if f.embedded {
                            next.push((f.ty, p));
                        }
                    }
                }
            }
            match found.len() {
                0 => {}
                1 => return found.pop().expect("one"),
                _ => return Sel::Ambiguous,
            }
            seen.extend(this_level);
            if next.is_empty() {
                break;
            }
            level = next;
        }
        Sel::NotFound
    }

    /// Whether `t` is a pointer to a type whose underlying type is an
    /// interface (`*I`): Go gives it no fields and no methods.
    fn is_pointer_to_interface(&self, t: TypeId) -> bool {
        matches!(self.tt.ukind(t), Kind::Pointer(e) if self.tt.is_interface(*e))
    }

    fn selector(&mut self, x: &'a Expr<'a>, sel: &Ident<'a>, e: &'a Expr<'a>) -> Opnd {
        let nocopy = std::mem::take(&mut self.fc().recv_nocopy);
        let (before_x, closures_before_x) = (self.mark(), self.fc().closure_count);
        let xo = self.expr(x, None);
        match xo {
            Opnd::Pkg(p) => {
                let Some(&id) = self.pkgs[p].scope.get(sel.name) else {
                    let pn = self.pkgs[p].name.clone();
                    // types2 names an exported name spelled the same but
                    // for case.
                    let other =
                        self.pkgs[p].scope.keys().find(|k| k.eq_ignore_ascii_case(sel.name) && k.starts_with(|c: char| c.is_uppercase()));
                    let hint = other.map(|k| format!(" (but have {k})")).unwrap_or_default();
                    self.error(sel.span, format!("undefined: {pn}.{}{hint}", sel.name));
                    return Opnd::Bad;
                };
                if !sel.name.starts_with(|c: char| c.is_uppercase()) {
                    let pn = self.pkgs[p].name.clone();
                    if self.pkgs[p].local {
                        // gc reads a local package's export data, which has
                        // its exported names only.
                        // types2 names an exported name spelled the same
                        // but for case.
                        let other = self.pkgs[p]
                            .scope
                            .keys()
                            .find(|k| k.eq_ignore_ascii_case(sel.name) && k.starts_with(|c: char| c.is_uppercase()));
                        let hint = other.map(|k| format!(" (but have {k})")).unwrap_or_default();
                        self.error(sel.span, format!("undefined: {pn}.{}{hint}", sel.name));
                        return Opnd::Bad;
                    }
                    self.error(sel.span, format!("name {} not exported by package {pn}", sel.name));
                }
                self.obj_operand(id, e)
            }
            Opnd::Type(t) => {
                // Method expression T.M or (*T).M.
                match self.lookup_sel(t, sel.name) {
                    // types2: a pointer method is not in T's method set
                    // (unless an embedded pointer leads to it).
                    Sel::Method { ptr_recv: true, ref path, .. } if !self.method_path_indirect(t, path) => {
                        let tn = self.tname(t);
                        let n = sel.name;
                        self.error(sel.span, format!("invalid method expression {tn}.{n} (needs pointer receiver (*{tn}).{n})"));
                        Opnd::Bad
                    }
                    Sel::Method { func, sig, path, .. } => {
                        // A promoted method's expression calls the
                        // receiver type's wrapper, which walks the path.
                        let func = if path.is_empty() {
                            func
                        } else {
                            let base = match self.tt.kind(t) {
                                Kind::Pointer(e) => *e,
                                _ => t,
                            };
                            self.tt.method(base, sel.name).map(|m| m.func).unwrap_or(func)
                        };
                        let s = self.tt.sig(sig).cloned().expect("sig");
                        let mut params = vec![t];
                        params.extend(s.params);
                        let ft = self.tt.func(params, s.results, s.variadic);
                        Opnd::Func(func, ft)
                    }
                    Sel::IfaceMethod { path, sig, .. } if path.is_empty() => {
                        // I.M: a function taking the interface value first.
                        let s = self.tt.sig(sig).cloned().expect("sig");
                        let mut params = vec![t];
                        params.extend(s.params.iter().copied());
                        let ft = self.tt.func(params.clone(), s.results.clone(), s.variadic);
                        let f = self.iface_method_expr(t, sel.name, &params, &s.results);
                        Opnd::Func(f, ft)
                    }
                    Sel::Field { .. } => {
                        let msg = format!("operand for field selector {} must be value of type {}", sel.name, self.tname(t));
                        self.error(x.span, msg);
                        Opnd::Bad
                    }
                    Sel::Ambiguous => {
                        self.error(sel.span, format!("ambiguous selector {}.{}", self.expr_text(x), sel.name));
                        Opnd::Bad
                    }
                    // A type whose declaration failed: already reported.
                    _ if self.tt.underlying(t) == TypeId::VOID => Opnd::Bad,
                    _ => {
                        // types2's lookupError, as for a value's selector.
                        let why = match self.other_case_sel(t, sel.name) {
                            Some((what, other)) => format!("has no field or method {}, but does have {what} {other}", sel.name),
                            None => format!("has no field or method {}", sel.name),
                        };
                        let msg = format!("{}.{} undefined (type {} {why})", self.expr_text(x), sel.name, self.tname(t));
                        self.error(sel.span, msg);
                        Opnd::Bad
                    }
                }
            }
            Opnd::Bad => Opnd::Bad,
            xo => {
                let xt = xo.ty();
                let found = self.lookup_sel(xt, sel.name);
                // Go's export rule: the program's code cannot select an
                // unexported field or method of another package's type
                // (`wg.state`, `os.Stdout.fd`): the sandbox's integrity
                // depends on it as much as Go's.
                if let Some(what) = match &found {
                    Sel::Field { .. } => Some("field"),
                    Sel::Method { .. } => Some("method"),
                    _ => None,
                } {
                    if self.foreign_unexported(xt, sel.name) {
                        self.error(
                            sel.span,
                            format!("{}.{} undefined (cannot refer to unexported {what} {})", self.expr_text(x), sel.name, sel.name),
                        );
                        return Opnd::Bad;
                    }
                }
                match found {
                    Sel::Field { path, ty } => {
                        // A field of a value is a value, unless reached
                        // through a pointer.
                        let value = self.mode(x, &xo) != "variable" && !self.field_path_indirect(xt, &path);
                        self.set_mode(e, value.then_some("value"));
                        let mut r = self.materialize(xo, x.span);
                        for (k, idx) in path.iter().enumerate() {
                            let d = self.fc().alloc();
                            self.emit(Op::GetField { dst: d, obj: r, idx: *idx }, if k + 1 == path.len() { sel.span } else { e.span });
                            r = d;
                        }
                        Opnd::Reg(r, ty)
                    }
                    Sel::Method { path, named, func, ptr_recv, sig } => {
                        if ptr_recv && path.is_empty() && !matches!(self.tt.kind(xt), Kind::Pointer(_)) {
                            if !self.is_addressable_var(x) {
                                let msg = format!("cannot call pointer method {} on {}", sel.name, self.tname(xt));
                                self.error(sel.span, msg);
                                return Opnd::Bad;
                            }
                            // The receiver is &x (method_receiver): x must be
                            // evaluated once, for its address only (`a[f()].M()`
                            // calls f once).
                            self.rollback(before_x, true);
                            self.fc().closure_count = closures_before_x;
                        }
                        // The receiver of a synchronous call to a Go method
                        // may share the variable's storage (`arg_storage_stable`).
                        let share = nocopy
                            && func & NATIVE_BIT == 0
                            && !matches!(self.tt.kind(xt), Kind::Pointer(_))
                            && !self.field_path_indirect(xt, &path)
                            && self.arg_storage_stable(x).is_some();
                        let recv = self.method_receiver(x, xo, xt, &path, named, ptr_recv, share, e.span);
                        Opnd::Method(Box::new(MethodSel { recv, func, sig, iface_name: None }))
                    }
                    Sel::IfaceMethod { path, name, sig } => {
                        let mut r = self.materialize(xo, x.span);
                        if nocopy && path.is_empty() {
                            self.devirt_nil_check(x, r, xt, &name, e.span);
                        }
                        for idx in path.iter() {
                            let d = self.fc().alloc();
                            self.emit(Op::GetField { dst: d, obj: r, idx: *idx }, e.span);
                            r = d;
                        }
                        let k = self.const_index(Const::Str(name.into_bytes()));
                        Opnd::Method(Box::new(MethodSel { recv: r, func: 0, sig, iface_name: Some(k) }))
                    }
                    Sel::Ambiguous => {
                        self.error(sel.span, format!("ambiguous selector {}.{}", self.expr_text(x), sel.name));
                        Opnd::Bad
                    }
                    // A type whose declaration failed: already reported.
                    Sel::NotFound if self.tt.underlying(xt) == TypeId::VOID => Opnd::Bad,
                    Sel::NotFound => {
                        let to_tparam = match self.tt.ukind(xt) {
                            Kind::Pointer(p) => self.fake_tparam(*p).is_some(),
                            _ => false,
                        };
                        let why = if to_tparam {
                            "is pointer to type parameter, not type parameter".to_string()
                        } else if self.is_pointer_to_interface(xt) {
                            "is pointer to interface, not interface".to_string()
                        } else {
                            match self.other_case_sel(xt, sel.name) {
                                Some((what, other)) => format!("has no field or method {}, but does have {what} {other}", sel.name),
                                None => format!("has no field or method {}", sel.name),
                            }
                        };
                        self.error(sel.span, format!("{}.{} undefined (type {} {why})", self.expr_text(x), sel.name, self.tname(xt)));
                        Opnd::Bad
                    }
                }
            }
        }
    }

    /// Whether `name` is unexported and `t` (or what it points to) is a
    /// named type of another package than the program code being compiled.
    /// types2's lookupError for a struct literal's key `sel` that names no
    /// field of `t`: a field spelled with other letter cases is hinted at,
    /// as its rules for the fields of another package allow.
    fn unknown_lit_field(&self, t: TypeId, fields: &[types::Field], sel: &str) -> String {
        let tn = self.tname(t);
        let exported = |s: &str| s.starts_with(|c: char| c.is_uppercase());
        let tail = |s: &str| s.chars().skip(1).collect::<String>();
        let alt = fields.iter().map(|f| f.name.as_str()).find(|n| n.eq_ignore_ascii_case(sel));
        let Some(alt) = alt else { return format!("unknown field {sel} in struct literal of type {tn}") };
        let foreign = self.foreign_type(t);
        let case = if !foreign {
            "misspelled"
        } else if exported(sel) {
            if exported(alt) {
                "misspelled"
            } else if tail(sel) == tail(alt) {
                "unexported"
            } else {
                "missing"
            }
        } else if exported(alt) {
            if tail(sel) == tail(alt) {
                "misspelled"
            } else {
                "missing"
            }
        } else if sel == alt {
            "inaccessible"
        } else {
            "missing"
        };
        match case {
            "misspelled" => format!("unknown field {sel} in struct literal of type {tn}, but does have {alt}"),
            "unexported" => format!("unknown field {sel} in struct literal of type {tn}, but does have unexported {alt}"),
            "inaccessible" => format!("cannot refer to unexported field {alt} in struct literal of type {tn}"),
            _ => format!("unknown field {sel} in struct literal of type {tn}"),
        }
    }

    /// Whether `t` (or what it points to) is a named type of a package
    /// other than the one being checked (only the program's own packages:
    /// the standard library's sources are trusted).
    fn foreign_type(&self, t: TypeId) -> bool {
        self.foreign_unexported(t, "_")
    }

    /// Only the program's own packages are checked: the standard library's
    /// Go source may use its own unexported names across its files.
    fn foreign_unexported(&self, t: TypeId, name: &str) -> bool {
        if name.starts_with(|c: char| c.is_uppercase()) {
            return false;
        }
        let Some(pkg) = self.pkgs.get(self.files[self.ctx.file].pkg) else { return false };
        if !pkg.local {
            return false;
        }
        let t = match self.tt.kind(t) {
            Kind::Pointer(e) => *e,
            _ => t,
        };
        match self.tt.named_info(t) {
            Some(n) if n.name.contains('.') => {
                let base = n.name.split('[').next().unwrap_or(&n.name);
                // Types are qualified by the package's name (`main.T`,
                // `sort_test.byName`) or, for a module's packages, by the
                // symbol prefix (`example.com/m/util.T`).
                !base.starts_with(&format!("{}.", pkg.sym)) && !base.starts_with(&format!("{}.", pkg.name))
            }
            _ => false,
        }
    }

    /// Whether selecting the field at `path` from a `t` goes through a
    /// pointer (`t` itself or an embedded pointer field before the last).
    /// gc devirtualizes `g.M()` when `g` is a local interface variable
    /// whose value has a known concrete type (`var g I = p`, never
    /// reassigned): a value method of `*T` then dereferences the nil `p` at
    /// the call (a nil dereference), where the interface call's wrapper
    /// would report `value method main.T.M called using nil *T pointer`.
    fn devirt_nil_check(&mut self, x: &'a Expr<'a>, r: Reg, it: TypeId, name: &str, span: Span) {
        let ExprKind::Ident(n) = &x.kind else { return };
        let Some((slot, _)) = self.own_var(n) else { return };
        let Some(&ct) = self.fc().devirt.get(&slot) else { return };
        let Kind::Pointer(base) = self.tt.kind(ct).clone() else { return };
        if self.tt.method(base, name).is_none_or(|m| m.ptr_recv) {
            return;
        }
        let p = self.fc().alloc();
        self.emit(Op::TypeAssert { dst: p, src: r, ty: ct, ok: false, iface_ty: it }, span);
        let v = self.fc().alloc();
        self.emit(Op::Load { dst: v, ptr: p }, span);
    }

    /// Whether the embedded fields on `path` from `t` go through a pointer,
    /// the last one included (the receiver of a promoted method).
    pub(crate) fn method_path_indirect(&self, t: TypeId, path: &[u16]) -> bool {
        let mut t = t;
        for &i in path {
            if let Kind::Pointer(_) = self.tt.ukind(t) {
                return true;
            }
            match self.tt.struct_fields(t).and_then(|fs| fs.get(i as usize)) {
                Some(f) => t = f.ty,
                None => return false,
            }
        }
        matches!(self.tt.ukind(t), Kind::Pointer(_))
    }

    pub(crate) fn field_path_indirect(&self, t: TypeId, path: &[u16]) -> bool {
        let mut t = t;
        for &i in path {
            if let Kind::Pointer(_) = self.tt.ukind(t) {
                return true;
            }
            match self.tt.struct_fields(t) {
                Some(fs) => match fs.get(i as usize) {
                    Some(f) => t = f.ty,
                    None => return false,
                },
                None => return false,
            }
        }
        false
    }

    /// Builds the function for a method expression `I.M` on an interface.
    fn iface_method_expr(&mut self, t: TypeId, name: &str, params: &[TypeId], results: &[TypeId]) -> u32 {
        let np = params.len() as u16;
        let nr = results.len() as u16;
        let base = np + nr;
        let k = self.const_index(Const::Str(name.as_bytes().to_vec()));
        let mut code = Vec::new();
        for i in 0..np {
            code.push(Op::Move { dst: base + i, src: i });
        }
        code.push(Op::CallIface { base, name: k, nargs: np.saturating_sub(1), nres: nr });
        for j in 0..nr {
            code.push(Op::Move { dst: np + j, src: base + j });
        }
        code.push(Op::Return);
        let fname = format!("{}.{}", self.tname(t), name);
        let nslots = base + np.max(nr) + 1;
        let proto = bytecode::FuncProto {
            name: fname.clone(),
            nslots,
            nparams: np,
            nresults: nr,
            boxed_results: vec![false; nr as usize],
            result_types: results.to_vec(),
            param_types: params.to_vec(),
            frame_size: 16 + 8 * nslots as u32,
            deferreturn_pc: code.len() as u32 - 1,
            code,
            wrapper: true,
            ..Default::default()
        };
        let f = self.new_func(fname);
        self.funcs[f as usize] = proto;
        f
    }

    /// Whether `x` is addressable (a variable, a field of one, a slice
    /// element, a dereference); map elements and call results are not.
    fn is_addressable_var(&mut self, x: &'a Expr<'a>) -> bool {
        match &x.kind {
            ExprKind::Ident(_) | ExprKind::Star(_) => true,
            ExprKind::Paren(i) => self.is_addressable_var(i),
            ExprKind::Selector(i, _) => {
                // A field of a pointer is addressable; of a value, if the value is.
                let t = self.addr_type_peek(i);
                matches!(self.tt.kind(t), Kind::Pointer(_)) || self.is_addressable_var(i) || self.import_pkg_peek(i)
            }
            ExprKind::Index(a, _) => {
                let t = self.addr_type_peek(a);
                match self.tt.ukind(t) {
                    Kind::Map(..) => false,
                    Kind::Slice(_) | Kind::Pointer(_) => true,
                    _ => self.is_addressable_var(a),
                }
            }
            _ => false,
        }
    }

    fn import_pkg_peek(&mut self, e: &'a Expr<'a>) -> bool {
        matches!(&e.kind, ExprKind::Ident(n) if !self.local_lookup_exists(n) && self.files[self.ctx.file].imports.iter().any(|i| i.name == *n))
    }

    fn addr_type_peek(&mut self, x: &'a Expr<'a>) -> TypeId {
        self.addr_type(x)
    }

    /// Computes the receiver argument for a static method call.
    #[allow(clippy::too_many_arguments)] // the selector's operand and its lookup result (Sel::Method's fields)
    fn method_receiver(
        &mut self,
        x: &'a Expr<'a>,
        xo: Opnd,
        xt: TypeId,
        path: &[u16],
        named: TypeId,
        ptr_recv: bool,
        share: bool,
        span: Span,
    ) -> Reg {
        // The value holding the method's receiver type.
        let mut r;
        let mut cur_t;
        if path.is_empty() {
            if ptr_recv && !matches!(self.tt.kind(xt), Kind::Pointer(_)) {
                // Implicit &x.
                return self.addr_of(x, span);
            }
            r = self.materialize(xo, x.span);
            cur_t = xt;
        } else {
            r = self.materialize(xo, x.span);
            cur_t = xt;
            for (k, idx) in path.iter().enumerate() {
                let st = match self.tt.kind(cur_t) {
                    Kind::Pointer(e) => *e,
                    _ => cur_t,
                };
                let fty = self.tt.struct_fields(st).map(|f| f[*idx as usize].ty).unwrap_or(TypeId::VOID);
                let d = self.fc().alloc();
                if k + 1 == path.len() && ptr_recv && !matches!(self.tt.kind(fty), Kind::Pointer(_)) {
                    self.emit(Op::AddrField { dst: d, obj: r, idx: *idx }, span);
                    return d;
                }
                self.emit(Op::GetField { dst: d, obj: r, idx: *idx }, span);
                r = d;
                cur_t = fty;
            }
        }
        let is_ptr = matches!(self.tt.kind(cur_t), Kind::Pointer(_));
        if !ptr_recv && is_ptr {
            let d = self.fc().alloc();
            self.emit(Op::Load { dst: d, ptr: r }, span);
            return d;
        }
        if !ptr_recv && self.is_aggregate(named) && !share {
            let d = self.fc().alloc();
            self.emit(Op::CopyVal { dst: d, src: r }, span);
            return d;
        }
        r
    }

    /// `&x` for an addressable expression.
    pub(crate) fn addr_of(&mut self, x: &'a Expr<'a>, span: Span) -> Reg {
        self.addr_of_typed(x, span).0
    }

    /// `&x` and the type of `x`.
    pub(crate) fn addr_of_typed(&mut self, x: &'a Expr<'a>, span: Span) -> (Reg, TypeId) {
        // `&*p`: the type is p's element type, known once p is compiled. A
        // probe would compile p twice, and `&*&*...&v` exponentially often.
        let mut inner = x;
        while let ExprKind::Paren(i) = &inner.kind {
            inner = i;
        }
        if let ExprKind::Star(p) = &inner.kind {
            let m = self.mark();
            let po = self.expr(p, None);
            if matches!(po, Opnd::Bad) {
                return (self.fc().alloc(), TypeId::VOID);
            }
            if let Kind::Pointer(elem) = self.tt.ukind(po.ty()).clone() {
                // &*p evaluates *p: a nil p panics here (the spec).
                let r = self.materialize(po, span);
                self.emit(Op::NilCheck { ptr: r }, span);
                return (r, elem);
            }
            self.rollback(m, true);
        }
        let mark_types = self.addr_type(x);
        (self.addr_of_inner(x, span), mark_types)
    }

    /// The type of an addressable expression, found without emitting code.
    fn addr_type(&mut self, x: &'a Expr<'a>) -> TypeId {
        let m = self.mark();
        let t = self.expr(x, None).ty();
        self.rollback(m, true);
        t
    }

    fn addr_of_inner(&mut self, x: &'a Expr<'a>, span: Span) -> Reg {
        match &x.kind {
            ExprKind::Paren(i) => self.addr_of_inner(i, span),
            ExprKind::Ident(name) => {
                if let Some(v) = self.lookup_local(name, true) {
                    let d = self.fc().alloc();
                    match v {
                        VarRef::Slot { slot, .. } => {
                            self.emit(Op::AddrOf { dst: d, src: slot }, span);
                        }
                        VarRef::Capture { idx, .. } => {
                            self.emit(Op::LoadCapture { dst: d, idx }, span);
                            self.emit(Op::AddrOf { dst: d, src: d }, span);
                        }
                        VarRef::Const(v, t) => {
                            let desc = self.describe(x, &Opnd::Const(v, t));
                            self.error(x.span, format!("invalid operation: cannot take address of {desc}"))
                        }
                        _ => self.error(x.span, format!("invalid operation: cannot take address of {name}")),
                    }
                    return d;
                }
                if let Some(id) = self.lookup_global(name) {
                    if let ObjKind::Var { global, .. } = self.objs[id.0 as usize].kind {
                        self.resolve_obj(id);
                        let d = self.fc().alloc();
                        self.emit(Op::AddrGlobal { dst: d, g: global }, span);
                        return d;
                    }
                }
                let op = self.expr(x, None);
                self.materialize(op, span)
            }
            ExprKind::Selector(inner, sel) => {
                let io = self.expr(inner, None);
                if let Opnd::Pkg(p) = io {
                    if let Some(&id) = self.pkgs[p].scope.get(sel.name) {
                        if let ObjKind::Var { global, .. } = self.objs[id.0 as usize].kind {
                            let d = self.fc().alloc();
                            self.emit(Op::AddrGlobal { dst: d, g: global }, span);
                            return d;
                        }
                    }
                }
                let it = io.ty();
                match self.lookup_sel(it, sel.name) {
                    Sel::Field { path, .. } => {
                        let mut r = self.materialize(io, inner.span);
                        for (k, idx) in path.iter().enumerate() {
                            let d = self.fc().alloc();
                            if k + 1 == path.len() {
                                self.emit(Op::AddrField { dst: d, obj: r, idx: *idx }, sel.span);
                            } else {
                                self.emit(Op::GetField { dst: d, obj: r, idx: *idx }, sel.span);
                            }
                            r = d;
                        }
                        r
                    }
                    _ => {
                        let op = self.selector(inner, sel, x);
                        self.materialize(op, span)
                    }
                }
            }
            ExprKind::Index(a, idx) if idx.len() == 1 => {
                let ao = self.expr(a, None);
                if let Kind::Map(_, vt) = self.tt.ukind(ao.ty()).clone() {
                    let msg = format!(
                        "invalid operation: cannot take address of {} (map index expression of type {})",
                        self.expr_text(x),
                        self.tname(vt)
                    );
                    self.error(x.span, msg);
                    return self.fc().alloc();
                }
                let is_ptr = matches!(self.tt.ukind(ao.ty()), Kind::Pointer(_));
                let ar = self.materialize(ao, a.span);
                let io = self.expr(&idx[0], Some(TypeId::INT));
                let ir = self.int_operand(io, &idx[0], "index");
                if is_ptr {
                    // `&p[i]` with p a nil *[N]T dereferences nil; a nil
                    // slice is an index out of range (AddrIndex).
                    self.emit(Op::NilCheck { ptr: ar }, x.span);
                }
                let d = self.fc().alloc();
                self.emit(Op::AddrIndex { dst: d, x: ar, i: ir }, x.span);
                d
            }
            ExprKind::Star(p) => {
                // &*p evaluates *p: a nil p panics here (the spec).
                let po = self.expr(p, None);
                let r = self.materialize(po, span);
                self.emit(Op::NilCheck { ptr: r }, span);
                r
            }
            ExprKind::CompositeLit { .. } => {
                let op = self.expr(x, None);
                let r = self.materialize(op, span);
                self.addr_of_literal(r, span)
            }
            _ => {
                let op = self.expr(x, None);
                if !matches!(op, Opnd::Bad) {
                    let desc = self.describe(x, &op);
                    self.error(x.span, format!("invalid operation: cannot take address of {desc}"));
                }
                self.fc().alloc()
            }
        }
    }

    // ------------------------------------------------------------------
    // operators

    fn unary(&mut self, op: UnaryOp, x: &'a Expr<'a>, e: &'a Expr<'a>, hint: Option<TypeId>) -> Opnd {
        if op == UnaryOp::Addr {
            if let ExprKind::CompositeLit { typ, elts, .. } = &x.kind {
                let t = match typ {
                    Some(t) => self.composite_type(t, elts.len()),
                    None => hint.and_then(|h| self.tt.elem(h)).unwrap_or(TypeId::VOID),
                };
                let op = self.composite(t, elts, x);
                // (`[...]T{...}`: the literal's type has its length.)
                let t = if matches!(op, Opnd::Bad) { t } else { op.ty() };
                let r = self.materialize(op, x.span);
                return Opnd::Reg(self.addr_of_literal(r, e.span), self.tt.pointer(t));
            }
            let (r, t) = self.addr_of_typed(x, e.span);
            return Opnd::Reg(r, self.tt.pointer(t));
        }
        if op == UnaryOp::Recv {
            let co = self.expr(x, None);
            let ct = co.ty();
            if !self.check_recv_operand(x, &co) {
                return Opnd::Bad;
            }
            let et = self.tt.elem(ct).unwrap_or(TypeId::VOID);
            let c = self.materialize(co, x.span);
            let d = self.fc().alloc();
            self.emit(Op::Recv { dst: d, ch: c, ok: false }, e.span);
            return Opnd::Reg(d, et);
        }
        let xo = self.expr(x, hint);
        let xo = self.single_value(xo, x);
        match xo {
            Opnd::Const(v, t) => {
                let r = match (op, v) {
                    (UnaryOp::Neg, ConstVal::Int(i)) => {
                        i.checked_neg().map(ConstVal::Int).unwrap_or_else(|| ConstVal::from_big(-num_bigint::BigInt::from(i)))
                    }
                    (UnaryOp::Neg, ConstVal::Big(b)) => ConstVal::from_big(-b),
                    (UnaryOp::Xor, ConstVal::Big(b)) => ConstVal::from_big(!b),
                    (UnaryOp::Neg, ConstVal::Float(f)) => ConstVal::Float(constant::exact_zero(-f)),
                    (UnaryOp::Neg, ConstVal::Rat(n, d)) => ConstVal::Rat(-n, d),
                    (UnaryOp::Neg, ConstVal::BigRat(r)) => ConstVal::BigRat(Box::new((-r.0, r.1))),
                    (UnaryOp::Neg, ConstVal::Complex(c)) => ConstVal::Complex(Box::new((c.0.neg_real(), c.1.neg_real()))),
                    (UnaryOp::Pos, v) if self.tt.is_numeric(t) => v,
                    (UnaryOp::Not, ConstVal::Bool(b)) => ConstVal::Bool(!b),
                    (UnaryOp::Xor, ConstVal::Int(i)) => {
                        if self.tt.is_unsigned(t) {
                            let bits = self.tt.int_bits(t);
                            ConstVal::Int(!i & ((1i128 << bits) - 1))
                        } else {
                            ConstVal::Int(!i)
                        }
                    }
                    (_, v) => {
                        let desc = self.describe(x, &Opnd::Const(v, t));
                        self.error(x.span, format!("invalid operation: operator {} not defined on {desc}", op.as_str()));
                        return Opnd::Bad;
                    }
                };
                let r = if !self.tt.is_untyped(t) { self.convert_const(r, TypeId::UNTYPED_INT, t, e.span, "constant") } else { r };
                Opnd::Const(r, t)
            }
            Opnd::Bad => Opnd::Bad,
            xo => {
                let t = xo.ty();
                let r = self.materialize(xo, x.span);
                let d = self.fc().alloc();
                match op {
                    UnaryOp::Neg if self.tt.is_integer(t) => {
                        self.emit(Op::NegInt { dst: d, a: r }, e.span);
                        self.wrap(d, t, e.span);
                    }
                    UnaryOp::Neg if self.tt.is_float(t) => {
                        self.emit(Op::NegFloat { dst: d, a: r }, e.span);
                    }
                    UnaryOp::Neg if self.tt.is_complex(t) => {
                        // -0 - x is -x exactly, signed zeros included.
                        let z = self.load_const(ConstVal::complex_f64(-0.0, -0.0), t, e.span);
                        let f32 = matches!(self.tt.ukind(t), Kind::Complex64);
                        self.emit(Op::ArithComplex { op: BinOp::Sub, dst: d, a: z, b: r, f32 }, e.span);
                    }
                    UnaryOp::Pos if self.tt.is_numeric(t) => return Opnd::Reg(r, t),
                    UnaryOp::Not if self.tt.is_boolean(t) => {
                        self.emit(Op::Not { dst: d, a: r }, e.span);
                    }
                    UnaryOp::Xor if self.tt.is_integer(t) => {
                        self.emit(Op::NotBits { dst: d, a: r }, e.span);
                        self.wrap(d, t, e.span);
                    }
                    _ => {
                        self.error(
                            x.span,
                            format!("invalid operation: operator {} not defined on {}", op.as_str(), self.describe(x, &Opnd::Reg(r, t))),
                        );
                        return Opnd::Bad;
                    }
                }
                Opnd::Reg(d, t)
            }
        }
    }

    /// Truncates an integer register to its type's size.
    pub(crate) fn wrap(&mut self, r: Reg, t: TypeId, span: Span) {
        let bits = self.tt.int_bits(t);
        if bits < 64 {
            let signed = !self.tt.is_unsigned(t);
            self.emit(Op::Wrap { dst: r, bits: bits as u8, signed }, span);
        }
    }

    /// Whether type expression `e` is a type parameter of the generic body
    /// being instantiated (`T`, not `*T`).
    pub(crate) fn is_type_param_expr(&self, e: &'a Expr<'a>) -> bool {
        match &e.kind {
            ExprKind::Ident(n) => self.ctx.subst.contains_key(n),
            ExprKind::Paren(x) => self.is_type_param_expr(x),
            _ => false,
        }
    }

    /// Whether `e` is (in parentheses, under unary `+ - ^`, or as an
    /// operand of arithmetic) a shift of an untyped constant, whose type
    /// comes from its context when the shift count is not constant.
    fn untyped_shift(&mut self, e: &'a Expr<'a>) -> bool {
        self.untyped_shift_within(e, 8)
    }

    /// `untyped_shift`, looking at most `depth` levels down (each binary
    /// operation asks it of its operands: unbounded, a deeply nested
    /// expression would take quadratic time).
    fn untyped_shift_within(&mut self, e: &'a Expr<'a>, depth: u32) -> bool {
        use BinaryOp::*;
        if depth == 0 {
            return false;
        }
        match &e.kind {
            ExprKind::Paren(x) | ExprKind::Unary(UnaryOp::Neg | UnaryOp::Pos | UnaryOp::Xor, x) => self.untyped_shift_within(x, depth - 1),
            ExprKind::Binary { op: Shl | Shr, x, .. } => self.untyped_const_operand(x, depth - 1),
            ExprKind::Binary { op: Add | Sub | Mul | Div | Rem | And | Or | Xor | AndNot, x, y, .. } => {
                self.untyped_shift_within(x, depth - 1) || self.untyped_shift_within(y, depth - 1)
            }
            _ => false,
        }
    }

    /// Whether `e` is an untyped constant, found without emitting code or
    /// reporting errors (literals, constant names, and operations on them).
    fn untyped_const_operand(&mut self, e: &'a Expr<'a>, depth: u32) -> bool {
        if depth == 0 {
            return false;
        }
        match &e.kind {
            ExprKind::BasicLit { kind, .. } => !matches!(kind, LitKind::String),
            ExprKind::Paren(x) | ExprKind::Unary(UnaryOp::Neg | UnaryOp::Pos | UnaryOp::Xor, x) => self.untyped_const_operand(x, depth - 1),
            ExprKind::Binary { op, x, y, .. } if !matches!(op, BinaryOp::LAnd | BinaryOp::LOr) => {
                self.untyped_const_operand(x, depth - 1) && self.untyped_const_operand(y, depth - 1)
            }
            ExprKind::Ident(name) => {
                if self.ctx.subst.contains_key(name) {
                    return false;
                }
                let local = self.fstack.iter().rev().flat_map(|fc| fc.scopes.iter().rev()).find_map(|s| s.find(name));
                if let Some(l) = local {
                    return matches!(l.kind, crate::func::LocalKind::Const(_)) && self.tt.is_untyped(l.ty);
                }
                let Some(id) = self.lookup_global(name) else { return false };
                match &self.objs[id.0 as usize].kind {
                    ObjKind::UniverseConst(t, _) => self.tt.is_untyped(*t),
                    ObjKind::Const { .. } => {
                        self.resolve_obj(id);
                        self.tt.is_untyped(self.objs[id.0 as usize].ty)
                    }
                    _ => false,
                }
            }
            _ => false,
        }
    }

    fn binary(&mut self, op: BinaryOp, x: &'a Expr<'a>, y: &'a Expr<'a>, e: &'a Expr<'a>, hint: Option<TypeId>) -> Opnd {
        if op == BinaryOp::LAnd || op == BinaryOp::LOr {
            return self.logical(op, x, y, e);
        }
        // `x + f()`: f runs before x is read, as in gc (order.rs).
        let mark = self.order_operands(&[x, y]);
        let o = self.binary_operands(op, x, y, e, hint);
        self.bound.truncate(mark);
        o
    }

    fn binary_operands(&mut self, op: BinaryOp, x: &'a Expr<'a>, y: &'a Expr<'a>, e: &'a Expr<'a>, hint: Option<TypeId>) -> Opnd {
        use BinaryOp::*;
        let shift = op == Shl || op == Shr;
        let is_cmp = matches!(op, Eq | Ne | Lt | Le | Gt | Ge);
        // A non-constant shift of an untyped constant takes the type the
        // constant would assume if the shift were replaced by it alone
        // (spec): the other operand's type (`b |= 3 << s` with b a byte,
        // `-(1 << s) <= p`), else, in arithmetic, the context's
        // (`var v int32 = 1<<s + 1`). Such an operand on the left is
        // typed after the right one, evaluated first when neither side
        // calls a function or receives (only then is the order
        // unobservable).
        let operand_hint = |c: &Self, o: &Opnd| match o {
            Opnd::Bad | Opnd::Nil => None,
            o if c.tt.is_untyped(o.ty()) => None,
            o => Some(o.ty()),
        };
        let arith_hint = if shift || is_cmp { None } else { hint };
        let (xo, yo) = if !shift && self.untyped_shift(x) && !self.has_call_or_recv(x) && !self.has_call_or_recv(y) {
            let yo = self.expr(y, arith_hint);
            let yo = self.single_value(yo, y);
            let xo = self.expr(x, operand_hint(self, &yo).or(arith_hint));
            (self.single_value(xo, x), yo)
        } else {
            let xo = self.expr(x, if shift { hint } else { arith_hint });
            let xo = self.single_value(xo, x);
            // A shift count that is itself a shift of an untyped constant
            // (`x << (1. << s)`) is converted to uint (types2's shift).
            let y_hint = if !self.untyped_shift(y) {
                None
            } else if shift {
                Some(TypeId::UINT)
            } else {
                operand_hint(self, &xo).or(arith_hint)
            };
            let yo = self.expr(y, y_hint);
            (xo, self.single_value(yo, y))
        };
        if matches!(xo, Opnd::Bad) || matches!(yo, Opnd::Bad) {
            return Opnd::Bad;
        }
        // Two untyped operands of different kinds (`"a" + 1`, `true == 0`):
        // types2's matchTypes finds no common kind (numeric kinds mix).
        if !shift && !matches!(xo, Opnd::Nil) && !matches!(yo, Opnd::Nil) {
            let (xt, yt) = (xo.ty(), yo.ty());
            let class = |k: &Kind| match k {
                Kind::UntypedBool => Some(0),
                Kind::UntypedString => Some(1),
                Kind::UntypedInt | Kind::UntypedRune | Kind::UntypedFloat | Kind::UntypedComplex => Some(2),
                _ => None,
            };
            if let (Some(a), Some(b)) = (class(self.tt.kind(xt)), class(self.tt.kind(yt))) {
                if a != b {
                    let msg = format!(
                        "invalid operation: {} (mismatched types untyped {} and untyped {})",
                        self.expr_text(e),
                        self.tname(xt),
                        self.tname(yt)
                    );
                    let is_cmp = matches!(op, Eq | Ne | Lt | Le | Gt | Ge);
                    self.error(if is_cmp { operand_pos(y) } else { operand_pos(x) }, msg);
                    return Opnd::Bad;
                }
            }
        }
        // Constant folding.
        if let (Opnd::Const(a, at), Opnd::Const(b, bt)) = (&xo, &yo) {
            return self.const_binary(op, a.clone(), *at, b.clone(), *bt, e);
        }
        if is_cmp && !self.fake_tparams.is_empty() && self.tparam_comparison(op, e, x, &xo, y, &yo) {
            return Opnd::Bad;
        }
        // `nil == nil`: untyped nil has no type to compare in (types2
        // reports it at the second operand).
        if is_cmp && matches!((&xo, &yo), (Opnd::Nil, Opnd::Nil)) {
            let msg = format!("invalid operation: {} (operator {} not defined on untyped nil)", self.expr_text(e), op.as_str());
            self.error(operand_pos(y), msg);
            return Opnd::Bad;
        }
        // Operand types: a constant takes the other side's type.
        let (xt0, yt0) = (xo.ty(), yo.ty());
        let t = if shift {
            if self.tt.is_untyped(xt0) {
                // A non-constant shift of an untyped constant: the constant
                // takes the type the context gives it alone (the spec's
                // `var f float64 = 1 << s` is illegal).
                match hint {
                    Some(h) if !self.tt.is_untyped(h) && !self.tt.is_interface(h) && !self.tt.is_integer(h) => {
                        let msg =
                            format!("invalid operation: shifted operand {} (type {}) must be integer", self.expr_text(x), self.tname(h));
                        self.error(operand_pos(x), msg);
                        return Opnd::Bad;
                    }
                    Some(h) if self.tt.is_integer(h) => h,
                    // No context (`x := 1.0 << s`, an interface): the
                    // constant's default type, which must be an integer.
                    _ => {
                        let d = self.tt.default_type(xt0);
                        if !self.tt.is_integer(d) {
                            let msg = format!(
                                "invalid operation: shifted operand {} (type {}) must be integer",
                                self.expr_text(x),
                                self.tname(d)
                            );
                            self.error(operand_pos(x), msg);
                            return Opnd::Bad;
                        }
                        d
                    }
                }
            } else {
                xt0
            }
        } else if matches!(xo, Opnd::Nil) {
            yt0
        } else if matches!(yo, Opnd::Nil) {
            xt0
        } else if self.tt.is_untyped(xt0) && !self.tt.is_untyped(yt0) {
            yt0
        } else if self.tt.is_untyped(yt0) && !self.tt.is_untyped(xt0) {
            xt0
        } else if self.tt.is_untyped(xt0) && self.tt.is_untyped(yt0) {
            self.tt.default_type(xt0)
        } else {
            xt0
        };
        if !shift
            && !self.tt.is_untyped(xt0)
            && !self.tt.is_untyped(yt0)
            && xt0 != yt0
            && !matches!(xo, Opnd::Nil)
            && !matches!(yo, Opnd::Nil)
        {
            let iface_mix = is_cmp
                && (self.tt.is_interface(xt0) && self.assignable(yt0, xt0) || self.tt.is_interface(yt0) && self.assignable(xt0, yt0));
            if !iface_mix {
                let msg =
                    format!("invalid operation: {} (mismatched types {} and {})", self.expr_text(e), self.tname(xt0), self.tname(yt0));
                // types2 reports a comparison's mismatch at its second
                // operand (only then is the mismatch known).
                self.error(if is_cmp { operand_pos(y) } else { operand_pos(x) }, msg);
                return Opnd::Bad;
            }
        }
        // A constant that cannot take the other operand's type: types2
        // reports the mismatch with the constant's untyped type.
        for (o, other) in [(&xo, yt0), (&yo, xt0)] {
            if let Opnd::Const(_, ct) = o {
                // (An interface operand takes an untyped constant only in a
                // comparison; arithmetic on it is a mismatch too.)
                let iface = self.tt.is_interface(other);
                if self.tt.is_untyped(*ct)
                    && !self.tt.is_untyped(other)
                    && !shift
                    && ((!iface && !self.representable_kind(*ct, other)) || (iface && !is_cmp))
                {
                    let (a, b) =
                        if std::ptr::eq(o, &xo) { (self.tname(*ct), self.tname(other)) } else { (self.tname(other), self.tname(*ct)) };
                    let a = if self.tt.is_untyped(if std::ptr::eq(o, &xo) { *ct } else { other }) { format!("untyped {a}") } else { a };
                    let b = if !std::ptr::eq(o, &xo) { format!("untyped {b}") } else { b };
                    let msg = format!("invalid operation: {} (mismatched types {a} and {b})", self.expr_text(e));
                    // (A comparison at its second operand, as types2's
                    // `comparison` reports.)
                    self.error(if is_cmp { operand_pos(y) } else { operand_pos(x) }, msg);
                    return Opnd::Bad;
                }
            }
        }
        // nil with an operand of a type without nil: types2's matchTypes
        // leaves both as they are; a comparison reports the mismatch at
        // its second operand, another operation at the expression.
        if matches!(xo, Opnd::Nil) != matches!(yo, Opnd::Nil) {
            let other = if matches!(xo, Opnd::Nil) { yt0 } else { xt0 };
            if !self.nillable(other) && !self.tt.is_untyped(other) {
                let name = |c: &Self, o: &Opnd, t: TypeId| if matches!(o, Opnd::Nil) { "untyped nil".to_string() } else { c.tname(t) };
                let (a, b) = (name(self, &xo, xt0), name(self, &yo, yt0));
                let msg = format!("invalid operation: {} (mismatched types {a} and {b})", self.expr_text(e));
                self.error(if is_cmp { y.span } else { x.span }, msg);
                return Opnd::Bad;
            }
        }
        // Constant division by zero.
        if matches!(op, Div | Rem) && self.tt.is_integer(t) {
            if let Opnd::Const(v, _) = &yo {
                if v.as_int() == Some(0) {
                    self.error(y.span, "invalid operation: division by zero");
                    return Opnd::Bad;
                }
            }
        }
        // Mixed interface/concrete comparison: box the concrete side.
        let cmp_t = if is_cmp && self.tt.is_interface(yt0) && !self.tt.is_interface(xt0) && !matches!(xo, Opnd::Nil) { yt0 } else { t };
        let xr = match xo {
            Opnd::Const(..) if self.untyped_conversion_error(&xo, x, cmp_t, false) => return Opnd::Bad,
            Opnd::Const(..) | Opnd::Nil => self.assign_op(xo, x, cmp_t, "operation"),
            xo => {
                let r = self.materialize(xo, x.span);
                if cmp_t != xt0 && self.tt.is_interface(cmp_t) {
                    self.convert_reg(r, xt0, cmp_t, false, x.span)
                } else {
                    r
                }
            }
        };
        let yr = if shift {
            let yt = yo.ty();
            match yo {
                Opnd::Const(v, vt) => {
                    if !self.const_shift_count_ok(y, &v, vt) {
                        return Opnd::Bad;
                    }
                    // The count as the uint it is (an untyped float or
                    // complex count has an integer value here); past any
                    // width, every count shifts everything out alike.
                    let n = v.as_int().unwrap_or(0).min(1 << 16);
                    self.load_const(ConstVal::Int(n), TypeId::UINT, y.span)
                }
                yo => {
                    if !self.tt.is_integer(yt) {
                        self.error(y.span, format!("invalid operation: shift count {} must be integer", self.describe(y, &yo)));
                    }
                    self.materialize(yo, y.span)
                }
            }
        } else {
            match yo {
                Opnd::Const(..) if self.untyped_conversion_error(&yo, y, cmp_t, false) => return Opnd::Bad,
                Opnd::Const(..) | Opnd::Nil => self.assign_op(yo, y, cmp_t, "operation"),
                yo => {
                    let r = self.materialize(yo, y.span);
                    if cmp_t != yt0 && self.tt.is_interface(cmp_t) {
                        self.convert_reg(r, yt0, cmp_t, false, y.span)
                    } else {
                        r
                    }
                }
            }
        };
        // Both sides of a mixed comparison are interfaces now: compare
        // them as such (`x == i` with x an int compares the boxes).
        let t = cmp_t;
        let d = self.fc().alloc();
        let tt = &self.tt;
        let bop = to_binop(op);
        if is_cmp {
            let ordered = matches!(op, Lt | Le | Gt | Ge);
            if tt.is_integer(t) {
                self.emit(Op::CmpInt { op: bop, dst: d, a: xr, b: yr, unsigned: tt.is_unsigned(t) }, e.span);
            } else if tt.is_float(t) {
                self.emit(Op::CmpFloat { op: bop, dst: d, a: xr, b: yr }, e.span);
            } else if tt.is_string(t) {
                self.emit(Op::CmpStr { op: bop, dst: d, a: xr, b: yr }, e.span);
            } else if ordered {
                self.error(
                    e.span,
                    format!(
                        "invalid operation: {} (operator {} not defined on {})",
                        self.expr_text(e),
                        op.as_str(),
                        self.composite_kind(t)
                    ),
                );
                return Opnd::Bad;
            } else {
                if !self.comparable_or_nil(t, x, y) {
                    let what = match self.tt.ukind(t) {
                        Kind::Slice(_) => "slice",
                        Kind::Map(..) => "map",
                        Kind::Func(_) => "func",
                        _ => "",
                    };
                    let bad_field = self.tt.struct_fields(t).and_then(|fs| fs.iter().find(|f| !self.tt.comparable(f.ty)).map(|f| f.ty));
                    let msg = if let Some(ft) = bad_field {
                        format!("invalid operation: {} (struct containing {} cannot be compared)", self.expr_text(e), self.tname(ft))
                    } else if what.is_empty() {
                        format!("invalid operation: {} ({} cannot be compared)", self.expr_text(e), self.tname(t))
                    } else {
                        format!("invalid operation: {} ({what} can only be compared to nil)", self.expr_text(e))
                    };
                    self.error(e.span, msg);
                    return Opnd::Bad;
                }
                self.emit(Op::Equal { dst: d, a: xr, b: yr, ne: op == Ne }, e.span);
            }
            // Comparisons yield an untyped boolean (assignable to named bool types).
            return Opnd::Reg(d, TypeId::UNTYPED_BOOL);
        }
        if shift && !tt.is_integer(t) {
            let msg = format!("invalid operation: shifted operand {} must be integer", self.describe(x, &Opnd::Reg(xr, t)));
            self.error(x.span, msg);
            return Opnd::Bad;
        }
        let tt = &self.tt;
        let ok = match op {
            Add => tt.is_numeric(t) || tt.is_string(t),
            Sub | Mul | Div => tt.is_numeric(t),
            Rem | And | Or | Xor | AndNot | Shl | Shr => tt.is_integer(t),
            _ => false,
        };
        if !ok {
            let msg = format!("invalid operation: operator {} not defined on {}", op.as_str(), self.describe(x, &Opnd::Reg(xr, t)));
            self.error(e.span, msg);
            return Opnd::Bad;
        }
        let tt = &self.tt;
        if tt.is_string(t) {
            self.emit(Op::Concat { dst: d, a: xr, b: yr }, e.span);
        } else if tt.is_float(t) {
            let f32 = matches!(tt.ukind(t), Kind::Float32);
            self.emit(Op::ArithFloat { op: bop, dst: d, a: xr, b: yr, f32 }, e.span);
        } else if tt.is_complex(t) {
            let f32 = matches!(tt.ukind(t), Kind::Complex64);
            self.emit(Op::ArithComplex { op: bop, dst: d, a: xr, b: yr, f32 }, e.span);
        } else {
            let unsigned = tt.is_unsigned(t);
            let bits = tt.int_bits(t) as u8;
            let o = match op {
                Add => Op::AddInt { dst: d, a: xr, b: yr },
                Sub => Op::SubInt { dst: d, a: xr, b: yr },
                Mul => Op::MulInt { dst: d, a: xr, b: yr },
                Div if unsigned => Op::DivUint { dst: d, a: xr, b: yr },
                Rem if unsigned => Op::RemUint { dst: d, a: xr, b: yr },
                Div => Op::DivInt { dst: d, a: xr, b: yr },
                Rem => Op::RemInt { dst: d, a: xr, b: yr },
                _ => Op::IntBit { op: bop, dst: d, a: xr, b: yr, unsigned, bits },
            };
            self.emit(o, e.span);
            if matches!(op, Add | Sub | Mul | Div | Shl) {
                self.wrap(d, t, e.span);
            }
        }
        Opnd::Reg(d, t)
    }

    /// `x && y` and `x || y`: y is evaluated only when x does not decide
    /// the result. The result is constant only when both operands are; a
    /// constant x that decides it (`false && y`) makes it that value, and
    /// y, checked, is not evaluated (gc drops its code too).
    fn logical(&mut self, op: BinaryOp, x: &'a Expr<'a>, y: &'a Expr<'a>, e: &'a Expr<'a>) -> Opnd {
        let xo = self.expr(x, None);
        if matches!(xo, Opnd::Bad) {
            return Opnd::Bad;
        }
        if let Opnd::Const(ConstVal::Bool(a), _) = xo {
            let m = self.mark();
            let yo = self.expr(y, None);
            let Some(t) = self.logical_type(op, x, &xo, &yo, e) else { return Opnd::Bad };
            if let Opnd::Const(ConstVal::Bool(b), _) = yo {
                return Opnd::Const(ConstVal::Bool(constant::logical_op(op == BinaryOp::LAnd, a, b)), t);
            }
            if a == (op == BinaryOp::LOr) {
                self.rollback(m, false);
                let d = self.load_const(ConstVal::Bool(a), t, e.span);
                return Opnd::Reg(d, t);
            }
            let r = self.materialize(yo, y.span);
            return Opnd::Reg(r, t);
        }
        let d = self.fc().alloc();
        let xr = self.materialize(xo.clone(), x.span);
        self.emit(Op::Move { dst: d, src: xr }, e.span);
        let j = if op == BinaryOp::LAnd {
            self.emit(Op::JumpIfNot { cond: d, target: 0 }, e.span)
        } else {
            self.emit(Op::JumpIf { cond: d, target: 0 }, e.span)
        };
        let mark = self.fc().next;
        let yo = self.expr(y, None);
        let Some(t) = self.logical_type(op, x, &xo, &yo, e) else { return Opnd::Bad };
        let yr = self.materialize(yo, y.span);
        self.emit(Op::Move { dst: d, src: yr }, e.span);
        self.fc().next = mark;
        let end = self.fc().pc();
        self.patch(j, end);
        Opnd::Reg(d, t)
    }

    /// The type of `x && y` / `x || y`, as types2's binary checks it: an
    /// untyped operand takes the other's type if it can (else the types are
    /// mismatched), the two types must be identical, and boolean.
    fn logical_type(&mut self, op: BinaryOp, x: &'a Expr<'a>, xo: &Opnd, yo: &Opnd, e: &'a Expr<'a>) -> Option<TypeId> {
        if matches!(yo, Opnd::Bad) {
            return None;
        }
        let (xt, yt) = (xo.ty(), yo.ty());
        let (xu, yu) = (self.tt.is_untyped(xt), self.tt.is_untyped(yt));
        let matched = match (xu, yu) {
            (true, true) => xt == yt || (self.tt.is_numeric(xt) && self.tt.is_numeric(yt)),
            (true, false) => self.tt.is_boolean(xt) == self.tt.is_boolean(yt),
            (false, true) => self.tt.is_boolean(xt) == self.tt.is_boolean(yt),
            (false, false) => xt == yt,
        };
        if !matched {
            let name = |c: &Self, t: TypeId| if c.tt.is_untyped(t) { format!("untyped {}", c.tname(t)) } else { c.tname(t) };
            let msg = format!("invalid operation: {} (mismatched types {} and {})", self.expr_text(e), name(self, xt), name(self, yt));
            self.error(operand_pos(x), msg);
            return None;
        }
        let t = if xu { yt } else { xt };
        if !self.tt.is_boolean(t) {
            let msg = format!("invalid operation: operator {} not defined on {}", op.as_str(), self.describe(x, xo));
            self.error(operand_pos(x), msg);
            return None;
        }
        Some(t)
    }

    fn comparable_or_nil(&self, t: TypeId, x: &Expr, y: &Expr) -> bool {
        let is_nil = |e: &Expr| matches!(e.kind, ExprKind::Ident("nil"));
        self.tt.comparable(t) || is_nil(x) || is_nil(y)
    }

    // ------------------------------------------------------------------
    // index, slice, assertions

    fn index(&mut self, x: &'a Expr<'a>, idx: &'a [Expr<'a>], e: &'a Expr<'a>) -> Opnd {
        let xo = self.expr(x, None);
        match xo {
            Opnd::Generic(id) => {
                let pkg = self.objs[id.0 as usize].pkg;
                let file = self.objs[id.0 as usize].file;
                match self.objs[id.0 as usize].kind {
                    ObjKind::Type { spec } => {
                        return match self.instantiate_type_checked(spec, pkg, x, idx) {
                            Some(t) => Opnd::Type(t),
                            None => Opnd::Bad,
                        };
                    }
                    ObjKind::Func { decl } => {
                        let targs: Vec<TypeId> = idx.iter().map(|a| self.resolve_type(a)).collect();
                        let want = crate::generics::tparams(decl.type_params).len();
                        if targs.len() > want {
                            self.error(idx[idx.len() - 1].span, format!("got {} type arguments but want {want}", targs.len()));
                            return Opnd::Bad;
                        }
                        let spans: Vec<Span> = idx.iter().map(crate::generics::targ_pos).collect();
                        let lbrack = Span { lo: x.span.hi, hi: x.span.hi + 1 };
                        if targs.len() < want {
                            return Opnd::PartialInst(Box::new(PartialInst { id, targs, spans, lbrack }));
                        }
                        if !self.verify_targs(decl.type_params, pkg, file, &targs, &spans, lbrack) {
                            return Opnd::Bad;
                        }
                        self.inst_site = Some((spans, x.span));
                        let (f, sig) = self.instantiate_func(id, &targs);
                        self.inst_site = None;
                        return Opnd::Func(f, sig);
                    }
                    _ => return Opnd::Bad,
                }
            }
            Opnd::Type(_) => {
                return match self.type_expr(e) {
                    Some(t) => Opnd::Type(t),
                    None => Opnd::Bad,
                }
            }
            Opnd::Bad => return Opnd::Bad,
            _ => {}
        }
        let xt = xo.ty();
        if idx.len() != 1 {
            self.error(e.span, "unexpected comma; expecting ]");
            return Opnd::Bad;
        }
        let ie = &idx[0];
        if !self.tparam_indexable(xt) {
            let lbrack = Span { lo: x.span.hi, hi: x.span.hi + 1 };
            self.error(lbrack, format!("cannot index {}", self.describe(x, &xo)));
            return Opnd::Bad;
        }
        match self.tt.ukind(xt).clone() {
            Kind::Map(kt, vt) => {
                self.set_mode(e, Some("map index expression"));
                let m = self.materialize(xo, x.span);
                let k = self.value(ie, kt, "map index");
                let d = self.fc().alloc_n(2);
                let assign = self.map_assign_read == Some(std::ptr::from_ref(e) as usize);
                self.emit(Op::MapGet { dst: d, m, k, ok: false, assign }, e.span);
                Opnd::Reg(d, vt)
            }
            k => {
                let (et, len) = match k {
                    Kind::Slice(et) => (et, None),
                    Kind::Array(n, et) => (et, Some(n)),
                    Kind::Pointer(p) => match self.tt.ukind(p).clone() {
                        Kind::Array(n, et) => (et, Some(n)),
                        _ => {
                            {
                                // types2 reports it at the `[`, without "invalid operation".
                                let lbrack = Span { lo: x.span.hi, hi: x.span.hi + 1 };
                                self.error(lbrack, format!("cannot index {}", self.describe(x, &xo)));
                            }
                            return Opnd::Bad;
                        }
                    },
                    Kind::String | Kind::UntypedString => (TypeId::BYTE, None),
                    _ => {
                        {
                            // types2 reports it at the `[`, without "invalid operation".
                            let lbrack = Span { lo: x.span.hi, hi: x.span.hi + 1 };
                            self.error(lbrack, format!("cannot index {}", self.describe(x, &xo)));
                        }
                        return Opnd::Bad;
                    }
                };
                // Constant string index folds.
                let io = self.expr(ie, Some(TypeId::INT));
                if let Opnd::Const(v, t) = &io {
                    if let Some(i) = v.as_int() {
                        // (A typed constant's sign, and an untyped one past int's range, are int_operand's to check.)
                        if i < 0 && i >= i64::MIN as i128 && self.tt.is_untyped(*t) {
                            self.error(
                                ie.span,
                                format!("invalid argument: index {} (constant of type int) must not be negative", v.render()),
                            );
                            return Opnd::Bad;
                        }
                        if let Some(n) = len {
                            if i >= n as i128 {
                                self.error(ie.span, format!("invalid argument: index {i} out of bounds [0:{n}]"));
                                return Opnd::Bad;
                            }
                        }
                    }
                }
                let through_ptr = matches!(self.tt.ukind(xt), Kind::Pointer(_));
                // Elements of strings and of array values are values.
                let value = self.tt.is_string(xt) || len.is_some() && !through_ptr && self.mode(x, &xo) != "variable";
                self.set_mode(e, value.then_some("value"));
                let xr = self.materialize(xo, x.span);
                if through_ptr {
                    self.emit(Op::NilCheck { ptr: xr }, e.span);
                }
                let ir = self.int_operand(io, ie, "index");
                let d = self.fc().alloc();
                self.emit(Op::Index { dst: d, x: xr, i: ir }, e.span);
                Opnd::Reg(d, et)
            }
        }
    }

    fn slice_expr(
        &mut self,
        x: &'a Expr<'a>,
        lo: Option<&'a Expr<'a>>,
        hi: Option<&'a Expr<'a>>,
        max: Option<&'a Expr<'a>>,
        e: &'a Expr<'a>,
    ) -> Opnd {
        let xo = self.expr(x, None);
        if matches!(xo, Opnd::Bad) {
            return Opnd::Bad;
        }
        let xt = xo.ty();
        // A type parameter needs a core type, or only byte slices and
        // strings (types2's bytestring rule).
        if let Some(cause) = self.no_core_type(xt) {
            let bytestring = self.fake_tparam(xt).is_some_and(|f| {
                f.unders.iter().all(|u| match self.tt.kind(*u) {
                    Kind::String => true,
                    Kind::Slice(e) => matches!(self.tt.ukind(*e), Kind::Uint8),
                    _ => false,
                })
            });
            if !bytestring {
                self.error(x.span, format!("cannot slice {}: {cause}", self.describe(x, &xo)));
                return Opnd::Bad;
            }
        }
        if let (Kind::String | Kind::UntypedString, Some(m)) = (self.tt.ukind(xt), max) {
            self.error(m.span, "invalid operation: 3-index slice of string");
            return Opnd::Bad;
        }
        let rt = match self.tt.ukind(xt).clone() {
            Kind::Slice(_) => xt,
            Kind::String => xt,
            Kind::UntypedString => TypeId::STRING,
            Kind::Array(..) if !addressable(x) => {
                self.error(x.span, format!("cannot slice unaddressable value {}", self.describe(x, &xo)));
                return Opnd::Bad;
            }
            Kind::Array(_, et) => self.tt.slice(et),
            Kind::Pointer(p) => match self.tt.ukind(p).clone() {
                Kind::Array(_, et) => self.tt.slice(et),
                _ => {
                    self.error(e.span, format!("cannot slice {}", self.describe(x, &xo)));
                    return Opnd::Bad;
                }
            },
            _ => {
                self.error(e.span, format!("cannot slice {}", self.describe(x, &xo)));
                return Opnd::Bad;
            }
        };
        // The length types2 knows statically: of a constant string, an
        // array, a pointer to an array.
        let length: Option<i128> = match (&xo, self.tt.ukind(xt).clone()) {
            (Opnd::Const(ConstVal::Str(s), _), _) => Some(s.len() as i128),
            (_, Kind::Array(n, _)) => Some(n as i128),
            (_, Kind::Pointer(p)) => match self.tt.ukind(p) {
                Kind::Array(n, _) => Some(*n as i128),
                _ => None,
            },
            _ => None,
        };
        let xr = self.materialize(xo, x.span);
        // Each bound's register and its constant value (types2's
        // sliceExpr: constant indices must be within [0:len+1) and in order).
        let mut bad = false;
        let mut bound = |c: &mut Self, b: Option<&'a Expr<'a>>| -> (Reg, Option<i128>) {
            match b {
                Some(b) => {
                    let o = c.expr(b, Some(TypeId::INT));
                    let v = match &o {
                        Opnd::Const(v, _) => v.as_int().filter(|&v| v >= 0),
                        _ => None,
                    };
                    if let (Some(v), Some(n)) = (v, length) {
                        if v > n {
                            c.error(b.span, format!("invalid argument: index {v} out of bounds [0:{}]", n + 1));
                            bad = true;
                            return (u16::MAX, None);
                        }
                    }
                    (c.int_operand(o, b, "index"), v)
                }
                None => (u16::MAX, None),
            }
        };
        let (l, lv) = bound(self, lo);
        let (h, hv) = bound(self, hi);
        let (m, mv) = bound(self, max);
        if bad {
            return Opnd::Bad;
        }
        // An omitted high or max bound is the length when it is known.
        let ind = [(lv.or(lo.is_none().then_some(0)), lo), (hv.or(length.filter(|_| hi.is_none())), hi), (mv, max)];
        'swap: for (i, &(x, _)) in ind[..2].iter().enumerate() {
            let Some(x) = x.filter(|&x| x > 0) else { continue };
            for &(y, ye) in &ind[i + 1..] {
                if let (Some(y), Some(ye)) = (y, ye) {
                    if y < x {
                        self.error(ye.span, format!("invalid slice indices: {y} < {x}"));
                        break 'swap;
                    }
                }
            }
        }
        // Slicing a pointer to an array dereferences it: a nil one panics
        // even when the bounds are within the array's length.
        if matches!(self.tt.ukind(xt), Kind::Pointer(_)) {
            self.emit(Op::NilCheck { ptr: xr }, e.span);
        }
        let d = self.fc().alloc();
        self.emit(Op::SliceOf { dst: d, x: xr, lo: l, hi: h, max: m }, e.span);
        self.slice_lbracks.insert((self.ctx.file, e.span.lo, e.span.hi), x.span.hi);
        Opnd::Reg(d, rt)
    }

    /// `x.(T)`; with `comma_ok`, two results (value, ok).
    pub(crate) fn type_assert(&mut self, x: &'a Expr<'a>, t: Option<&'a Expr<'a>>, e: &'a Expr<'a>, comma_ok: bool) -> Opnd {
        let xo = self.expr(x, None);
        let xt = xo.ty();
        // An invalid operand was reported where it failed.
        if matches!(xo, Opnd::Bad) {
            return Opnd::Bad;
        }
        if self.iface_tparam(xt) {
            let msg = format!("invalid operation: cannot use type assertion on type parameter value {}", self.describe(x, &xo));
            self.error(x.span, msg);
            return Opnd::Bad;
        }
        if !self.tt.is_interface(xt) {
            self.error(x.span, format!("invalid operation: {} is not an interface", self.describe(x, &xo)));
            return Opnd::Bad;
        }
        let Some(te) = t else {
            self.error(e.span, "invalid syntax tree: use of .(type) outside type switch");
            return Opnd::Bad;
        };
        let want = self.resolve_type(te);
        let src = self.materialize(xo, x.span);
        let d = self.fc().alloc_n(2);
        if self.tt.is_interface(want) {
            self.emit(Op::AssertIface { dst: d, src, ty: want, ok: comma_ok, iface_ty: xt }, e.span);
        } else {
            // (Go checks a generic body once: an assertion to a type
            // parameter is never impossible, whatever its instances.)
            let generic = self.is_type_param_expr(te);
            if let Some(m) = self.missing_method(want, xt).filter(|_| !generic) {
                // (types2 reports it at the assertion's start.)
                self.error(
                    e.span,
                    format!(
                        "impossible type assertion: {}\n\t{} does not implement {} {}",
                        self.expr_text(e),
                        self.tname(want),
                        self.tname(xt),
                        paren_why(&m)
                    ),
                );
            }
            self.emit(Op::TypeAssert { dst: d, src, ty: want, ok: comma_ok, iface_ty: xt }, e.span);
        }
        if comma_ok {
            Opnd::Multi(d, vec![want, TypeId::BOOL])
        } else {
            Opnd::Reg(d, want)
        }
    }

    // ------------------------------------------------------------------
    // type relations

    pub(crate) fn assignable(&self, from: TypeId, to: TypeId) -> bool {
        let tt = &self.tt;
        if from == to {
            return true;
        }
        // A type parameter without specific types takes only its own
        // values (nil and constants have no type in its type set).
        if self.iface_tparam(to) {
            return false;
        }
        if from == TypeId::UNTYPED_NIL {
            return self.nillable(to);
        }
        if tt.is_untyped(from) {
            return self.representable_kind(from, to) || tt.is_interface(to) && tt.iface_methods(to).map(|m| m.is_empty()).unwrap_or(false);
        }
        if tt.is_interface(to) {
            return self.missing_method(from, to).is_none();
        }
        // Identical underlying types when at least one is not a named type
        // (predeclared types like int count as named).
        let named = |t: TypeId| {
            tt.is_named(t)
                || matches!(
                    tt.kind(t),
                    Kind::Bool
                        | Kind::Int
                        | Kind::Int8
                        | Kind::Int16
                        | Kind::Int32
                        | Kind::Int64
                        | Kind::Uint
                        | Kind::Uint8
                        | Kind::Uint16
                        | Kind::Uint32
                        | Kind::Uint64
                        | Kind::Uintptr
                        | Kind::Float32
                        | Kind::Float64
                        | Kind::Complex64
                        | Kind::Complex128
                        | Kind::String
                        | Kind::UnsafePointer
                )
        };
        if tt.underlying(from) == tt.underlying(to) && (!named(from) || !named(to)) {
            return true;
        }
        // Bidirectional channel to directional.
        if let (Kind::Chan(types::ChanDir::Both, a), Kind::Chan(_, b)) = (tt.ukind(from), tt.ukind(to)) {
            return a == b;
        }
        false
    }

    pub(crate) fn nillable(&self, t: TypeId) -> bool {
        matches!(
            self.tt.ukind(t),
            Kind::Pointer(_)
                | Kind::Slice(_)
                | Kind::Map(..)
                | Kind::Chan(..)
                | Kind::Func(_)
                | Kind::Interface { .. }
                | Kind::UnsafePointer
                | Kind::UntypedNil
        )
    }

    /// types2's reason for a method of the wrong type, with its have/want
    /// lines (see [`paren_why`] for how callers put it in parentheses).
    fn wrong_method_type(&self, name: &str, have: TypeId, want: TypeId) -> String {
        let sig = |t: TypeId| {
            let n = self.tname(t);
            n.strip_prefix("func").map(str::to_string).unwrap_or(n)
        };
        format!("wrong type for method {name}\n\t\thave {name}{}\n\t\twant {name}{}", sig(have), sig(want))
    }

    /// The first method of interface `iface` that `t` lacks, as Go words it
    /// (a reason that may carry continuation lines: see [`paren_why`]).
    pub(crate) fn missing_method(&self, t: TypeId, iface: TypeId) -> Option<String> {
        let methods = self.tt.iface_methods(iface)?.to_vec();
        for m in methods {
            match self.lookup_sel(t, &m.name) {
                Sel::Method { ptr_recv, path, sig, .. } => {
                    if sig != m.sig {
                        return Some(self.wrong_method_type(&m.name, sig, m.sig));
                    }
                    // A pointer method is in the method set of a value
                    // only through an embedded pointer on its path.
                    let is_ptr = matches!(self.tt.kind(t), Kind::Pointer(_));
                    if ptr_recv && !is_ptr && !self.method_path_indirect(t, &path) {
                        return Some(format!("method {} has pointer receiver", m.name));
                    }
                }
                Sel::IfaceMethod { sig, .. } => {
                    if sig != m.sig {
                        return Some(self.wrong_method_type(&m.name, sig, m.sig));
                    }
                }
                Sel::Ambiguous => {
                    let base = match self.tt.kind(t) {
                        Kind::Pointer(e) => *e,
                        _ => t,
                    };
                    return Some(format!("ambiguous selector {}.{}", self.tname(base), m.name));
                }
                // types2's missingMethod: a field of that name is no method.
                Sel::Field { .. } => return Some(format!("{}.{} is a field, not a method", self.tname(t), m.name)),
                _ => return Some(format!("missing method {}", m.name)),
            }
        }
        None
    }

    // ------------------------------------------------------------------
    // text for messages

    pub(crate) fn expr_text(&self, e: &Expr) -> String {
        let f = &self.files[self.ctx.file.min(self.files.len() - 1)];
        let src = f.map.name.clone();
        let _ = src;
        if let ExprKind::Binary { op, x, y, .. } = &e.kind {
            if self.op_assigns.contains(&(e.span.lo, e.span.hi)) {
                return format!("{} {}= {}", expr_string(x), op.as_str(), expr_string(y));
            }
        }
        expr_string(e)
    }

    /// `x (variable of type int)`, `300 (untyped int constant)`...
    /// A constant shift count must be representable as a uint (types2's
    /// shift): a negative or non-integer one is reported at the count.
    fn const_shift_count_ok(&mut self, count: &Expr, v: &ConstVal, vt: TypeId) -> bool {
        let (negative, fraction) = match v.as_int() {
            Some(i) => (i < 0, false),
            None => (false, matches!(v, ConstVal::Float(_) | ConstVal::Rat(..) | ConstVal::BigRat(_))),
        };
        if !negative && !fraction {
            return true;
        }
        let desc = self.describe(count, &Opnd::Const(v.clone(), vt));
        let text = if negative { format!("invalid operation: negative shift count {desc}") } else { format!("{desc} truncated to uint") };
        self.error(count.span, text);
        false
    }

    pub(crate) fn describe(&self, e: &Expr, op: &Opnd) -> String {
        let text = self.expr_text(e);
        match op {
            Opnd::Const(v, t) => {
                if self.tt.is_untyped(*t) {
                    // types2 adds the value only when the expression text differs from it.
                    let lit = matches!(e.kind, ExprKind::BasicLit { kind: LitKind::String | LitKind::Char, .. }) || text == v.render();
                    if lit {
                        format!("{text} ({})", describe_const_type(&self.tt, *t))
                    } else {
                        format!("{text} ({} {})", describe_const_type(&self.tt, *t), v.render())
                    }
                } else {
                    let lit = matches!(e.kind, ExprKind::BasicLit { .. });
                    let t = self.type_desc(*t);
                    if lit {
                        format!("{text} (constant of {t})")
                    } else {
                        format!("{text} (constant {} of {t})", v.render())
                    }
                }
            }
            Opnd::Nil => "nil".into(),
            op => {
                // A literal's type keeps its parameter names (types2 prints them).
                if let ExprKind::FuncLit { typ, .. } = &e.kind {
                    let mut t = String::new();
                    write_func_type(typ, false, &mut t);
                    return format!("{text} ({} of type {t})", self.mode(e, op));
                }
                let t = self.type_desc(op.ty());
                format!("{text} ({} of {t})", self.mode(e, op))
            }
        }
    }

    /// Records the mode of `e` when it is not what [`Self::mode`] derives
    /// from the syntax (a generic body may record another one per instance).
    pub(crate) fn set_mode(&mut self, e: &Expr, mode: Option<&'static str>) {
        match mode {
            Some(m) => self.modes.insert((self.ctx.file, e.span.lo, e.span.hi), m),
            None => self.modes.remove(&(self.ctx.file, e.span.lo, e.span.hi)),
        };
    }

    /// types2's operand mode of a non-constant operand, as messages name it.
    pub(crate) fn mode(&self, e: &Expr, op: &Opnd) -> &'static str {
        if let Some(m) = self.modes.get(&(self.ctx.file, e.span.lo, e.span.hi)) {
            return m;
        }
        match e.kind {
            _ if matches!(op, Opnd::Func(..) | Opnd::Method(_)) => "value",
            ExprKind::Paren(x) => self.mode(x, op),
            ExprKind::Ident(_) | ExprKind::Selector(..) | ExprKind::Index(..) | ExprKind::Star(_) => "variable",
            ExprKind::TypeAssert(..) | ExprKind::Unary(UnaryOp::Recv, _) => "comma, ok expression",
            _ => "value",
        }
    }
}

impl<'a> Compiler<'a> {
    /// A type's name as types2 prints it in messages: the current
    /// package's types unqualified (`T`, `[]T`), others qualified.
    pub(crate) fn tname(&self, t: TypeId) -> String {
        let full = self.tt.spelled_name(t);
        let pkg = format!("{}.", self.pkgs.get(self.ctx.pkg).map(|p| p.name.as_str()).unwrap_or("main"));
        let mut out = String::with_capacity(full.len());
        let b = full.as_bytes();
        let mut i = 0;
        while i < full.len() {
            let boundary = i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_' || b[i - 1] == b'.');
            if boundary && full[i..].starts_with(&pkg) {
                i += pkg.len();
                continue;
            }
            // types2's qualifier spells a package by its quoted path when
            // two packages of the program's imports share its name: Go's
            // sync imports internal/sync, so sync's types are "sync".T.
            if boundary && pkg != "sync." && full[i..].starts_with("sync.") {
                out.push_str("\"sync\".");
                i += "sync.".len();
                continue;
            }
            let c = full[i..].chars().next().expect("char");
            out.push(c);
            i += c.len_utf8();
        }
        out
    }

    /// "type T" / "struct type T" / "int type N", as types2's operand
    /// descriptions put it.
    pub(crate) fn type_desc(&self, t: TypeId) -> String {
        let name = self.tname(t);
        if let Some(f) = self.fake_tparam(t) {
            return format!("type {name} constrained by {}", f.constraint);
        }
        if t.same_spelling(TypeId::ANY_ALIAS) {
            return format!("interface type {name}");
        }
        if self.tt.is_named(t) {
            let what = match self.tt.ukind(t) {
                Kind::Array(..) => "array".to_string(),
                Kind::Slice(_) => "slice".into(),
                Kind::Struct(_) => "struct".into(),
                Kind::Pointer(_) => "pointer".into(),
                Kind::Func(_) => "func".into(),
                Kind::Interface { .. } => "interface".into(),
                Kind::Map(..) => "map".into(),
                Kind::Chan(..) => "chan".into(),
                _ => self.tt.spelled_name(self.tt.underlying(t)),
            };
            return format!("{what} type {name}");
        }
        format!("type {name}")
    }
}

fn to_binop(op: BinaryOp) -> BinOp {
    use BinaryOp::*;
    match op {
        Add => BinOp::Add,
        Sub => BinOp::Sub,
        Mul => BinOp::Mul,
        Div => BinOp::Div,
        Rem => BinOp::Rem,
        And => BinOp::And,
        Or => BinOp::Or,
        Xor => BinOp::Xor,
        Shl => BinOp::Shl,
        Shr => BinOp::Shr,
        AndNot => BinOp::AndNot,
        Eq => BinOp::Eq,
        Ne => BinOp::Ne,
        Lt => BinOp::Lt,
        Le => BinOp::Le,
        Gt => BinOp::Gt,
        Ge => BinOp::Ge,
        LAnd | LOr => BinOp::And,
    }
}

pub(crate) fn describe_const_type(tt: &types::TypeTable, t: TypeId) -> String {
    match tt.kind(t) {
        Kind::UntypedBool => "untyped bool constant".into(),
        Kind::UntypedInt => "untyped int constant".into(),
        Kind::UntypedRune => "untyped rune constant".into(),
        Kind::UntypedFloat => "untyped float constant".into(),
        Kind::UntypedComplex => "untyped complex constant".into(),
        Kind::UntypedString => "untyped string constant".into(),
        _ => format!("constant of type {}", tt.spelled_name(t)),
    }
}

fn operand_x<'e, 'a>(e: &'e Expr<'a>) -> &'e Expr<'a> {
    match &e.kind {
        ExprKind::Binary { x, .. } => x,
        _ => e,
    }
}

/// Where types2 reports a binary operation: its leftmost operand.
fn operand_pos(x: &Expr) -> Span {
    match &x.kind {
        ExprKind::Binary { x: inner, .. } => operand_pos(inner),
        _ => x.span,
    }
}

/// Whether probing `e` (evaluating it and rolling back) is harmless: it
/// holds no function literal or call that would register functions.
fn probe_safe(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::BasicLit { .. } | ExprKind::Ident(_) => true,
        ExprKind::Selector(x, _) => matches!(x.kind, ExprKind::Ident(_)),
        ExprKind::Paren(x) => probe_safe(x),
        ExprKind::Unary(op, x) => !matches!(op, UnaryOp::Addr | UnaryOp::Recv) && probe_safe(x),
        ExprKind::Binary { x, y, .. } => probe_safe(x) && probe_safe(y),
        _ => false,
    }
}

/// Whether `e` denotes a variable (reading it must copy aggregates).
pub(crate) fn addressable(e: &Expr) -> bool {
    match &e.kind {
        // A type assertion's aggregate is the interface's own box.
        ExprKind::Ident(_) | ExprKind::Selector(..) | ExprKind::Index(..) | ExprKind::Star(_) | ExprKind::TypeAssert(..) => true,
        ExprKind::Paren(x) => addressable(x),
        _ => false,
    }
}

/// Go's rendering of an expression in error messages (go/types ExprString).
pub(crate) fn expr_string(e: &Expr) -> String {
    let mut s = String::new();
    write_expr(e, &mut s);
    s
}

fn write_expr(e: &Expr, s: &mut String) {
    match &e.kind {
        ExprKind::Ident(n) => s.push_str(n),
        ExprKind::BasicLit { raw, .. } => s.push_str(raw),
        ExprKind::Paren(x) => {
            s.push('(');
            write_expr(x, s);
            s.push(')');
        }
        ExprKind::Selector(x, sel) => {
            write_expr(x, s);
            s.push('.');
            s.push_str(sel.name);
        }
        ExprKind::Index(x, idx) => {
            write_expr(x, s);
            s.push('[');
            for (i, a) in idx.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                write_expr(a, s);
            }
            s.push(']');
        }
        ExprKind::Call { fun, args, ellipsis, .. } => {
            write_expr(fun, s);
            s.push('(');
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                write_expr(a, s);
            }
            if ellipsis.is_some() {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::Star(x) => {
            s.push('*');
            write_expr(x, s);
        }
        ExprKind::Unary(op, x) => {
            s.push_str(op.as_str());
            write_expr(x, s);
        }
        ExprKind::Binary { op, x, y, .. } => {
            write_expr(x, s);
            s.push(' ');
            s.push_str(op.as_str());
            s.push(' ');
            write_expr(y, s);
        }
        ExprKind::CompositeLit { typ, elts, .. } => {
            if let Some(t) = typ {
                write_expr(t, s);
            }
            s.push_str(if elts.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::FuncLit { typ, body } => {
            write_func_type(typ, true, s);
            s.push_str(if body.stmts.is_empty() { " {}" } else { " {…}" });
        }
        ExprKind::TypeAssert(x, t) => {
            write_expr(x, s);
            s.push_str(".(");
            match t {
                Some(t) => write_expr(t, s),
                None => s.push_str("type"),
            }
            s.push(')');
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            write_expr(x, s);
            s.push('[');
            if let Some(l) = lo {
                write_expr(l, s);
            }
            s.push(':');
            if let Some(h) = hi {
                write_expr(h, s);
            }
            if let Some(m) = max {
                s.push(':');
                write_expr(m, s);
            }
            s.push(']');
        }
        ExprKind::ArrayType { len, elem } => {
            match len {
                ArrayLen::Slice => s.push_str("[]"),
                ArrayLen::Ellipsis => s.push_str("[...]"),
                ArrayLen::Expr(n) => {
                    s.push('[');
                    write_expr(n, s);
                    s.push(']');
                }
            }
            write_expr(elem, s);
        }
        ExprKind::MapType { key, value } => {
            s.push_str("map[");
            write_expr(key, s);
            s.push(']');
            write_expr(value, s);
        }
        ExprKind::InterfaceType { elems: [] } => s.push_str("interface{}"),
        ExprKind::StructType { fields: [] } => s.push_str("struct{}"),
        ExprKind::ChanType { elem, .. } => {
            s.push_str("chan ");
            write_expr(elem, s);
        }
        _ => s.push('…'),
    }
}

/// A function literal's type as gc prints it: grouped as in the source
/// (`func(a, b int) int`, the literal's text) or one parameter at a time
/// (`func(a int, b int) int`, types2's type string).
pub(crate) fn write_func_type(ft: &FuncType<'_>, grouped: bool, s: &mut String) {
    fn fields(fs: &[Field<'_>], grouped: bool, s: &mut String) {
        let mut first = true;
        for f in fs.iter() {
            let mut typ = String::new();
            match &f.typ.kind {
                ExprKind::Ellipsis(Some(t)) => {
                    typ.push_str("...");
                    write_expr(t, &mut typ);
                }
                _ => write_expr(f.typ, &mut typ),
            }
            if f.names.is_empty() {
                if !first {
                    s.push_str(", ");
                }
                s.push_str(&typ);
                first = false;
            } else if grouped {
                if !first {
                    s.push_str(", ");
                }
                let names: Vec<&str> = f.names.iter().map(|n| n.name).collect();
                s.push_str(&names.join(", "));
                s.push(' ');
                s.push_str(&typ);
                first = false;
            } else {
                for n in f.names.iter() {
                    if !first {
                        s.push_str(", ");
                    }
                    s.push_str(n.name);
                    s.push(' ');
                    s.push_str(&typ);
                    first = false;
                }
            }
        }
    }
    s.push_str("func(");
    fields(ft.params, grouped, s);
    s.push(')');
    let single = ft.results.len() == 1 && ft.results[0].names.is_empty();
    if single {
        s.push(' ');
        fields(ft.results, grouped, s);
    } else if !ft.results.is_empty() {
        s.push_str(" (");
        fields(ft.results, grouped, s);
        s.push(')');
    }
}

/// A missing-method reason in parentheses, its continuation lines (the
/// have/want of a method of the wrong type) after the closing one, as
/// types2 prints `(wrong type for method M)\n\t\thave ...\n\t\twant ...`.
pub(crate) fn paren_why(why: &str) -> String {
    match why.split_once('\n') {
        Some((head, rest)) => format!("({head})\n{rest}"),
        None => format!("({why})"),
    }
}
