//! The dispatch loop: one function, one `loop`, one `match` on the op.
//!
//! The loop keeps what every instruction touches: the registers (in a
//! local), the frame's code and pc, the time-slice budget, and the integer
//! and boolean arms (from `crate::intops`). Every other op is a method,
//! one operation each, grouped by family (Go's names where the runtime has
//! one, as wasmi's `visit_*` executor methods):
//!
//! - [`call`]: calls (`precall`, the general paths), go, defer, recover;
//! - [`ret`]: `Return` (`poscall`, inline deferreturn, the epilogue);
//! - [`mem`]: constants, globals, cells, pointers, fields, closures and
//!   method values;
//! - [`conv`]: conversions; [`iface`]: interfaces and type assertions;
//! - [`maps`]: map ops and range iterators; [`chanops`]: channel ops and
//!   select;
//! - [`slice`]: arrays, slices and strings as sequences, composite
//!   literals, `==`;
//! - this file: the loop, the arithmetic that can fail (division, shifts)
//!   or is not integer (floats, complex, strings).
//!
//! A method that can leave its op unfinished returns a [`Trap`] (the loop
//! takes it through one cold exit, [`Vm::leave`]); one that runs with the
//! frame saved returns nothing or maybe a [`Next`].

use std::rc::Rc;

use bytecode::{BinOp, Op, TypeId};
use types::Kind;

use crate::rterr::RtErr;
use crate::value::*;
use crate::vm::{Flow, Vm};

/// In an op's method: `r!(x)` is register x of the window `$regs` (the
/// frame's registers, as the loop's `r!`), so a moved arm reads the same.
macro_rules! regs {
    ($regs:ident) => {
        #[allow(unused_macros)]
        macro_rules! r {
            ($x:expr) => {
                $regs[$x as usize]
            };
        }
    };
}

/// In an op's method: a run-time error ends the op (the loop panics).
#[allow(unused_macros)]
macro_rules! rterr {
    ($e:expr) => {
        return Err(Trap::Panic($e))
    };
}

mod call;
mod chanops;
mod conv;
mod iface;
mod maps;
mod mem;
mod ret;
mod slice;

/// What the loop does after a runtime routine ran.
pub enum Next {
    /// Reload the top frame and continue.
    Reload,
    /// Leave the loop with this flow.
    Leave(Flow),
}

/// What a runtime routine run from the loop (`then!`) returns: nothing, or
/// maybe a [`Next`].
trait IntoNext {
    fn into_next(self) -> Option<Next>;
}

impl IntoNext for () {
    #[inline(always)]
    fn into_next(self) -> Option<Next> {
        None
    }
}

impl IntoNext for Option<Next> {
    #[inline(always)]
    fn into_next(self) -> Option<Next> {
        self
    }
}

/// Why an op's method left its op unfinished (Go: the runtime calls that
/// never return to the instruction). The loop saves the frame and takes
/// it in [`Vm::leave`].
pub(crate) enum Trap {
    /// A run-time error: gopanic with its runtime.Error.
    Panic(RtErr),
    /// mallocgc cannot grow the heap by this many bytes: the out-of-memory
    /// throw.
    Throw(u64),
    /// The host stack ran out while comparing or hashing: Go's fatal stack
    /// overflow.
    Overflow,
    /// gopark with this wait reason: the operation queued the goroutine (or
    /// it waits forever); its pc stays on the instruction, which the
    /// partner that completes it moves past.
    Park(&'static str),
}

/// The function of a func value (`CallValue`'s callee); nil panics.
#[inline(always)]
fn func_of(v: &Value) -> Result<Rc<Closure>, Trap> {
    // Only the `Rc` is cloned: cloning the whole value first called
    // `Value::clone` out of line and dropped the copy at the end.
    match v {
        Value::Func(c) => Ok(c.clone()),
        _ => rterr!(RtErr::NilDeref),
    }
}

/// Where the loop stands: goroutine, function, register window and pc
/// (the next instruction), as an op's method needs them to save the frame.
#[derive(Clone, Copy)]
pub(crate) struct At {
    pub gi: usize,
    pub func: usize,
    pub seg: usize,
    pub base: usize,
    pub pc: usize,
}

impl<'p> Vm<'p> {
    /// Runs goroutine `gi` until it yields, blocks, ends or the program exits.
    pub fn exec(&mut self, gi: usize) -> Flow {
        // The loop is compiled twice: without the per-instruction hook test
        // (inspection off costs nothing per instruction) and with it.
        // Readied by closechan while parked in a send: chansend panics.
        if std::mem::take(&mut self.gs[gi].closed_wake) {
            if let Some(f) = self.gs[gi].frames.last_mut() {
                f.pc += 1;
            }
            let v = self.rt_error(RtErr::SendClosed);
            if let Next::Leave(flow) = self.gopanic(gi, v) {
                return flow;
            }
        }
        // The slice's budget: what the loop leaves of it is not spent. A
        // native's Go callee runs a slice of its own (a nested `exec`), so
        // the caller's `slice_units` is kept for when its loop resumes.
        let outer_units = self.slice_units;
        let units = self.slice_budget();
        let mut left = units;
        let flow = if self.step_hook { self.exec_loop::<true>(gi, &mut left) } else { self.exec_loop::<false>(gi, &mut left) };
        self.slice_units = outer_units;
        self.spend_slice(units - left);
        if self.step_hook {
            // A nested run (Go code a native called back) ended: the loop
            // that resumes ran no instruction of its frame just before.
            self.step_prev = u32::MAX;
        }
        flow
    }

    /// The dispatch loop; `STEP` adds the call of the step hook before each
    /// instruction (while [`Vm::step_hook`] is set).
    ///
    /// `slice` is the time slice's budget: the loop spends it (in a local)
    /// and writes back what is left wherever it returns (`exit!`), so that
    /// `exec` charges the units used to the clock and to `--max-steps`
    /// however the slice ends (preempted, parked, dead).
    fn exec_loop<const STEP: bool>(&mut self, gi: usize, slice: &mut u32) -> Flow {
        let prog = self.prog;
        let mut budget = *slice;
        // Every return from the loop goes through here.
        macro_rules! exit {
            ($flow:expr) => {{
                let flow = $flow;
                *slice = budget;
                return flow;
            }};
        }
        'frames: loop {
            if !STEP && self.step_hook {
                // A hook asked for steps (at an event): go on stepping.
                *slice = budget;
                return self.exec_loop::<true>(gi, slice);
            }
            if STEP {
                // A frame (re)loaded: no instruction of it ran just before.
                self.step_prev = u32::MAX;
            }
            let (mut func, mut pc, seg, mut base) = match self.gs[gi].frames.last() {
                Some(f) => (f.func as usize, f.pc as usize, f.seg as usize, f.base as usize),
                None => exit!(Flow::Dead),
            };
            let mut code = &prog.funcs[func].code[..];
            // load_regs: the slots of the frame's segment move into a local
            // for the loop (one bounds check per register access instead of
            // three). Calls and returns that stay in this segment keep it;
            // `save!` puts it back wherever control can leave the loop or a
            // runtime routine may look at the stack, `load!` takes it again.
            // Both are idempotent (an empty local means "not held").
            let mut slots: Vec<Value> = std::mem::take(&mut self.gs[gi].stack.segs[seg].slots);
            macro_rules! r {
                ($r:expr) => {
                    slots[base + $r as usize]
                };
            }
            macro_rules! wint {
                ($d:expr, $e:expr) => {{
                    let v = $e;
                    set_int(&mut r!($d), v)
                }};
            }
            macro_rules! wbool {
                ($d:expr, $e:expr) => {{
                    let v = $e;
                    set_bool(&mut r!($d), v)
                }};
            }
            macro_rules! ri {
                ($r:expr) => {
                    r!($r).as_int()
                };
            }
            macro_rules! truth {
                ($r:expr) => {
                    r!($r).as_bool()
                };
            }
            macro_rules! save {
                () => {
                    self.save_regs(at!(), &mut slots)
                };
            }
            macro_rules! load {
                () => {
                    self.load_regs(at!(), &mut slots)
                };
            }
            macro_rules! next {
                ($e:expr) => {
                    match $e {
                        Next::Reload => continue 'frames,
                        Next::Leave(f) => exit!(f),
                    }
                };
            }
            // The result of an op's method; a trap leaves the op through
            // the one cold exit, `leave`, with the frame saved.
            macro_rules! op {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(t) => {
                            save!();
                            next!(self.leave(gi, t))
                        }
                    }
                };
            }
            // A backward branch to `t` is a scheduling point: it spends the
            // budget, and preempts (resuming at `t`) when the budget is gone
            // or big copies made the heap grow fast (heap::copies_due: the
            // scheduling point's heap check comes now).
            macro_rules! backward {
                ($t:expr) => {{
                    budget = budget.saturating_sub(1);
                    if budget == 0 {
                        pc = $t;
                        save!();
                        exit!(Flow::Yield);
                    }
                    if crate::heap::copies_due() && self.heap_over() {
                        pc = $t;
                        save!();
                        exit!(Flow::Yield);
                    }
                }};
            }
            // A taken branch; a backward one runs the loop in `intloop`
            // when its whole body is simple integer code.
            macro_rules! jump {
                ($t:expr) => {{
                    let t = $t as usize;
                    if t < pc {
                        backward!(t);
                        if !STEP && t + self.simple_runs[func][t] as usize >= pc {
                            pc = crate::intloop::run(code, t, pc - 1, &mut slots[base..], &mut budget);
                            continue;
                        }
                    }
                    pc = t
                }};
            }
            // A fused increment-and-branch: the write happens, then the
            // branch (which may preempt, resuming at its target).
            macro_rules! fused {
                ($a:expr, $x:expr, $taken:expr, $t:expr) => {{
                    wint!($a, $x);
                    if $taken {
                        jump!($t)
                    }
                }};
            }
            // Continues the loop in another frame already on the stack
            // (pushed by a fast call, or the caller after a fast return).
            macro_rules! switch_frame {
                ($f:expr, $code:expr, $base:expr, $pc:expr) => {{
                    func = $f;
                    code = $code;
                    base = $base;
                    pc = $pc;
                }};
            }
            // Where the loop stands, for an op's method.
            macro_rules! at {
                () => {
                    At { gi, func, seg, base, pc }
                };
            }
            // A call (its budget spent): `precall` pushes the callee's
            // frame here when `$fast` and it fits, and its code runs next
            // (unless the budget is gone); else `$slow`, the frame saved.
            macro_rules! call {
                ($fast:expr, $f:expr, $closure:expr, $args:expr, $b:expr, $slow:expr) => {{
                    if $fast {
                        let ci = self.fn_info[$f as usize];
                        if let Some(nb) = self.precall(at!(), &mut slots, $f, ci, $closure, $args, $b) {
                            switch_frame!($f as usize, ci.code, nb, 0);
                            if budget == 0 {
                                save!();
                                exit!(Flow::Yield);
                            }
                            continue;
                        }
                    }
                    save!();
                    next!($slow)
                }};
            }
            // A runtime routine that runs with the frame saved: `()` or
            // `None` goes on with the next instruction (registers
            // reloaded); `Some(next)` reloads or leaves.
            macro_rules! then {
                ($e:expr) => {{
                    save!();
                    if let Some(n) = IntoNext::into_next($e) {
                        next!(n)
                    }
                    load!()
                }};
            }
            loop {
                if STEP && self.step_hook {
                    if let Some(c) = self.step_at(at!(), &mut slots) {
                        exit!(Flow::Exit(c));
                    }
                }
                let op = &code[pc];
                pc += 1;
                // The integer and boolean register ops are defined once, in
                // `crate::intops`, for this loop and the integer loops.
                crate::intops::int_ops!(*op, ri, truth, wint, wbool, jump, fused, {
                    Op::Move { dst, src } => {
                        let v = &r!(src);
                        if let Value::Int(x) = *v {
                            wint!(dst, x)
                        } else {
                            let v = v.clone();
                            put(&mut r!(dst), v)
                        }
                    }
                    Op::CopyVal { dst, src } => r!(dst) = r!(src).copy_val(),
                    Op::LoadConst { dst, k } => r!(dst) = self.load_const(k),
                    Op::LoadNil { dst } => r!(dst) = Value::Nil,
                    // (The frame is not saved for this throw.)
                    Op::LoadZero { dst, ty } => match self.zero_alloc(ty) {
                        Ok(v) => r!(dst) = v,
                        Err(bytes) => exit!(Flow::Exit(self.throw_alloc(gi, bytes))),
                    },
                    Op::LoadGlobal { dst, g } => r!(dst) = self.globals[g as usize].clone(),
                    Op::StoreGlobal { g, src } => assign(&mut self.globals[g as usize], r!(src).clone()),
                    Op::AddrGlobal { dst, g } => r!(dst) = self.addr_global(g),
                    Op::NewCell { dst, ty } => match self.zero_alloc(ty) {
                        Ok(v) => r!(dst) = Value::Cell(CellObj::new_typed(v, crate::vm::cell_scalar(&self.prog.types, ty))),
                        Err(bytes) => exit!(Flow::Exit(self.throw_alloc(gi, bytes))),
                    },
                    Op::LoadCell { dst, cell } => r!(dst) = mem::load_cell(&r!(cell)),
                    Op::StoreCell { cell, src } => mem::store_cell(&r!(cell), r!(src).clone()),
                    Op::LoadFunc { dst, func } => r!(dst) = Value::Func(crate::vm::static_func(&mut self.pools.static_funcs, func)),
                    Op::AddrOf { dst, src } => r!(dst) = mem::addr_of(r!(src).clone()),
                    Op::BindMethod { dst, func, recv } => r!(dst) = mem::bind_method(func, r!(recv).clone()),
                    Op::BindIfaceMethod { dst, recv, name } => r!(dst) = op!(self.bind_iface_method(&r!(recv), name)),
                    Op::LoadNative { dst, native } => r!(dst) = Value::Func(Rc::new(Closure::of_native(native))),
                    Op::MakeClosure { dst, func, caps, n } => r!(dst) = self.make_closure(&slots[base..], func, caps, n),
                    Op::LoadCapCell { dst, idx } => put(&mut r!(dst), self.load_cap_cell(gi, idx)),
                    Op::StoreCapCell { idx, src } => self.store_cap_cell(gi, idx, clone_val(&r!(src))),
                    Op::LoadCapture { dst, idx } => put(&mut r!(dst), self.capture(gi, idx).map(clone_val).unwrap_or_default()),
                    Op::DivInt { dst, a, b } => r!(dst) = Value::Int(op!(div_int(r!(a).as_int(), r!(b).as_int()))),
                    Op::RemInt { dst, a, b } => r!(dst) = Value::Int(op!(rem_int(r!(a).as_int(), r!(b).as_int()))),
                    Op::DivUint { dst, a, b } => r!(dst) = Value::Int(op!(div_uint(r!(a).as_int() as u64, r!(b).as_int() as u64))),
                    Op::RemUint { dst, a, b } => r!(dst) = Value::Int(op!(rem_uint(r!(a).as_int() as u64, r!(b).as_int() as u64))),
                    Op::IntBit { op, dst, a, b, unsigned, bits } => wint!(dst, op!(int_bit(op, r!(a).as_int(), r!(b).as_int(), unsigned, bits))),
                    Op::NotBits { dst, a } => r!(dst) = Value::Int(!r!(a).as_int()),
                    Op::Wrap { dst, bits, signed } => r!(dst) = Value::Int(wrap(r!(dst).as_int(), bits, signed)),
                    Op::CmpInt { op, dst, a, b, unsigned: true } => wbool!(dst, cmp(op, &(r!(a).as_int() as u64), &(r!(b).as_int() as u64))),
                    Op::ArithFloat { op, dst, a, b, f32 } => r!(dst) = Value::Float(arith_float(op, r!(a).as_float(), r!(b).as_float(), f32)),
                    Op::CmpFloat { op, dst, a, b } => r!(dst) = Value::Bool(cmp_f(op, r!(a).as_float(), r!(b).as_float())),
                    Op::NegFloat { dst, a } => r!(dst) = Value::Float(-r!(a).as_float()),
                    Op::ArithComplex { op, dst, a, b, f32 } => r!(dst) = arith_complex(op, complex_of(&r!(a)), complex_of(&r!(b)), f32),
                    Op::Concat { dst, a, b } => op!(self.concat(&mut slots[base..], dst, a, b)),
                    Op::CmpStr { op, dst, a, b } => r!(dst) = Value::Bool(cmp(op, r!(a).str_bytes(), r!(b).str_bytes())),
                    Op::Equal { dst, a, b, ne } => op!(self.equal_op(&mut slots[base..], dst, a, b, ne)),
                    Op::Conv { dst, src, kind } => r!(dst) = self.convert(&r!(src), kind),
                    // (Not jump!: an unconditional jump never enters intloop.)
                    Op::Jump { target } => {
                        if (target as usize) < pc {
                            backward!(target as usize);
                        }
                        pc = target as usize
                    }
                    // Every call spends the budget (Go's preemption check in
                    // the prologue), so recursion through func values is
                    // preempted and bounded by --max-steps too.
                    Op::Call { func: f, base: b } => {
                        budget = budget.saturating_sub(1);
                        call!(true, f, &mut None, b as usize, b, self.op_call(gi, f, b, budget == 0))
                    }
                    Op::CallValue { callee, base: b, .. } => {
                        budget = budget.saturating_sub(1);
                        let c = op!(func_of(&r!(callee)));
                        let (fast, cf) = (c.native.is_none() && c.recv.is_none(), c.func);
                        let mut c = Some(c);
                        call!(fast, cf, &mut c, b as usize + 1, b, self.op_call_value(gi, c.expect("func value"), b))
                    }
                    Op::CallIface { base: b, name, .. } => {
                        budget = budget.saturating_sub(1);
                        match op!(self.iface_method(&mut slots[base..], b, name)) {
                            (f, None) => call!(true, f, &mut None, b as usize, b, self.op_call(gi, f, b, false)),
                            (f, Some(recv)) => then!(Some(self.call_iface_native(gi, f, recv, b))),
                        }
                    }
                    Op::CallNative { native, base: b, nargs } => then!(self.op_call_native(gi, native, b, nargs, budget)),
                    Op::Return => {
                        let (f, b, p) = match self.poscall(at!(), &mut slots) {
                            Some(to) => to,
                            None => match self.op_ret(at!(), &mut slots) {
                                Ok(to) => to,
                                Err(n) => next!(n),
                            },
                        };
                        switch_frame!(f, self.fn_info[f].code, b, p)
                    }
                    Op::Defer { func: f, base: b, nargs, slot } => {
                        if !self.defer_open(gi, &slots[base..], f, nargs, slot) {
                            then!(self.op_defer(gi, f, b, nargs, slot))
                        }
                    }
                    Op::LoadFrameSp { dst } => r!(dst) = Value::Int(self.gs[gi].frames.last().map(|f| f.sp).unwrap_or(0) as i64),
                    Op::DeferAt { func: f, base: b, nargs, sp } => then!(self.op_defer_at(gi, f, b, nargs, sp)),
                    Op::DeferNative { native, base: b, nargs, slot } => then!(self.op_defer_native(gi, native, b, nargs, slot)),
                    Op::Go { func: f, base: b, nargs } => then!(self.op_go_value(gi, f, b, nargs, pc)),
                    Op::GoNative { native, base: b, nargs } => then!(self.op_go_native(gi, native, b, nargs, pc)),
                    Op::Panic { src } => then!(Some(self.op_panic(gi, src))),
                    Op::Recover { dst } => {
                        if let Some(n) = self.op_recover(at!(), &mut slots, dst, STEP) {
                            next!(n)
                        }
                    }
                    Op::New { dst, ty } => match self.newobject(ty) {
                        Ok(v) => r!(dst) = v,
                        Err(bytes) => return Flow::Exit(self.throw_alloc(gi, bytes)),
                    },
                    Op::GetField { dst, obj, idx } => {
                        let v = op!(self.get_field(&r!(obj), idx));
                        put(&mut r!(dst), v)
                    }
                    Op::SetField { obj, idx, src } => op!(mem::set_field(&r!(obj), idx, clone_val(&r!(src)))),
                    Op::AddrField { dst, obj, idx } => r!(dst) = op!(mem::addr_field(&r!(obj), idx)),
                    Op::AddrIndex { dst, x, i } => op!(self.addr_index(&mut slots[base..], dst, x, i)),
                    Op::Load { dst, ptr } => r!(dst) = op!(self.load(&r!(ptr))),
                    Op::Store { ptr, src } => op!(self.store(&r!(ptr), r!(src).clone())),
                    Op::NilCheck { ptr } => op!(mem::nil_check(&r!(ptr))),
                    Op::MakeSlice { dst, ty, len, cap, grow } => op!(self.makeslice(&mut slots[base..], dst, ty, len, cap, grow)),
                    Op::AggLit { dst, base: b, n, scalar } => op!(self.agg_lit(&mut slots[base..], dst, b, n, scalar)),
                    Op::SliceLit { dst, ty, base: b, n } => op!(self.slice_lit(&mut slots[base..], dst, ty, b, n)),
                    Op::Index { dst, x, i } => op!(self.index(&mut slots[base..], dst, x, i)),
                    Op::SetIndex { x, i, src } => op!(self.set_index(&mut slots[base..], x, i, src)),
                    Op::SliceOf { dst, x, lo, hi, max } => op!(self.slice_op(&mut slots[base..], dst, x, lo, hi, max)),
                    Op::Len { dst, x } => op!(self.len(&mut slots[base..], dst, x)),
                    Op::Cap { dst, x } => op!(self.cap(&mut slots[base..], dst, x)),
                    Op::Append { dst, s, base: b, n, ty } => op!(self.append_op(&mut slots[base..], dst, s, b, n, ty)),
                    Op::AppendStack { dst, s, base: b, n, ty } => op!(self.append_stack(&mut slots[base..], dst, s, b, n, ty)),
                    Op::AppendSlice { dst, s, other, ty } => op!(self.append_slice_op(&mut slots[base..], dst, s, other, ty)),
                    Op::CopySlice { dst, a, b } => op!(self.copy_op(&mut slots[base..], dst, a, b)),
                    Op::MakeMap { dst, ty } => r!(dst) = Value::Map(MapObj::new_ref(ty)),
                    Op::MapGet { dst, m, k, ok, assign } => op!(self.mapaccess(&mut slots[base..], dst, m, k, ok, assign)),
                    Op::MapSet { m, k, src } => op!(self.mapassign(&r!(m), &r!(k), &r!(src))),
                    Op::MapDelete { m, k } => op!(self.mapdelete(&r!(m), &r!(k))),
                    Op::Clear { x } => op!(self.clear(&mut slots[base..], x)),
                    Op::RangeInit { dst, x } => r!(dst) = self.range_init(&r!(x)),
                    Op::RangeNext { it, key, val, target } => {
                        if !maps::range_step(&mut slots[base..], it, key, val) {
                            jump!(target)
                        }
                    }
                    Op::IfaceConst { dst, k, ty } => r!(dst) = self.iface_const(k, ty),
                    Op::ToIface { dst, src, ty } => r!(dst) = iface::to_iface(r!(src).clone(), ty),
                    Op::ToIfaceStatic { dst, src, ty } => r!(dst) = self.iface_static_at(at!(), &r!(src), ty),
                    Op::TypeAssert { dst, src, ty, ok, iface_ty } => op!(self.type_assert(&mut slots[base..], dst, src, ty, ok, iface_ty)),
                    Op::AssertIface { dst, src, ty, ok, iface_ty } => op!(self.assert_iface(&mut slots[base..], dst, src, ty, ok, iface_ty)),
                    Op::IsType { dst, src, ty } => r!(dst) = Value::Bool(iface::is_type(&r!(src), ty)),
                    Op::Implements { dst, src, ty } => r!(dst) = Value::Bool(self.implements_op(&r!(src), ty)),
                    Op::IfaceData { dst, src } => r!(dst) = iface::iface_data(&r!(src)),
                    Op::MakeChan { dst, ty, size } => r!(dst) = op!(self.makechan(ty, &r!(size))),
                    Op::Send { ch, src } => op!(self.op_send(gi, &r!(ch), &r!(src))),
                    Op::Recv { dst, ch, ok } => op!(self.op_recv(at!(), &mut slots[base..], dst, ch, ok)),
                    Op::Close { ch } => op!(self.op_close(&r!(ch))),
                    Op::Select { dst, base: b, n, has_default } => op!(self.op_select(at!(), &mut slots[base..], dst, b, n, has_default)),
                })
            }
        }
    }

    /// The step hook before the instruction at `at` (the stepping loop
    /// only). A hook with step marks is called only where they say
    /// (statement starts); the others mark the state dirty. Returns the
    /// exit status when the hook ends the program.
    #[inline(never)]
    fn step_at(&mut self, at: At, slots: &mut Vec<Value>) -> Option<i32> {
        // A hook with step marks is called only where they say
        // (statement starts); the others mark the state dirty.
        let m = self.step_marks.get(at.func).map_or(crate::hook::MARK_STEP, |t| t.get(at.pc).copied().unwrap_or(crate::hook::MARK_STEP));
        if m & crate::hook::MARK_STEP != 0 {
            // The hook's short way first (`Hook::step_quick`):
            // most statement steps of a recorded loop need only
            // the registers held here, so the frame is saved and
            // reloaded, and `hook_step` run, only when the hook
            // asks for the machine. A pending exit goes the long
            // way (`hook_step` takes it).
            let g = &self.gs[at.gi];
            let quick = match (&mut self.hook, g.frames.last(), self.hook_exit) {
                (Some(h), Some(frame), None) => h.step_quick(&crate::hook::QuickStep {
                    gi: at.gi,
                    depth: g.frames.len(),
                    frame,
                    open_defers: self.prog.funcs[at.func].open_defers != 0,
                    pc: at.pc as u32,
                    prev: self.step_prev,
                    dirty: self.step_dirty,
                    regs: &slots[at.base..],
                }),
                _ => false,
            };
            if !quick {
                self.save_regs(at, slots);
                if let Some(c) = self.hook_step(at.gi) {
                    return Some(c);
                }
                self.load_regs(at, slots);
            }
        }
        if m & crate::hook::MARK_DIRTY != 0 {
            self.step_dirty = true;
        }
        self.step_prev = at.pc as u32;
        None
    }

    /// save_regs: the registers go back to their segment and the pc to the
    /// frame, where control can leave the loop or a runtime routine may
    /// look at the stack (Lua's savepc/Protect). Idempotent: an empty
    /// local means "not held".
    #[inline(always)]
    pub(crate) fn save_regs(&mut self, at: At, slots: &mut Vec<Value>) {
        if !slots.is_empty() {
            self.gs[at.gi].stack.segs[at.seg].slots = std::mem::take(slots);
        }
        self.gs[at.gi].frames.last_mut().expect("frame").pc = at.pc as u32
    }

    /// load_regs: the slots of the frame's segment move into the loop's
    /// local (one bounds check per register access instead of three).
    #[inline(always)]
    pub(crate) fn load_regs(&mut self, at: At, slots: &mut Vec<Value>) {
        if slots.is_empty() {
            *slots = std::mem::take(&mut self.gs[at.gi].stack.segs[at.seg].slots);
        }
    }

    /// The loop's one exit for an op that cannot finish (the frame is
    /// saved): runs the runtime routine the trap calls for.
    #[cold]
    #[inline(never)]
    pub(crate) fn leave(&mut self, gi: usize, t: Trap) -> Next {
        match t {
            Trap::Panic(e) => {
                let v = self.rt_error(e);
                self.gopanic(gi, v)
            }
            Trap::Throw(bytes) => Next::Leave(Flow::Exit(self.throw_alloc(gi, bytes))),
            Trap::Overflow => Next::Leave(self.stack_overflow(gi)),
            Trap::Park(reason) => {
                self.gs[gi].frames.last_mut().expect("frame").pc -= 1;
                self.gs[gi].waitreason = reason;
                Next::Leave(Flow::Block)
            }
        }
    }

    /// The time slice ends here (its budget spent, or a native's work used
    /// up `--max-steps`): the goroutine goes to the back of the run queue.
    /// `exec` charges the units the slice used.
    pub(crate) fn preempt(&mut self) -> Flow {
        Flow::Yield
    }

    /// A time slice that used `units` of its budget, however it ended
    /// (preempted, parked on a channel, done): they count towards
    /// `--max-steps`, plus one step for the slice itself (the switch to
    /// the goroutine), and each step moves the virtual clock
    /// `SLICE_NS_PER_UNIT`. So goroutines that hand work to each other over
    /// channels, never running a slice out, still move the clock, and a
    /// sleeper among them wakes, as Go's timers fire on wall time while
    /// they run.
    fn spend_slice(&mut self, units: u32) {
        let units = u64::from(units) + 1;
        self.steps += units;
        self.sched.now += units * crate::vm::SLICE_NS_PER_UNIT;
    }

    /// The budget of a new time slice: the time slice, but never past
    /// `--max-steps`, so a program that spins stops exactly at the limit.
    fn slice_budget(&mut self) -> u32 {
        let mut b = self.opts.timeslice;
        if self.opts.max_steps > 0 {
            let left = self.opts.max_steps.saturating_sub(self.steps).max(1);
            b = b.min(left.min(u32::MAX as u64) as u32);
        }
        self.slice_units = b;
        b
    }

    /// A string constant, shared so that identical constants keep one identity.
    fn const_str(&mut self, k: u32, s: &[u8]) -> GoStr {
        let k = k as usize;
        if let Some(Some(c)) = self.str_consts.get(k) {
            return c.clone();
        }
        if self.str_consts.len() <= k {
            self.str_consts.resize(k + 1, None);
        }
        let c = GoStr::new(s);
        self.str_consts[k] = Some(c.clone());
        c
    }

    /// The zero value of a result slot of type `t` (as push_frame's
    /// `zero_of`, with a shortcut for `int`).
    #[inline]
    fn result_zero(&self, t: TypeId) -> Value {
        if t == TypeId::INT {
            return Value::Int(0);
        }
        self.zero(t)
    }

    /// The zero value of map type `mt`'s elements (a missing key's value).
    fn map_zero(&self, mt: TypeId) -> Value {
        match self.prog.types.ukind(mt) {
            Kind::Map(_, v) => self.zero(*v),
            _ => Value::Nil,
        }
    }

    /// Loads through a pointer value; None for nil.
    pub fn load_ptr(&self, p: &Value) -> Option<Value> {
        Some(match p {
            Value::Pointer(Pointer::Agg(a)) => Value::Agg(a.clone()),
            Value::Pointer(Pointer::Elem(a, i)) => a.borrow()[*i as usize].clone(),
            Value::Pointer(Pointer::Byte(a, i)) => a.get(*i as usize).unwrap_or_default(),
            Value::Pointer(Pointer::Cell(c)) | Value::Cell(c) => c.borrow().clone(),
            Value::Pointer(Pointer::Global(g)) => self.globals[*g as usize].clone(),
            // A pointer to a whole byte array (`&a`): the array itself.
            Value::Bytes(b) if b.is_whole() => b.arr.clone().value(),
            Value::Bytes(b) => ByteArr::new(b.arr.elem, b.to_vec()).value(),
            // A pointer to an array made from a slice ((*[N]T)(s)): *p is
            // a copy of its N elements.
            Value::Slice(_) => Value::Agg(AggObj::new(p.slice_elems().into_iter().map(|v| v.copy_val()).collect())),
            _ => return None,
        })
    }

    /// Stores through a pointer; struct targets are overwritten in place.
    pub fn store_ptr(&mut self, p: &Value, v: Value) -> bool {
        match p {
            Value::Pointer(Pointer::Agg(a)) | Value::Agg(a) => {
                if let Value::Agg(src) = &v {
                    assign_agg(a, src);
                }
            }
            Value::Pointer(Pointer::Elem(a, i)) => assign(&mut a.borrow_mut()[*i as usize], v),
            Value::Pointer(Pointer::Byte(a, i)) => a.try_set(*i as usize, &v),
            Value::Pointer(Pointer::Cell(c)) | Value::Cell(c) => *c.borrow_mut() = v,
            Value::Pointer(Pointer::Global(g)) => assign(&mut self.globals[*g as usize], v),
            Value::Slice(s) => {
                // (A compact array value's elements are decoded first.)
                let src = v.array_elems();
                let mut arr = s.arr.borrow_mut();
                for (i, e) in src.iter().enumerate().take(s.len as usize) {
                    assign(&mut arr[s.off as usize + i], e.copy_val());
                }
            }
            Value::Bytes(b) => {
                // (b is a pointer, or an array variable's own value.)
                if let Value::Bytes(src) = &v {
                    b.store_array(&src.arr);
                } else if let Value::Agg(src) = &v {
                    for (i, e) in src.borrow().iter().enumerate().take(b.len as usize) {
                        b.arr.set(b.off as usize + i, e);
                    }
                }
            }
            _ => return false,
        }
        true
    }
}

/// `DivInt`: x / y (Go's integer division truncates; by zero panics).
#[inline]
fn div_int(x: i64, y: i64) -> Result<i64, Trap> {
    if y == 0 {
        rterr!(RtErr::DivideByZero)
    }
    Ok(x.wrapping_div(y))
}

/// `RemInt`: x % y (by zero panics).
#[inline]
fn rem_int(x: i64, y: i64) -> Result<i64, Trap> {
    if y == 0 {
        rterr!(RtErr::DivideByZero)
    }
    Ok(x.wrapping_rem(y))
}

/// `DivUint`: x / y, unsigned (by zero panics).
#[inline]
fn div_uint(x: u64, y: u64) -> Result<i64, Trap> {
    if y == 0 {
        rterr!(RtErr::DivideByZero)
    }
    Ok((x / y) as i64)
}

/// `RemUint`: x % y, unsigned (by zero panics).
#[inline]
fn rem_uint(x: u64, y: u64) -> Result<i64, Trap> {
    if y == 0 {
        rterr!(RtErr::DivideByZero)
    }
    Ok((x % y) as i64)
}

/// `IntBit`: the bitwise ops and shifts of a `bits`-wide integer (a
/// negative shift count panics).
#[inline]
fn int_bit(op: BinOp, x: i64, y: i64, unsigned: bool, bits: u8) -> Result<i64, Trap> {
    Ok(match op {
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::AndNot => x & !y,
        BinOp::Shl | BinOp::Shr => {
            if y < 0 {
                rterr!(RtErr::NegativeShift)
            }
            shift(op == BinOp::Shl, x, y as u64, unsigned, bits)
        }
        _ => 0,
    })
}

/// `ArithFloat`: float64 arithmetic (float32: rounded after each op).
#[inline]
fn arith_float(op: BinOp, x: f64, y: f64, f32: bool) -> f64 {
    let mut v = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => x / y,
        _ => 0.0,
    };
    if f32 {
        v = v as f32 as f64;
    }
    v
}

/// `ArithComplex`: complex128/complex64 arithmetic and equality.
fn arith_complex(op: BinOp, x: (f64, f64), y: (f64, f64), f32: bool) -> Value {
    match op {
        BinOp::Eq => Value::Bool(x == y),
        BinOp::Ne => Value::Bool(x != y),
        op if f32 => {
            let (re, im) = crate::value::complex64_arith(op, x, y);
            Value::Complex(re, im)
        }
        op => {
            let (re, im) = crate::value::complex128_arith(op, x, y);
            Value::Complex(re, im)
        }
    }
}

impl<'p> Vm<'p> {
    /// `Concat`: `regs[dst] = regs[a] + regs[b]` for strings
    /// (concatstrings; a result that cannot fit under `--max-heap` is
    /// mallocgc's throw). Into its own left operand (`s = s + y`, `acc +=
    /// y`), the old string is taken out of its register so that
    /// GoStr::append may extend its buffer.
    #[inline]
    fn concat(&self, regs: &mut [Value], dst: bytecode::Reg, a: bytecode::Reg, b: bytecode::Reg) -> Result<(), Trap> {
        let (d, x, y) = (dst as usize, a as usize, b as usize);
        let n = regs[x].str_bytes().len() + regs[y].str_bytes().len();
        if n > 1 << 20 && !self.heap_fits(n as u64) {
            return Err(Trap::Throw(n as u64));
        }
        regs[d] = if d == x && x != y {
            match std::mem::take(&mut regs[x]) {
                Value::Str(s) => Value::Str(s.append(regs[y].str_bytes())),
                _ => Value::Str(GoStr::new(regs[y].str_bytes())),
            }
        } else {
            Value::Str(GoStr::concat(regs[x].str_bytes(), regs[y].str_bytes()))
        };
        Ok(())
    }
}

#[inline]
pub fn wrap(x: i64, bits: u8, signed: bool) -> i64 {
    match (bits, signed) {
        (8, true) => x as i8 as i64,
        (16, true) => x as i16 as i64,
        (32, true) => x as i32 as i64,
        (8, false) => x as u8 as i64,
        (16, false) => x as u16 as i64,
        (32, false) => x as u32 as i64,
        _ => x,
    }
}

fn shift(left: bool, x: i64, y: u64, unsigned: bool, bits: u8) -> i64 {
    let r = if left {
        if y >= 64 {
            0
        } else {
            x << y
        }
    } else if unsigned {
        let ux = (x as u64) & if bits == 64 { u64::MAX } else { (1u64 << bits) - 1 };
        if y >= 64 {
            0
        } else {
            (ux >> y) as i64
        }
    } else if y >= 64 {
        if x < 0 {
            -1
        } else {
            0
        }
    } else {
        x >> y
    };
    wrap(r, bits, !unsigned)
}

fn cmp<T: PartialOrd + ?Sized>(op: BinOp, x: &T, y: &T) -> bool {
    match op {
        BinOp::Eq => x == y,
        BinOp::Ne => x != y,
        BinOp::Lt => x < y,
        BinOp::Le => x <= y,
        BinOp::Gt => x > y,
        BinOp::Ge => x >= y,
        _ => false,
    }
}

/// R := Int(x) without dropping the old value when it already is an Int
/// (the common case; the drop of another value is out of line and cold, so
/// callers keep their registers).
#[inline(always)]
pub(crate) fn set_int(slot: &mut Value, x: i64) {
    if let Value::Int(p) = slot {
        *p = x
    } else {
        replace_cold(slot, Value::Int(x))
    }
}

/// Moves a call's argument or result from register `from` to `to` (the
/// inline call and return paths). An integer is copied, not taken: it owns
/// nothing, and both slots keep an `Int`, so the next integer write to
/// either (the caller computing its next argument, the callee its result)
/// stays on `set_int`'s fast path instead of replacing the `Nil` a move
/// leaves, and the old `Int` needs no drop. Anything else moves (leaving
/// `Nil`), so a reference is never kept alive by a dead temporary.
#[inline(always)]
pub(crate) fn move_reg(slots: &mut [Value], to: usize, from: usize) {
    if let Value::Int(x) = slots[from] {
        set_int(&mut slots[to], x)
    } else {
        slots[to] = std::mem::take(&mut slots[from])
    }
}

/// A copy of `v`, the scalar kinds copied inline: the derived
/// `Value::clone` is a call out of the loop (and a jump over every kind)
/// even for an integer, the common field, element and captured variable.
#[inline(always)]
pub(crate) fn clone_val(v: &Value) -> Value {
    match *v {
        Value::Int(x) => Value::Int(x),
        Value::Bool(b) => Value::Bool(b),
        Value::Float(f) => Value::Float(f),
        Value::Nil => Value::Nil,
        _ => v.clone(),
    }
}

/// A copy of `v` with the scalars and the references the calls pass
/// around most (a pointer to a struct, a func value, an interface value,
/// a struct value) copied inline: the derived `Value::clone` is a call out
/// of the loop and a jump over every kind.
#[inline(always)]
pub(crate) fn clone_ref(v: &Value) -> Value {
    match v {
        Value::Int(x) => Value::Int(*x),
        Value::Bool(x) => Value::Bool(*x),
        Value::Float(x) => Value::Float(*x),
        Value::Nil => Value::Nil,
        Value::Pointer(Pointer::Agg(a)) => Value::Pointer(Pointer::Agg(a.clone())),
        Value::Func(c) => Value::Func(c.clone()),
        Value::Iface(i) => Value::Iface(i.clone()),
        Value::Agg(a) => Value::Agg(a.clone()),
        _ => v.clone(),
    }
}

/// `*slot = v` without the call of `Value`'s drop glue when the old value
/// owns nothing (a scalar or nil, the common register and field): the old
/// value is overwritten, as a drop of it would do nothing.
#[inline(always)]
pub(crate) fn put(slot: &mut Value, v: Value) {
    if matches!(slot, Value::Nil | Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Complex(..)) {
        std::mem::forget(std::mem::replace(slot, v))
    } else {
        *slot = v
    }
}

#[inline(always)]
pub(crate) fn set_bool(slot: &mut Value, x: bool) {
    if let Value::Bool(p) = slot {
        *p = x
    } else {
        replace_cold(slot, Value::Bool(x))
    }
}

#[cold]
#[inline(never)]
fn replace_cold(slot: &mut Value, v: Value) {
    *slot = v
}

/// A signed integer comparison (peephole-fused branches).
/// Branch-free: the operator's discriminant is a mask over {less, equal,
/// greater} (see [`BinOp`]).
#[inline(always)]
pub(crate) fn cmp_int(op: BinOp, x: i64, y: i64) -> bool {
    let ord = (x >= y) as u8 + (x > y) as u8;
    (op.cmp_mask() >> ord) & 1 != 0
}

fn cmp_f(op: BinOp, x: f64, y: f64) -> bool {
    cmp(op, &x, &y)
}

fn complex_of(v: &Value) -> (f64, f64) {
    match v {
        Value::Complex(a, b) => (*a, *b),
        v => (v.as_float(), 0.0),
    }
}

/// Stores `v` into a variable, field or element: a struct or array value
/// is copied into the existing object (see [`assign_agg`]).
#[inline]
pub fn assign(slot: &mut Value, v: Value) {
    match (&*slot, &v) {
        (Value::Agg(d), Value::Agg(s)) => assign_agg(d, s),
        (Value::Bytes(d), _) if d.is_array() && assign_compact(d, &v) => {}
        _ => put(slot, v),
    }
}

/// `assign` into a compact array: its bytes are overwritten in place;
/// an array value made by a native as an `Agg` is stored element by
/// element, so the variable keeps its representation. False: `v` is not
/// an array value.
#[cold]
#[inline(never)]
fn assign_compact(d: &Bytes, v: &Value) -> bool {
    match v {
        Value::Bytes(s) => d.arr.assign_from(&s.arr),
        Value::Agg(s) => d.arr.assign_elems(&s.borrow()),
        _ => return false,
    }
    true
}

/// `*dst = *src` for struct/array objects: the fields are overwritten in
/// place (nested objects too), so pointers into `dst` stay valid.
pub fn assign_agg(dst: &Agg, src: &Agg) {
    if Rc::ptr_eq(dst, src) {
        return;
    }
    let (Ok(mut d), Ok(s)) = (dst.try_borrow_mut(), src.try_borrow()) else { return };
    if d.len() != s.len() {
        *d = s.iter().map(|x| x.copy_val()).collect();
        return;
    }
    for (x, y) in d.iter_mut().zip(s.iter()) {
        match (&*x, y) {
            (Value::Agg(xa), Value::Agg(ya)) => assign_agg(xa, ya),
            (Value::Bytes(xa), Value::Bytes(ya)) if xa.is_array() => xa.arr.assign_from(&ya.arr),
            (Value::Bytes(xa), Value::Agg(ya)) if xa.is_array() => xa.arr.assign_elems(&ya.borrow()),
            _ => *x = y.copy_val(),
        }
    }
}

fn range_next(it: &mut Iter) -> Option<(Value, Value)> {
    match it {
        Iter::Int { n, i } => {
            if *i >= *n {
                return None;
            }
            *i += 1;
            Some((Value::Int(*i - 1), Value::Nil))
        }
        Iter::Str { s, pos } => {
            if *pos >= s.len() {
                return None;
            }
            let (r, w) = decode_rune(&s[*pos..]);
            let k = *pos;
            *pos += w;
            Some((Value::Int(k as i64), Value::Int(r as i64)))
        }
        Iter::Map { m, pos, start, span } => {
            let m = m.borrow();
            while *pos < m.entries.len() {
                let i = if *pos < *span { (*start + *pos) % *span } else { *pos };
                *pos += 1;
                if let Some((k, v)) = &m.entries[i] {
                    return Some((k.clone(), v.clone()));
                }
            }
            None
        }
    }
}

/// Decodes one UTF-8 rune as Go does (invalid → U+FFFD, width 1).
pub fn decode_rune(s: &[u8]) -> (u32, usize) {
    let n = match s.first() {
        None => return (0xFFFD, 0),
        Some(b) if *b < 0x80 => return (*b as u32, 1),
        Some(b) if *b >> 5 == 0b110 => 2,
        Some(b) if *b >> 4 == 0b1110 => 3,
        Some(b) if *b >> 3 == 0b11110 => 4,
        _ => return (0xFFFD, 1),
    };
    if s.len() < n {
        return (0xFFFD, 1);
    }
    match std::str::from_utf8(&s[..n]) {
        Ok(st) => (st.chars().next().map(|c| c as u32).unwrap_or(0xFFFD), n),
        Err(_) => (0xFFFD, 1),
    }
}

pub fn decode_runes(s: &[u8]) -> Vec<u32> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode_rune(&s[i..]);
        out.push(r);
        i += w;
    }
    out
}

/// The dynamic type of an interface value (for messages).
/// A nil or empty map: Go's lookups and deletes check the key's type
/// there (mapKeyError) before hashing, and say so differently.
fn map_is_empty(m: &Value) -> bool {
    match m {
        Value::Map(mm) => mm.borrow().live == 0,
        _ => true,
    }
}

pub fn dyn_type(v: &Value) -> TypeId {
    match v {
        Value::Iface(i) => i.ty,
        _ => TypeId::VOID,
    }
}

pub fn defer_slot_kind(slot: u16) -> Option<usize> {
    if slot >= u16::MAX - 1 {
        None
    } else {
        Some(slot as usize)
    }
}
