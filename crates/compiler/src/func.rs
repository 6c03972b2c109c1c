//! Per-function compilation state: registers, scopes, captures, loops,
//! labels, and the defer-kind decision.

use types::FastMap as HashMap;

use bytecode::{DeferKind, FuncProto, LocalVar, Op, Reg, VarKind, VarLoc};

/// `LocalVar::from` of a variable whose declaring statement has not ended.
const PENDING: u32 = u32::MAX - 1;
use syntax::ast::*;
use types::TypeId;

use crate::constant::ConstVal;
use crate::escape::Escapes;
use crate::{Compiler, Ctx, Job};

#[derive(Clone, Debug)]
pub(crate) enum LocalKind {
    Var,
    Const(ConstVal),
    Type(TypeId),
    /// A generic type declared in the function (its object, outside every
    /// package scope): a name to instantiate, not yet a type.
    Generic(crate::ObjId),
}

/// One block's declarations, in order, with an index by name so that a
/// lookup costs the same in a block of 200,000 variables as in one of two
/// (a linear scan made long functions quadratic to compile).
#[derive(Clone, Debug, Default)]
pub(crate) struct Scope<'a> {
    locals: Vec<Local<'a>>,
    /// The newest declaration of each name in `locals`.
    by_name: HashMap<&'a str, u32>,
    /// One past the highest slot of a variable declared here (0 if none):
    /// the registers a statement's temporaries must not reuse.
    slots_top: Reg,
}

impl<'a> Scope<'a> {
    pub fn push(&mut self, l: Local<'a>) {
        self.by_name.insert(l.name, self.locals.len() as u32);
        if matches!(l.kind, LocalKind::Var) {
            self.slots_top = self.slots_top.max(l.slot + 1);
        }
        self.locals.push(l);
    }

    /// The newest declaration of `name` in this block.
    pub fn find(&self, name: &str) -> Option<&Local<'a>> {
        self.by_name.get(name).map(|&i| &self.locals[i as usize])
    }

    pub fn find_mut(&mut self, name: &str) -> Option<&mut Local<'a>> {
        self.by_name.get(name).map(|&i| &mut self.locals[i as usize])
    }

    pub fn slots_top(&self) -> Reg {
        self.slots_top
    }
}

impl<'a> std::ops::Deref for Scope<'a> {
    type Target = [Local<'a>];
    fn deref(&self) -> &[Local<'a>] {
        &self.locals
    }
}

impl<'a> std::ops::DerefMut for Scope<'a> {
    fn deref_mut(&mut self) -> &mut [Local<'a>] {
        &mut self.locals
    }
}

impl<'a> IntoIterator for Scope<'a> {
    type Item = Local<'a>;
    type IntoIter = std::vec::IntoIter<Local<'a>>;
    fn into_iter(self) -> Self::IntoIter {
        self.locals.into_iter()
    }
}

#[derive(Clone, Debug)]
pub(crate) struct Local<'a> {
    pub name: &'a str,
    pub slot: Reg,
    pub ty: TypeId,
    /// The slot holds a heap cell (an escaping variable).
    pub boxed: bool,
    pub used: bool,
    pub span: Span,
    pub kind: LocalKind,
    /// Its entry in the function's debug table (`FuncProto::locals`), if any.
    pub dbg: Option<u32>,
}

/// Where a closure's captured variable comes from in the enclosing function.
#[derive(Clone, Copy, Debug)]
pub(crate) enum CapSrc {
    Slot(Reg),
    Capture(u16),
}

#[derive(Clone, Debug)]
pub(crate) struct Capture<'a> {
    pub name: &'a str,
    pub ty: TypeId,
    pub boxed: bool,
    pub src: CapSrc,
}

pub(crate) struct LoopCtx<'a> {
    pub label: Option<&'a str>,
    pub breaks: Vec<usize>,
    pub continues: Vec<usize>,
    /// False for switch and select (break only).
    pub is_loop: bool,
}

pub(crate) struct FnCtx<'a> {
    pub proto: FuncProto,
    pub name: String,
    pub scopes: Vec<Scope<'a>>,
    pub next: Reg,
    pub maxr: Reg,
    pub captures: Vec<Capture<'a>>,
    /// Each captured name's index in `captures`.
    pub capture_index: HashMap<&'a str, u16>,
    pub escapes: Escapes<'a>,
    /// Interface-typed locals that gc's devirtualization sees through
    /// (`var g I = p`, never reassigned): their slot and the concrete type
    /// of the value they hold.
    pub devirt: HashMap<Reg, TypeId>,
    /// Function literals in this body whose calls gc inlines (`inline.rs`).
    pub inlined_lits: types::FastSet<u32>,
    /// This function is a literal that gc inlines at its call sites: its
    /// nested literals are named `.funcN`, not `.N`.
    pub inlined: bool,
    /// Result slots: (type, boxed, name).
    pub results: Vec<(TypeId, bool, Option<&'a str>)>,
    /// Set by `call` while it evaluates `x.m` of `x.m(...)`: the
    /// receiver of a synchronous call may be passed without a copy.
    pub recv_nocopy: bool,
    pub loops: Vec<LoopCtx<'a>>,
    pub labels: HashMap<&'a str, usize>,
    pub gotos: Vec<(usize, &'a str, Span)>,
    pub pending_label: Option<&'a str>,
    pub defer_kind: DeferKind,
    pub defer_index: u16,
    pub loop_depth: u32,
    pub closure_count: u32,
    /// Range-over-func bodies numbered so far (gc's rangeLitGen: they are
    /// counted apart from function literals, `F-range1`).
    pub range_count: u32,
    /// A range-over-func body directly in a declared function: gc names
    /// the function literals in it `F-range1.func1`, not `.1`.
    pub range_of_declared: bool,
    pub deferwrap_count: u32,
    pub gowrap_count: u32,
    pub iota: Option<u32>,
    pub line: u32,
    pub wrapper: bool,
    pub extra_frame: u32,
    pub terminated: bool,
    /// Set in the body closure of a range-over-func loop: where `return`
    /// and `defer` go (the enclosing function's hidden state).
    pub range_ret: Option<RangeRet<'a>>,
    /// In a range-over-func body: the hidden variable holding its loop's
    /// state (runtime.panicrangestate's: 0 ready, 1 done, 2 the body is
    /// running or panicked, 3 the loop ended).
    pub range_state: Option<&'a str>,
    /// In a function containing range-over-func loops: the labeled
    /// branches (label, is break) that leave a loop body for a loop
    /// outside it; the code of one is 2 + its index.
    pub branch_codes: Vec<(&'a str, bool)>,
    /// In a range-over-func body: the branches (code, label, is break) out
    /// of it to an enclosing loop, for the code after the iterator call.
    pub range_exits: Vec<(i128, &'a str, bool)>,
    /// The function needs more registers than [`MAX_REGS`] (reported once,
    /// by `emit`).
    pub regs_exhausted: bool,
    pub regs_reported: bool,
}

/// Registers a function may use: parameters, results, locals and
/// temporaries (16-bit register numbers, one kept spare).
pub(crate) const MAX_REGS: u16 = u16::MAX - 1;

/// Hidden variables of a function that contains range-over-func loops:
/// a flag set by a `return` inside a loop body, the result values it
/// returned, and the function's frame sp (for its deferred calls).
#[derive(Clone, Debug)]
pub(crate) struct RangeRet<'a> {
    pub flag: &'a str,
    /// Set by a labeled break or continue out of a body: the branch's code
    /// (see `FnCtx::branch_codes`), 0 if none.
    pub next: &'a str,
    pub results: Vec<(&'a str, TypeId)>,
    pub sp: &'a str,
}

impl<'a> FnCtx<'a> {
    pub(crate) fn new(proto: FuncProto, name: String) -> FnCtx<'a> {
        FnCtx {
            proto,
            name,
            scopes: vec![Scope::default()],
            next: 0,
            maxr: 0,
            captures: Vec::new(),
            capture_index: HashMap::default(),
            escapes: Escapes::default(),
            devirt: HashMap::default(),
            inlined_lits: Default::default(),
            inlined: false,
            results: Vec::new(),
            recv_nocopy: false,
            loops: Vec::new(),
            labels: HashMap::default(),
            gotos: Vec::new(),
            pending_label: None,
            defer_kind: DeferKind::None,
            defer_index: 0,
            loop_depth: 0,
            closure_count: 0,
            range_count: 0,
            range_of_declared: false,
            deferwrap_count: 0,
            gowrap_count: 0,
            iota: None,
            line: 0,
            wrapper: false,
            extra_frame: 0,
            terminated: false,
            range_ret: None,
            range_state: None,
            branch_codes: Vec::new(),
            range_exits: Vec::new(),
            regs_exhausted: false,
            regs_reported: false,
        }
    }

    pub(crate) fn alloc(&mut self) -> Reg {
        let r = self.next;
        match self.next.checked_add(1).filter(|&next| next < MAX_REGS) {
            Some(next) => {
                self.next = next;
                self.maxr = self.maxr.max(self.next);
                r
            }
            None => {
                self.regs_exhausted = true;
                0
            }
        }
    }

    /// `n` consecutive registers. Registers are 16-bit: a function that
    /// needs more gets register 0 (its code is never run) and the
    /// compile error of [`Compiler::emit`].
    pub(crate) fn alloc_n(&mut self, n: usize) -> Reg {
        let r = self.next;
        match u16::try_from(n).ok().and_then(|n| self.next.checked_add(n)).filter(|&next| next < MAX_REGS) {
            Some(next) => {
                self.next = next;
                self.maxr = self.maxr.max(self.next + 1);
                r
            }
            None => {
                self.regs_exhausted = true;
                0
            }
        }
    }

    pub(crate) fn pc(&self) -> usize {
        self.proto.code.len()
    }

    /// Closes the function: patches gotos, sizes the frame.
    pub(crate) fn finish(&mut self) {
        let code_len = self.proto.code.len();
        if !matches!(self.proto.code.last(), Some(Op::Return)) {
            self.proto.code.push(Op::Return);
        }
        let _ = code_len;
        self.proto.deferreturn_pc = self.proto.code.len() as u32 - 1;
        self.proto.nslots = self.maxr.max(self.proto.nparams + self.proto.nresults) + 1;
        self.proto.frame_size = (16 + 8 * self.proto.nslots as u32).saturating_add(self.extra_frame);
        self.proto.defer_kind = self.defer_kind;
        // Rows still open (parameters, the outermost scope) end with the code.
        let end = self.proto.code.len() as u32;
        for l in &mut self.proto.locals {
            l.to = l.to.min(end);
            l.from = l.from.min(l.to);
        }
        self.proto.locals.retain(|l| l.from < l.to);
        // gc marks reflect.callReflect a wrapper by name (ir/abi.go): a
        // traceback through a MakeFunc func value does not show it.
        self.proto.wrapper = self.wrapper || self.proto.name == "reflect.callReflect";
        for (at, label, _) in std::mem::take(&mut self.gotos) {
            if let Some(&t) = self.labels.get(label) {
                if let Op::Jump { target } = &mut self.proto.code[at] {
                    *target = t as u32;
                }
            }
        }
    }
}

impl<'a> Compiler<'a> {
    /// The generic whose instance `job` compiles: the function's own
    /// declaration, or for a method of a generic type that type's spec.
    fn job_generic_decl(&self, job: &crate::Job<'a>) -> Option<usize> {
        if self.job_targs.is_empty() {
            return None;
        }
        let Some(r) = job.decl.recv else { return Some(job.decl as *const FuncDecl as usize) };
        let name = crate::decls::recv_base_name(r.typ)?;
        let &o = self.pkgs[job.pkg].scope.get(name)?;
        match self.objs[o.0 as usize].kind {
            crate::ObjKind::Type { spec } => Some(spec as *const TypeSpec as usize),
            _ => None,
        }
    }
}

/// The type arguments of a generic function or method instance, in gc's
/// order (the receiver's type parameters, then the function's own): the
/// types defined in its body are named with them (`main.loc[int]`).
fn job_type_args(job: &crate::Job) -> Vec<TypeId> {
    let mut names: Vec<&str> = Vec::new();
    if let Some(r) = job.decl.recv {
        let mut rt = r.typ;
        while let ExprKind::Star(x) | ExprKind::Paren(x) = &rt.kind {
            rt = x;
        }
        if let ExprKind::Index(_, args) = &rt.kind {
            names.extend(args.iter().filter_map(|a| match a.kind {
                ExprKind::Ident(n) => Some(n),
                _ => None,
            }));
        }
    }
    names.extend(crate::generics::tparams(job.decl.type_params).iter().map(|(n, _)| n.name));
    names.iter().filter_map(|n| job.subst.get(n).copied()).collect()
}

/// Whether gc would move one of the named results to the heap
/// ([`crate::escape::results_escape`]), which keeps it from open-coding
/// the function's defers.
fn results_on_heap<'a>(body: &'a Block<'a>, results: &[(Option<&'a Ident<'a>>, TypeId)]) -> bool {
    let names: Vec<&str> = results.iter().filter_map(|(n, _)| n.map(|n| n.name)).filter(|n| *n != "_").collect();
    !names.is_empty() && crate::escape::results_escape(body, &names)
}

/// Counts defer statements (and whether one is in a loop) and returns.
fn defer_info(b: &Block) -> (u32, bool, u32) {
    // gc counts the statements its noder keeps: statements after a
    // terminating one are dropped (noder's `writer.stmts`), unless a label
    // follows them in the same list.
    fn live<'s, 'a>(stmts: &'s [Stmt<'a>]) -> impl Iterator<Item = &'s Stmt<'a>> {
        let last_label = stmts.iter().rposition(|s| matches!(s.kind, StmtKind::Labeled { .. }));
        let mut dead = false;
        stmts.iter().enumerate().filter_map(move |(i, s)| {
            let keep = !dead || last_label.is_some_and(|l| i <= l) || matches!(s.kind, StmtKind::Labeled { .. });
            if keep {
                dead = terminates(s);
            }
            keep.then_some(s)
        })
    }
    // noder's `pkgWriter.terminates` (constant conditions other than the
    // literals true and false are not folded here).
    fn terminates(s: &Stmt) -> bool {
        match &s.kind {
            StmtKind::Branch { kind: BranchKind::Goto, .. } | StmtKind::Return(_) => true,
            StmtKind::Expr(e) => {
                let mut f = e;
                while let ExprKind::Paren(x) = &f.kind {
                    f = x;
                }
                matches!(&f.kind, ExprKind::Call { fun, .. } if matches!(fun.kind, ExprKind::Ident("panic")))
            }
            StmtKind::If { cond, then, els, .. } => {
                let c = match cond.kind {
                    ExprKind::Ident("true") => 1,
                    ExprKind::Ident("false") => -1,
                    _ => 0,
                };
                let block_ends = |b: &Block| b.stmts.iter().rev().find(|s| !matches!(s.kind, StmtKind::Empty)).is_some_and(terminates);
                (c < 0 || block_ends(then)) && (c > 0 || els.is_some_and(terminates))
            }
            StmtKind::Block(b) => b.stmts.iter().rev().find(|s| !matches!(s.kind, StmtKind::Empty)).is_some_and(terminates),
            _ => false,
        }
    }
    fn walk(s: &Stmt, in_loop: bool, d: &mut (u32, bool, u32)) {
        match &s.kind {
            StmtKind::Defer(_) => {
                d.0 += 1;
                d.1 |= in_loop;
            }
            StmtKind::Return(_) => d.2 += 1,
            StmtKind::Labeled { stmt, .. } => walk(stmt, in_loop, d),
            StmtKind::Block(b) => live(b.stmts).for_each(|s| walk(s, in_loop, d)),
            StmtKind::If { then, els, .. } => {
                live(then.stmts).for_each(|s| walk(s, in_loop, d));
                if let Some(e) = els {
                    walk(e, in_loop, d);
                }
            }
            StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
                for c in body.iter() {
                    live(c.body).for_each(|s| walk(s, in_loop, d));
                }
            }
            StmtKind::Select { body, .. } => {
                for c in body.iter() {
                    live(c.body).for_each(|s| walk(s, in_loop, d));
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => live(body.stmts).for_each(|s| walk(s, true, d)),
            _ => {}
        }
    }
    let mut d = (0, false, 0);
    live(b.stmts).for_each(|s| walk(s, false, &mut d));
    d
}

impl<'a> Compiler<'a> {
    pub(crate) fn fc(&mut self) -> &mut FnCtx<'a> {
        self.fstack.last_mut().expect("function context")
    }

    /// Where code generation stands, so that an expression can be checked
    /// for its type and the code it emitted discarded ([`Self::rollback`]).
    pub(crate) fn mark(&mut self) -> CodeMark {
        let diags = self.diags.len();
        let fc = self.fc();
        CodeMark { code: fc.proto.code.len(), lines: fc.proto.lines.len(), line: fc.line, next: fc.next, diags }
    }

    /// Discards the code emitted since `m`; with `drop_diags`, also the
    /// diagnostics (a probe that will be evaluated again for real).
    pub(crate) fn rollback(&mut self, m: CodeMark, drop_diags: bool) {
        let fc = self.fc();
        fc.proto.code.truncate(m.code);
        fc.proto.lines.truncate(m.lines);
        let code_len = m.code as u32;
        fc.proto.line_files.retain(|(pc, _)| *pc < code_len);
        // The line the next instruction is compared with (`emit`): a probe
        // on a new line must not leave it behind, or the real code of that
        // line would be recorded under the previous one.
        fc.line = m.line;
        fc.next = m.next;
        if drop_diags {
            self.diags.truncate(m.diags);
        }
    }

    pub(crate) fn emit(&mut self, op: Op, span: Span) -> usize {
        if self.fc().regs_exhausted && !self.fc().regs_reported {
            self.fc().regs_reported = true;
            let msg = format!(
                "function too large for gostack: it needs more than {MAX_REGS} registers for its parameters, results, variables and temporaries"
            );
            self.error(span, msg);
        }
        let (line, line_file) = if span == Span::default() { (0, None) } else { self.files[self.ctx.file].map.go_line(span.lo) };
        let fc = self.fstack.last_mut().expect("function context");
        let pc = fc.proto.code.len();
        if pc == 0 {
            fc.proto.file = self.ctx.file as u32;
            fc.proto.line_file = line_file.map(str::to_string);
        } else if line != 0 && fc.proto.line_file_at(pc as u32) != line_file {
            fc.proto.line_files.push((pc as u32, line_file.map(str::to_string)));
        }
        if line != 0 && line != fc.line {
            fc.line = line;
            fc.proto.lines.push((pc as u32, line));
        }
        fc.proto.code.push(op);
        pc
    }

    pub(crate) fn patch(&mut self, at: usize, target: usize) {
        match &mut self.fc().proto.code[at] {
            Op::Jump { target: t }
            | Op::JumpIf { target: t, .. }
            | Op::JumpIfNot { target: t, .. }
            | Op::RangeNext { target: t, .. }
            | Op::JumpIfNotLtInt { target: t, .. } => *t = target as u32,
            _ => {}
        }
    }

    pub(crate) fn push_scope(&mut self) {
        self.fc().scopes.push(Scope::default());
    }

    /// Closes a scope, reporting unused variables.
    pub(crate) fn pop_scope(&mut self) {
        let scope = self.fc().scopes.pop().unwrap_or_default();
        {
            let fc = self.fc();
            let pc = fc.proto.code.len() as u32;
            for l in scope.iter() {
                if let Some(e) = l.dbg.and_then(|i| fc.proto.locals.get_mut(i as usize)) {
                    e.to = pc;
                    // Declared by a statement that never finished before
                    // the scope closed: never visible.
                    if e.from == PENDING {
                        e.from = pc;
                    }
                }
            }
        }
        for l in scope {
            if matches!(l.kind, LocalKind::Var) && !l.used && l.name != "_" {
                self.error(l.span, format!("declared and not used: {}", l.name));
            }
        }
    }

    /// Declares a local variable and returns its slot (a fresh register,
    /// initialised by the caller; boxed variables get a cell here).
    pub(crate) fn declare_local(&mut self, name: &'a str, ty: TypeId, span: Span) -> (Reg, bool) {
        self.declare_local_in(name, ty, span, None)
    }

    /// [`Compiler::declare_local`] into register `reuse` when given (a
    /// temporary holding the variable's initial value, that nothing else
    /// reads) unless the variable lives in a heap cell (whose `NewCell`
    /// would overwrite the value before it is stored).
    pub(crate) fn declare_local_in(&mut self, name: &'a str, ty: TypeId, span: Span, reuse: Option<Reg>) -> (Reg, bool) {
        self.check_chan_elem(ty, span);
        let agg = self.is_aggregate(ty);
        let may_addr = self.method_may_take_addr(ty);
        let fc = self.fstack.last_mut().expect("ctx");
        let named_nonagg_method = may_addr && fc.escapes.method_recv.contains(name);
        let boxed = !agg && name != "_" && (fc.escapes.boxed.contains(name) || named_nonagg_method);
        let slot = match reuse {
            Some(r) if !boxed => r,
            _ => fc.alloc(),
        };
        fc.devirt.remove(&slot);
        // An invalid variable (VOID: its value had an error) counts as used,
        // as go/types does not report it unused after the first error.
        let used = ty == TypeId::VOID;
        let dbg = (name != "_").then_some(fc.proto.locals.len() as u32);
        fc.scopes.last_mut().expect("scope").push(Local { name, slot, ty, boxed, used, span, kind: LocalKind::Var, dbg });
        if name != "_" {
            // Debug table: visible from the end of the declaring statement
            // (`resolve_pending`) to the end of the scope (`pop_scope`).
            fc.proto.locals.push(LocalVar {
                name: name.to_string(),
                ty,
                kind: VarKind::Local,
                loc: VarLoc::Slot(slot),
                boxed,
                from: PENDING,
                to: u32::MAX,
            });
        }
        // gc moves a variable larger than ir.MaxStackVarSize (128 KiB) to
        // the heap ("moved to heap"): it does not grow the frame, so a huge
        // local array never overflows the stack (or fails to fit a
        // goroutine's first frame) where Go runs the program.
        const MAX_STACK_VAR_SIZE: usize = 128 * 1024;
        if agg && self.tt.size_of(ty) <= MAX_STACK_VAR_SIZE {
            let sz = self.tt.size_of(ty) as u32;
            let fc = self.fc();
            fc.extra_frame = fc.extra_frame.saturating_add(sz.saturating_sub(8));
        }
        (slot, boxed)
    }

    /// gc's size check of a variable's type (types.CalcSize): a channel's
    /// element must be smaller than 64 KiB. Reported, as gc does, at the
    /// variable being laid out.
    pub(crate) fn check_chan_elem(&mut self, ty: TypeId, span: Span) {
        self.check_chan_elem_in(self.ctx.file, ty, span);
    }

    pub(crate) fn check_chan_elem_in(&mut self, file: usize, ty: TypeId, span: Span) {
        if let types::Kind::Chan(_, e) = self.tt.ukind(ty) {
            let e = *e;
            if self.tt.underlying(e) != TypeId::VOID && self.tt.size_of(e) >= 1 << 16 {
                self.error_in(file, span, "channel element type too large (>64kB)");
            }
        }
    }

    /// Declares a compiler-generated local (never reported as unused).
    pub(crate) fn declare_hidden(&mut self, name: &'a str, ty: TypeId, boxed: bool, span: Span) -> Reg {
        let fc = self.fc();
        let slot = fc.alloc();
        fc.scopes.last_mut().expect("scope").push(Local { name, slot, ty, boxed, used: true, span, kind: LocalKind::Var, dbg: None });
        if boxed {
            self.emit(Op::NewCell { dst: slot, ty }, span);
        }
        slot
    }

    pub(crate) fn declare_local_const(&mut self, name: &'a str, ty: TypeId, v: ConstVal, span: Span) {
        self.declare_name(name, ty, span, LocalKind::Const(v));
    }

    pub(crate) fn declare_local_type(&mut self, name: &'a str, ty: TypeId, span: Span) {
        self.declare_name(name, ty, span, LocalKind::Type(ty));
    }

    /// A generic type declared inside a function (Go 1.27 allows it): an
    /// object of its own, in no package scope, instantiated where it is
    /// used as a package-level generic type is, with the function's
    /// scope around it (so its fields may name the function's types).
    pub(crate) fn declare_local_generic(&mut self, spec: &'a syntax::ast::TypeSpec<'a>) {
        let id = crate::ObjId(self.objs.len() as u32);
        self.objs.push(crate::Obj {
            kind: crate::ObjKind::Type { spec },
            pkg: self.ctx.pkg,
            file: self.ctx.file,
            name: spec.name.name,
            span: spec.name.span,
            state: crate::State::Done,
            ty: TypeId::VOID,
            cval: None,
            func: 0,
            used: true,
        });
        let mut outer: Vec<(&'a str, TypeId)> = self.ctx.subst.iter().map(|(k, t)| (*k, *t)).collect();
        outer.sort();
        self.local_generics.insert(spec as *const _ as usize, outer);
        self.declare_name(spec.name.name, TypeId::VOID, spec.name.span, LocalKind::Generic(id));
    }

    /// The generic type a local name declares, if it does.
    pub(crate) fn local_generic(&self, name: &str) -> Option<crate::ObjId> {
        for fc in self.fstack.iter().rev() {
            if let Some(l) = fc.scopes.iter().rev().find_map(|s| s.find(name)) {
                return match l.kind {
                    LocalKind::Generic(id) => Some(id),
                    _ => None,
                };
            }
        }
        None
    }

    /// A local constant or type: a name in the block, no register.
    fn declare_name(&mut self, name: &'a str, ty: TypeId, span: Span, kind: LocalKind) {
        let l = Local { name, slot: 0, ty, boxed: false, used: true, span, kind, dbg: None };
        self.fc().scopes.last_mut().expect("scope").push(l);
    }

    pub(crate) fn is_aggregate(&self, t: TypeId) -> bool {
        matches!(self.tt.ukind(t), types::Kind::Struct(_) | types::Kind::Array(..))
    }

    /// Whether a method call `x.m()` on a variable of type `t` may need
    /// `&x` (escape analysis' `method_recv`): never for interfaces (the
    /// method gets the dynamic value) or pointers (the method gets `x` or
    /// `*x`).
    pub(crate) fn method_may_take_addr(&self, t: TypeId) -> bool {
        !(self.tt.is_interface(t) || matches!(self.tt.ukind(t), types::Kind::Pointer(_)))
    }

    pub(crate) fn local_type(&mut self, name: &str) -> Option<TypeId> {
        for fc in self.fstack.iter().rev() {
            if let Some(l) = fc.scopes.iter().rev().find_map(|s| s.find(name)) {
                return match l.kind {
                    LocalKind::Type(t) => Some(t),
                    _ => None,
                };
            }
        }
        None
    }

    pub(crate) fn local_lookup_exists(&self, name: &str) -> bool {
        self.fstack.iter().any(|fc| fc.scopes.iter().any(|s| s.find(name).is_some()))
    }

    /// Finds a local by name, creating closure captures along the way.
    pub(crate) fn lookup_local(&mut self, name: &'a str, mark_used: bool) -> Option<VarRef> {
        let top = self.fstack.len().checked_sub(1)?;
        if mark_used {
            // Mark the variable itself, wherever it is declared (a read
            // through a closure's capture counts as a use).
            'mark: for fc in self.fstack.iter_mut().rev() {
                for scope in fc.scopes.iter_mut().rev() {
                    if let Some(l) = scope.find_mut(name) {
                        l.used = true;
                        break 'mark;
                    }
                }
            }
        }
        for k in (0..=top).rev() {
            let found = {
                let fc = &mut self.fstack[k];
                let mut f = None;
                for (si, scope) in fc.scopes.iter_mut().enumerate().rev() {
                    if let Some(l) = scope.find_mut(name) {
                        if mark_used {
                            l.used = true;
                        }
                        f = Some((l.clone(), si));
                        break;
                    }
                }
                if f.is_none() {
                    // Already captured in this function?
                    if let Some(ci) = fc.capture_index.get(name).map(|&i| i as usize) {
                        let c = &fc.captures[ci];
                        let (ty, boxed) = (c.ty, c.boxed);
                        let mut idx = ci as u16;
                        for j in k + 1..=top {
                            idx = self.add_capture(j, name, ty, boxed, CapSrc::Capture(idx));
                        }
                        return Some(VarRef::Capture { idx, ty, boxed });
                    }
                }
                f
            };
            if let Some((l, _)) = found {
                return Some(match l.kind {
                    LocalKind::Const(v) => VarRef::Const(v, l.ty),
                    LocalKind::Type(t) => VarRef::Type(t),
                    LocalKind::Generic(id) => VarRef::Generic(id),
                    LocalKind::Var => {
                        if k == top {
                            VarRef::Slot { slot: l.slot, ty: l.ty, boxed: l.boxed }
                        } else {
                            let boxed = l.boxed;
                            let mut src = CapSrc::Slot(l.slot);
                            let mut idx = 0;
                            for j in k + 1..=top {
                                idx = self.add_capture(j, name, l.ty, boxed, src);
                                src = CapSrc::Capture(idx);
                            }
                            VarRef::Capture { idx, ty: l.ty, boxed }
                        }
                    }
                });
            }
        }
        None
    }

    fn add_capture(&mut self, j: usize, name: &'a str, ty: TypeId, boxed: bool, src: CapSrc) -> u16 {
        let fc = &mut self.fstack[j];
        if let Some(&i) = fc.capture_index.get(name) {
            return i;
        }
        fc.captures.push(Capture { name, ty, boxed, src });
        let idx = (fc.captures.len() - 1) as u16;
        fc.capture_index.insert(name, idx);
        // Debug table: a captured variable is visible in the whole closure
        // (compiler-generated captures have names no Go identifier has).
        if name.starts_with(|c: char| c.is_alphabetic() || c == '_') && name != "_" {
            fc.proto.locals.push(LocalVar {
                name: name.to_string(),
                ty,
                kind: VarKind::Captured,
                loc: VarLoc::Capture(idx),
                boxed,
                from: 0,
                to: u32::MAX,
            });
        }
        idx
    }

    /// Starts the debug-table ranges of the variables declared by the
    /// statement that just ended (or by the parameter prologue): from the
    /// current pc on they hold their initial values.
    pub(crate) fn resolve_pending(&mut self) {
        let fc = self.fc();
        let pc = fc.proto.code.len() as u32;
        // Pending entries are always the newest ones (every statement's end
        // resolves all of them), so the walk stops at the first resolved
        // one: linear in the statements, not quadratic.
        for l in fc.proto.locals.iter_mut().rev() {
            if l.from != PENDING {
                break;
            }
            l.from = pc;
        }
    }

    /// Records that a statement begins at the current pc (one entry per
    /// statement, in source order: two statements may share a pc).
    pub(crate) fn mark_stmt(&mut self, span: Span) -> usize {
        let fc = self.fc();
        let pc = fc.proto.code.len() as u32;
        let k = fc.proto.stmts.len();
        fc.proto.stmts.push(pc);
        fc.proto.stmt_ends.push(pc);
        if self.debug_probes && !self.fc().wrapper && self.files[self.ctx.file].pkg == self.main_pkg_index() {
            self.emit_probe(k, span);
        }
        k
    }

    /// Records where statement `k`'s code ends (the current pc).
    pub(crate) fn end_stmt(&mut self, k: usize) {
        let fc = self.fc();
        let pc = fc.proto.code.len() as u32;
        if let Some(e) = fc.proto.stmt_ends.get_mut(k) {
            *e = pc;
        }
    }

    /// The package main's index.
    fn main_pkg_index(&self) -> usize {
        self.pkgs.iter().position(|p| p.path == "main").unwrap_or(usize::MAX)
    }

    /// `Options::debug_probes`: calls `runtime.debugProbe(k,
    /// "a,b", a, b)` with the variables visible here (innermost
    /// declaration of each name; captured variables the closure captured
    /// so far), each converted to `any` as a Printf argument is.
    fn emit_probe(&mut self, k: usize, span: Span) {
        let fc = self.fstack.last().expect("ctx");
        let mut seen: Vec<&'a str> = Vec::new();
        let mut vars: Vec<(&'a str, bytecode::VarLoc, TypeId, bool)> = Vec::new();
        let ok_name = |n: &str| n != "_" && n.starts_with(|c: char| c.is_alphabetic() || c == '_');
        for scope in fc.scopes.iter().rev() {
            for l in scope.iter().rev() {
                if !matches!(l.kind, LocalKind::Var) || !ok_name(l.name) || seen.contains(&l.name) {
                    continue;
                }
                seen.push(l.name);
                // Declared by a statement that has not finished: not yet in scope.
                let pending = fc.proto.locals.iter().any(|r| r.name == l.name && r.loc == VarLoc::Slot(l.slot) && r.from == PENDING);
                if !pending {
                    vars.push((l.name, VarLoc::Slot(l.slot), l.ty, l.boxed));
                }
            }
        }
        for (i, c) in fc.captures.iter().enumerate() {
            if ok_name(c.name) && !seen.contains(&c.name) {
                seen.push(c.name);
                vars.push((c.name, VarLoc::Capture(i as u16), c.ty, c.boxed));
            }
        }
        vars.reverse();
        let base = self.fc().alloc_n(2 + vars.len());
        self.emit(Op::LoadInt { dst: base, v: k as i32 }, span);
        let names: Vec<&str> = vars.iter().map(|v| v.0).collect();
        let kn = self.const_index(bytecode::Const::Str(names.join(",").into_bytes()));
        self.emit(Op::LoadConst { dst: base + 1, k: kn }, span);
        for (i, &(_, loc, ty, boxed)) in vars.iter().enumerate() {
            let r = self.fc().alloc();
            match (loc, boxed) {
                (VarLoc::Slot(s), false) => self.emit(Op::Move { dst: r, src: s }, span),
                (VarLoc::Slot(s), true) => self.emit(Op::LoadCell { dst: r, cell: s }, span),
                (VarLoc::Capture(c), false) => self.emit(Op::LoadCapture { dst: r, idx: c }, span),
                (VarLoc::Capture(c), true) => self.emit(Op::LoadCapCell { dst: r, idx: c }, span),
            };
            let d = self.convert_reg(r, ty, TypeId::ANY, true, span);
            self.emit(Op::Move { dst: base + 2 + i as u16, src: d }, span);
        }
        let native = self.native("runtime.debugProbe");
        self.emit(Op::CallNative { native, base, nargs: 2 + vars.len() as u16 }, span);
    }

    /// The escape facts of a function body (`escape.rs`).
    pub(crate) fn scan_escapes(&mut self, body: &'a Block<'a>) -> crate::escape::Escapes<'a> {
        crate::escape::scan(body, &self.ptr_method_names)
    }

    /// Compiles one queued function body.
    pub(crate) fn compile_job(&mut self, job: Job<'a>) {
        let Some(body) = job.decl.body else { return };
        self.ctx = Ctx { pkg: job.pkg, file: job.file, subst: job.subst.clone() };
        self.job_targs = job_type_args(&job);
        self.job_generic = self.job_generic_decl(&job);
        let name = self.funcs[job.func as usize].name.clone();
        let line = self.files[job.file].map.line(job.decl.span.lo);
        // A standard-library function gc inlines is marked in the prelude
        // (its body there is not Go's, so the inliner's budget says nothing).
        let inl = self.gc_inlines.contains(&(job.decl as *const FuncDecl as usize))
            || !self.pkgs[job.pkg].local
                && crate::decls::directive_before(self.files[job.file].src, job.decl.span.lo as usize, "//gostack:inlined");
        let mut fc = FnCtx::new(FuncProto { name: name.clone(), line, inl, ..Default::default() }, name);
        fc.escapes = self.scan_escapes(body);
        fc.inlined_lits = crate::inline::inlined_lits(body);
        self.fstack.push(fc);
        // Receiver and parameters.
        let mut params: Vec<(Option<&'a Ident<'a>>, TypeId, Span)> = Vec::new();
        if let (Some(r), Some(rt)) = (job.decl.recv, job.recv) {
            let ptr = matches!(r.typ.kind, ExprKind::Star(_)) || self.ptr_alias_recvs.contains(&(job.decl as *const FuncDecl as usize));
            let t = if ptr { self.tt.pointer(rt) } else { rt };
            params.push((r.names.first(), t, r.span));
        }
        self.bind_signature(job.decl.typ, params, body);
        self.fstack.last_mut().expect("ctx").wrapper = false;
        self.finish_function(job.func, body);
    }

    /// Declares parameters and results of a function being compiled.
    pub(crate) fn bind_signature(
        &mut self,
        ft: &'a FuncType<'a>,
        mut params: Vec<(Option<&'a Ident<'a>>, TypeId, Span)>,
        body: &'a Block<'a>,
    ) {
        for f in ft.params.iter() {
            let t = match &f.typ.kind {
                ExprKind::Ellipsis(Some(e)) => {
                    let et = self.resolve_type(e);
                    self.tt.slice(et)
                }
                _ => self.resolve_type(f.typ),
            };
            if f.names.is_empty() {
                params.push((None, t, f.span));
            }
            for n in f.names.iter() {
                params.push((Some(n), t, n.span));
            }
        }
        let mut results: Vec<(Option<&'a Ident<'a>>, TypeId)> = Vec::new();
        for f in ft.results.iter() {
            let t = self.resolve_type(f.typ);
            if f.names.is_empty() {
                results.push((None, t));
            }
            for n in f.names.iter() {
                results.push((Some(n), t));
            }
        }
        // The receiver, parameters and named results are one block.
        {
            let names: Vec<&'a Ident<'a>> = params.iter().filter_map(|p| p.0).chain(results.iter().filter_map(|r| r.0)).collect();
            let mut seen: HashMap<&'a str, Span> = HashMap::default();
            for n in names.iter() {
                if n.name == "_" {
                    continue;
                }
                match seen.get(n.name) {
                    Some(first) => {
                        let at = crate::pos_ref(&self.files[self.ctx.file].map, first.lo);
                        self.error(n.span, format!("{} redeclared in this block\n\t{at}: other declaration of {}", n.name, n.name));
                    }
                    None => {
                        seen.insert(n.name, n.span);
                    }
                }
            }
        }
        let too_many = params.len() + results.len() >= MAX_REGS as usize;
        let (np, nr) = if too_many { (0, 0) } else { (params.len() as u16, results.len() as u16) };
        {
            let fc = self.fc();
            fc.regs_exhausted |= too_many;
            fc.proto.nparams = np;
            fc.proto.nresults = nr;
            fc.next = np + nr;
            fc.maxr = np + nr;
            fc.proto.param_types = params.iter().map(|p| p.1).collect();
            fc.proto.result_types = results.iter().map(|r| r.1).collect();
        }
        // Parameters live in slots 0..np; boxed ones are moved into cells.
        for (i, (n, t, span)) in params.iter().enumerate() {
            let Some(n) = n else { continue };
            let agg = self.is_aggregate(*t);
            let may_addr = self.method_may_take_addr(*t);
            let esc = {
                let fc = self.fc();
                !agg && (fc.escapes.boxed.contains(n.name) || (may_addr && fc.escapes.method_recv.contains(n.name)))
            };
            let slot = i as Reg;
            if esc {
                let cell = self.fc().alloc();
                self.emit(Op::NewCell { dst: cell, ty: *t }, *span);
                self.emit(Op::StoreCell { cell, src: slot }, *span);
                self.emit(Op::Move { dst: slot, src: cell }, *span);
            }
            let fc = self.fc();
            let dbg = (n.name != "_").then_some(fc.proto.locals.len() as u32);
            fc.scopes.last_mut().expect("scope").push(Local {
                name: n.name,
                slot,
                ty: *t,
                boxed: esc,
                used: true,
                span: *span,
                kind: LocalKind::Var,
                dbg,
            });
            if n.name != "_" {
                fc.proto.locals.push(LocalVar {
                    name: n.name.to_string(),
                    ty: *t,
                    kind: VarKind::Param,
                    loc: VarLoc::Slot(slot),
                    boxed: esc,
                    from: PENDING,
                    to: u32::MAX,
                });
            }
            // The caller may pass its own variable's storage for an
            // aggregate argument (`call.rs`, `arg_storage_stable`): a
            // parameter this body writes to or exposes is copied first.
            if agg && (self.fc().escapes.written.contains(n.name) || self.storage_pinned(n.name)) {
                self.emit(Op::CopyVal { dst: slot, src: slot }, *span);
            }
        }
        for (i, (n, t)) in results.iter().enumerate() {
            let slot = np + i as Reg;
            let boxed = match n {
                Some(n) => {
                    let esc = &self.fstack.last().expect("ctx").escapes;
                    // A `return` assigns named results: captured ones live in cells.
                    let escapes = esc.boxed.contains(n.name)
                        || esc.captured.contains(n.name)
                        || (self.method_may_take_addr(*t) && esc.method_recv.contains(n.name));
                    !self.is_aggregate(*t) && escapes
                }
                None => false,
            };
            let fc = self.fc();
            fc.proto.boxed_results.push(boxed);
            fc.results.push((*t, boxed, n.map(|n| n.name)));
            if let Some(n) = n {
                let dbg = (n.name != "_").then_some(fc.proto.locals.len() as u32);
                fc.scopes.last_mut().expect("scope").push(Local {
                    name: n.name,
                    slot,
                    ty: *t,
                    boxed,
                    used: true,
                    span: n.span,
                    kind: LocalKind::Var,
                    dbg,
                });
                if n.name != "_" {
                    fc.proto.locals.push(LocalVar {
                        name: n.name.to_string(),
                        ty: *t,
                        kind: VarKind::Result,
                        loc: VarLoc::Slot(slot),
                        boxed,
                        from: PENDING,
                        to: u32::MAX,
                    });
                }
                if self.is_aggregate(*t) && self.storage_pinned(n.name) {
                    let fc = self.fc();
                    fc.proto.copy_results.resize(nr as usize, false);
                    fc.proto.copy_results[i] = true;
                }
            }
        }
        // How Go 1.27 would implement this function's defers.
        let (nd, in_loop, nret) = defer_info(body);
        let kind = if nd == 0 {
            DeferKind::None
        } else if nd <= 8 && !in_loop && nret.max(1) * nd <= 15 && !results_on_heap(body, &results) {
            DeferKind::OpenCoded
        } else {
            DeferKind::Linked
        };
        let fc = self.fc();
        fc.defer_kind = kind;
        if kind == DeferKind::OpenCoded {
            fc.proto.open_defers = nd as u16;
        }
    }

    /// Compiles the body and installs the finished prototype at `func`.
    pub(crate) fn finish_function(&mut self, func: u32, body: &'a Block<'a>) {
        let errs = {
            let map = &self.files[self.ctx.file].map;
            crate::branches::check(body, &|off| crate::pos_ref(map, off))
        };
        for (span, msg) in errs {
            self.error(span, msg);
        }
        // The parameter prologue is done: parameters and results are visible.
        self.resolve_pending();
        self.push_scope();
        for s in body.stmts.iter() {
            self.stmt(s);
        }
        self.pop_scope();
        let has_results = !self.fc().results.is_empty();
        if has_results && !self.terminates_block(body) {
            self.error(body.rbrace, "missing return");
        }
        self.emit(Op::Return, body.rbrace);
        let mut fc = self.fstack.pop().expect("ctx");
        self.last_captures = std::mem::take(&mut fc.captures);
        // Parameters' scope.
        fc.scopes.clear();
        fc.finish();
        let name = self.funcs[func as usize].name.clone();
        let mut proto = fc.proto;
        proto.name = name;
        self.funcs[func as usize] = proto;
    }

    /// Go's terminating statement rule (for "missing return").
    pub(crate) fn terminates_block(&self, b: &Block) -> bool {
        terminates_list(b.stmts)
    }
}

/// Whether a statement list ends in a terminating statement.
fn terminates_list(stmts: &[Stmt]) -> bool {
    stmts.last().is_some_and(|s| terminates(s, None))
}

/// The spec's terminating statements. Calls other than to panic do not
/// terminate (`os.Exit(1)` and `runtime.Goexit()` included: Go says
/// `missing return` after them). `label` labels `s`, so that a
/// `break label` inside it counts as a break out of it.
///
/// Divergence: a `panic` that is not the builtin (a local function
/// variable named panic) still terminates.
fn terminates(s: &Stmt, label: Option<&str>) -> bool {
    match &s.kind {
        StmtKind::Return(_) | StmtKind::Branch { kind: BranchKind::Goto, .. } => true,
        StmtKind::Expr(e) => {
            let mut e = *e;
            while let ExprKind::Paren(x) = &e.kind {
                e = x;
            }
            matches!(&e.kind, ExprKind::Call { fun, .. } if matches!(fun.kind, ExprKind::Ident("panic")))
        }
        StmtKind::Block(b) => terminates_list(b.stmts),
        StmtKind::Labeled { label, stmt } => terminates(stmt, Some(label.name)),
        StmtKind::If { then, els: Some(e), .. } => terminates_list(then.stmts) && terminates(e, None),
        StmtKind::For { cond: None, body, .. } => !breaks_out(body.stmts, label),
        StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
            body.iter().any(|c| c.list.is_none())
                && body.iter().all(|c| {
                    let ends = c
                        .body
                        .last()
                        .is_some_and(|l| terminates(l, None) || matches!(l.kind, StmtKind::Branch { kind: BranchKind::Fallthrough, .. }));
                    ends && !breaks_out(c.body, label)
                })
        }
        StmtKind::Select { body, .. } => body.iter().all(|c| terminates_list(c.body) && !breaks_out(c.body, label)),
        _ => false,
    }
}

/// Whether `stmts` (the body of a for, switch or select statement labelled
/// `label`) contain a break that leaves that statement: an unlabelled
/// break outside nested for/switch/select statements, or `break label`.
fn breaks_out(stmts: &[Stmt], label: Option<&str>) -> bool {
    stmts.iter().any(|s| stmt_breaks_out(s, label, true))
}

fn stmt_breaks_out(s: &Stmt, label: Option<&str>, unlabelled: bool) -> bool {
    let list = |stmts: &[Stmt], unlabelled: bool| stmts.iter().any(|s| stmt_breaks_out(s, label, unlabelled));
    match &s.kind {
        StmtKind::Branch { kind: BranchKind::Break, label: None } => unlabelled,
        StmtKind::Branch { kind: BranchKind::Break, label: Some(l) } => label == Some(l.name),
        StmtKind::Block(b) => list(b.stmts, unlabelled),
        StmtKind::If { then, els, .. } => list(then.stmts, unlabelled) || els.is_some_and(|e| stmt_breaks_out(e, label, unlabelled)),
        StmtKind::Labeled { stmt, .. } => stmt_breaks_out(stmt, label, unlabelled),
        // A nested breakable statement takes the unlabelled breaks.
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => list(body.stmts, false),
        StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => body.iter().any(|c| list(c.body, false)),
        StmtKind::Select { body, .. } => body.iter().any(|c| list(c.body, false)),
        _ => false,
    }
}

/// A position in the code being generated (see [`Compiler::mark`]).
#[derive(Clone, Copy)]
pub(crate) struct CodeMark {
    code: usize,
    lines: usize,
    line: u32,
    next: Reg,
    diags: usize,
}

/// How an identifier resolves inside a function.
#[derive(Clone, Debug)]
pub(crate) enum VarRef {
    Slot { slot: Reg, ty: TypeId, boxed: bool },
    Capture { idx: u16, ty: TypeId, boxed: bool },
    Const(ConstVal, TypeId),
    Type(TypeId),
    Generic(crate::ObjId),
}
