//! gc's order of evaluation among the operands of one expression.
//!
//! The spec orders only function calls, method calls, receive operations
//! and the logical operators; where a variable is read relative to them is
//! unspecified (`a + f()` with f changing a). gc's order pass
//! (cmd/compile/internal/walk/order.go, `orderState.expr`) decides it:
//! calls, receives, slicing, type assertions to non-pointer-shaped types
//! and the builtins len, cap, append, copy, make, new, min, max, complex,
//! real, imag and recover are copied into temporaries first, left to right;
//! the remaining operands (variables, fields, elements, arithmetic on them)
//! are read afterwards, where the value is used. So
//! `fmt.Println(x, f(&x), x)` prints the changed x twice, and
//! `len(m), f(), len(m)` the two lengths. Programs print such things.
//!
//! Here an operand list (a call's arguments, a binary expression's operands,
//! a composite literal's elements) whose later operand holds such an
//! operation, after an operand that reads a variable, has those operations
//! compiled first and bound to their expressions (`Compiler::bound`); the
//! operands are then compiled in order and find them there.

use syntax::ast::{BinaryOp, Expr, ExprKind, UnaryOp};

use crate::func::LocalKind;
use crate::{Builtin, Compiler, ObjKind};

/// How many expression nodes the order pass looks at for one operand
/// list: a larger expression (`1+1+...+1`, 100,000 deep) keeps the source
/// order, so that compiling stays linear.
const ORDER_BUDGET: usize = 256;

/// What a call expression is, for the order pass.
enum CallKind {
    /// A call of a function or method, or a builtin gc copies into a
    /// temporary: evaluated early.
    Early,
    /// A conversion, or a builtin that is a constant (unsafe.Sizeof):
    /// its operand is ordered, not the conversion.
    Operand,
}

impl<'a> Compiler<'a> {
    /// Compiles first, in gc's order, the operations among `ops` that gc
    /// evaluates into temporaries, when a later one of them could change
    /// what an earlier operand reads. Returns the mark to truncate
    /// `self.bound` to once the operands are compiled.
    pub(crate) fn order_operands(&mut self, ops: &[&'a Expr<'a>]) -> usize {
        let mark = self.bound.len();
        if !self.needs_order(ops) {
            return mark;
        }
        self.hoist_early(ops)
    }

    /// Compiles first, left to right, every operation among `ops` that gc
    /// evaluates into a temporary (the calls on the left of an assignment
    /// run before those on the right, and before the left's variables are
    /// read). Returns the mark to truncate `self.bound` to.
    pub(crate) fn hoist_early(&mut self, ops: &[&'a Expr<'a>]) -> usize {
        let mark = self.bound.len();
        let mut early = Vec::new();
        let mut budget = ORDER_BUDGET;
        for o in ops {
            self.early_ops(o, &mut early, &mut budget);
        }
        if budget == 0 {
            return mark;
        }
        for x in early {
            let o = self.expr(x, None);
            self.bound.push((x as *const Expr<'a>, o));
        }
        mark
    }

    /// Whether `e` holds an operation gc evaluates into a temporary.
    pub(crate) fn has_early_ops(&mut self, e: &'a Expr<'a>) -> bool {
        let mut early = Vec::new();
        let mut budget = ORDER_BUDGET;
        self.early_ops(e, &mut early, &mut budget);
        budget > 0 && !early.is_empty()
    }

    /// Whether an operand before the last early operation reads something
    /// a call could change.
    fn needs_order(&mut self, ops: &[&'a Expr<'a>]) -> bool {
        let mut reads = false;
        let mut budget = ORDER_BUDGET;
        for o in ops {
            if reads {
                let mut early = Vec::new();
                self.early_ops(o, &mut early, &mut budget);
                if budget == 0 {
                    return false;
                }
                if !early.is_empty() {
                    return true;
                }
            }
            reads = reads || self.reads_late(o, &mut budget);
            if budget == 0 {
                return false;
            }
        }
        false
    }

    fn is_bound(&self, e: &Expr<'a>) -> bool {
        self.bound.iter().any(|(b, _)| std::ptr::eq(*b, e))
    }

    /// Whether `e` reads a variable outside the operations evaluated early.
    fn reads_late(&mut self, e: &'a Expr<'a>, budget: &mut usize) -> bool {
        if *budget == 0 || self.is_bound(e) {
            return false;
        }
        *budget -= 1;
        match &e.kind {
            ExprKind::BasicLit { .. } | ExprKind::FuncLit { .. } => false,
            ExprKind::Paren(x) => self.reads_late(x, budget),
            ExprKind::Unary(UnaryOp::Recv, _) | ExprKind::Slice { .. } => false,
            ExprKind::Unary(_, x) => self.reads_late(x, budget),
            ExprKind::Binary { op: BinaryOp::LAnd | BinaryOp::LOr, x, .. } => self.reads_late(x, budget),
            ExprKind::Binary { x, y, .. } => self.reads_late(x, budget) || self.reads_late(y, budget),
            ExprKind::Call { fun, args, .. } => match self.call_kind(fun) {
                CallKind::Early => false,
                CallKind::Operand => args.iter().any(|a| self.reads_late(a, budget)),
            },
            ExprKind::CompositeLit { elts, .. } => elts.iter().any(|el| self.reads_late(el.value, budget)),
            _ => true,
        }
    }

    /// Collects, left to right and innermost first, the operations of `e`
    /// gc evaluates into temporaries (not those inside them, nor inside
    /// function literals or the right operand of `&&` and `||`, which may
    /// not run).
    fn early_ops(&mut self, e: &'a Expr<'a>, out: &mut Vec<&'a Expr<'a>>, budget: &mut usize) {
        if *budget == 0 || self.is_bound(e) {
            return;
        }
        *budget -= 1;
        match &e.kind {
            ExprKind::Paren(x) => self.early_ops(x, out, budget),
            ExprKind::Call { fun, args, .. } => match self.call_kind(fun) {
                CallKind::Early => out.push(e),
                CallKind::Operand => {
                    for a in args.iter() {
                        self.early_ops(a, out, budget);
                    }
                }
            },
            ExprKind::Slice { .. } | ExprKind::Unary(UnaryOp::Recv, _) => out.push(e),
            // gc copies the result of an assertion to a type that is not
            // pointer-shaped (walk's copyExprClear).
            ExprKind::TypeAssert(x, Some(t)) => match t.kind {
                ExprKind::Star(_) | ExprKind::MapType { .. } | ExprKind::ChanType { .. } | ExprKind::FuncType(_) => {
                    self.early_ops(x, out, budget)
                }
                _ => out.push(e),
            },
            ExprKind::Unary(_, x) | ExprKind::Star(x) | ExprKind::Selector(x, _) => self.early_ops(x, out, budget),
            ExprKind::Binary { op: BinaryOp::LAnd | BinaryOp::LOr, x, .. } => self.early_ops(x, out, budget),
            ExprKind::Binary { x, y, .. } => {
                self.early_ops(x, out, budget);
                self.early_ops(y, out, budget);
            }
            ExprKind::Index(x, idx) => {
                self.early_ops(x, out, budget);
                for i in idx.iter() {
                    self.early_ops(i, out, budget);
                }
            }
            ExprKind::CompositeLit { elts, .. } => {
                for el in elts.iter() {
                    if let Some(k) = el.key {
                        self.early_ops(k, out, budget);
                    }
                    self.early_ops(el.value, out, budget);
                }
            }
            _ => {}
        }
    }

    /// Whether the call `fun(...)` calls a function or method (not a
    /// builtin, whose operands have rules of their own, nor a conversion).
    pub(crate) fn orders_call(&mut self, fun: &'a Expr<'a>) -> bool {
        if let ExprKind::Ident(name) = &crate::inline::unparen(fun).kind {
            if !self.ctx.subst.contains_key(name) && !self.local_lookup_exists(name) {
                if let Some(id) = self.pkgs[self.ctx.pkg].scope.get(*name).copied().or_else(|| self.lookup_global(name)) {
                    if matches!(self.objs[id.0 as usize].kind, ObjKind::Builtin(_)) {
                        return false;
                    }
                }
            }
        }
        if let ExprKind::Selector(x, _) = &crate::inline::unparen(fun).kind {
            // unsafe's functions are builtins.
            if matches!(crate::inline::unparen(x).kind, ExprKind::Ident("unsafe")) {
                return false;
            }
        }
        matches!(self.call_kind(fun), CallKind::Early)
    }

    /// Whether the call `fun(...)` is a call (or a builtin gc evaluates
    /// early) or a conversion, decided from the names alone, without
    /// compiling anything.
    fn call_kind(&mut self, fun: &'a Expr<'a>) -> CallKind {
        match &crate::inline::unparen(fun).kind {
            ExprKind::Ident(name) => self.name_call_kind(name),
            ExprKind::Selector(x, sel) => {
                let ExprKind::Ident(pn) = crate::inline::unparen(x).kind else { return CallKind::Early };
                if self.local_lookup_exists(pn) || self.ctx.subst.contains_key(pn) {
                    return CallKind::Early;
                }
                let Some(p) = self.import_pkg(pn) else { return CallKind::Early };
                match self.pkgs[p].scope.get(sel.name) {
                    Some(&id) => self.obj_call_kind(id),
                    None => CallKind::Early,
                }
            }
            // A generic instantiation: a type's is a conversion.
            ExprKind::Index(x, _) => match &crate::inline::unparen(x).kind {
                ExprKind::Ident(name) => self.name_call_kind(name),
                _ => CallKind::Early,
            },
            ExprKind::ArrayType { .. }
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType { .. }
            | ExprKind::StructType { .. } => CallKind::Operand,
            // `(*T)(x)`; a call through a pointer to a function is rare.
            ExprKind::Star(_) => CallKind::Operand,
            _ => CallKind::Early,
        }
    }

    fn name_call_kind(&mut self, name: &'a str) -> CallKind {
        if self.ctx.subst.contains_key(name) {
            return CallKind::Operand;
        }
        for fc in self.fstack.iter().rev() {
            if let Some(l) = fc.scopes.iter().rev().find_map(|s| s.find(name)) {
                return match l.kind {
                    LocalKind::Type(_) => CallKind::Operand,
                    LocalKind::Generic(id) => self.obj_call_kind(id),
                    _ => CallKind::Early,
                };
            }
        }
        match self.lookup_global(name) {
            Some(id) => self.obj_call_kind(id),
            None => CallKind::Early,
        }
    }

    fn obj_call_kind(&self, id: crate::ObjId) -> CallKind {
        match &self.objs[id.0 as usize].kind {
            ObjKind::Type { .. } | ObjKind::BasicType(_) => CallKind::Operand,
            ObjKind::Builtin(b) => match b {
                Builtin::Append
                | Builtin::Cap
                | Builtin::Complex
                | Builtin::Copy
                | Builtin::Imag
                | Builtin::Len
                | Builtin::Make
                | Builtin::Max
                | Builtin::Min
                | Builtin::New
                | Builtin::Real
                | Builtin::Recover => CallKind::Early,
                _ => CallKind::Operand,
            },
            _ => CallKind::Early,
        }
    }
}
