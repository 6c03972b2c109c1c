//! Calls, go and defer statements, panic and recover: the ops that push,
//! start or record a call (Go's call sequence, `newproc`, `deferproc`).
//!
//! Each op is one method. The fast path (`precall`: a frame pushed in the
//! loop's own segment) is `#[inline(always)]`: it is the call half of
//! every guest call. The general paths run with the frame saved (the
//! loop's `save_regs` comes first) and read their operands from the
//! saved registers.

use std::rc::Rc;

use bytecode::Const;
use types::Kind;

use super::{defer_slot_kind, At, Next, Trap};
use crate::proc::{Defer, DeferFn, DeferredCall, Frame, RetTo};
use crate::rterr::RtErr;
use crate::value::*;
use crate::vm::{Flow, FnInfo, NativeOut, Pushed, Vm, NATIVE_BIT};

impl<'p> Vm<'p> {
    /// Go's function prologue when the frame fits above stackguard: push
    /// `callee`'s frame here, in this segment, move the arguments from
    /// R[args..]; the loop carries on with the callee's code.
    /// Returns the callee's register base; `None` (the general path) when the frame does not fit, a hook is
    /// watching, or the caller is not on the top segment.
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    pub(super) fn precall(
        &mut self,
        at: At,
        slots: &mut Vec<Value>,
        f: u32,
        ci: FnInfo<'p>,
        closure: &mut Option<Rc<Closure>>,
        args: usize,
        b: u16,
    ) -> Option<usize> {
        let At { gi, func, seg, base, pc } = at;
        if self.hook.is_none() {
            let g = &mut self.gs[gi];
            let fr = g.frames.last_mut().expect("frame");
            let size = ci.frame_size as u64;
            let cur_sp = fr.sp;
            if seg + 1 == g.stack.segs.len() && cur_sp >= size && cur_sp - size >= g.stack.segs[seg].stackguard() {
                fr.pc = pc as u32;
                let nb = base + self.fn_info[func].nslots as usize;
                let need = nb + ci.nslots as usize;
                if slots.len() < need {
                    slots.resize_with(need, || Value::Nil);
                }
                let np = ci.nparams as usize;
                let from = base + args;
                // One parameter (the common case) without the loop's setup.
                if np == 1 {
                    super::move_reg(slots, nb, from);
                } else {
                    for i in 0..np {
                        super::move_reg(slots, nb + i, from + i);
                    }
                }
                // The frame goes on while `g` is at hand (the zero results
                // below need `self`, and the frame is not looked at before
                // the callee runs). The closure moves into the frame (no
                // second reference count up and down).
                let open = g.push_open_slots(ci.open_defers as usize);
                g.frames.push(Frame::new(f, seg, nb, cur_sp - size, closure.take(), RetTo::Caller { base: b }, open));
                if ci.flags & crate::vm::FN_ZERO_RESULTS != 0 {
                    let callee = &self.prog.funcs[f as usize];
                    for (i, &t) in callee.result_types.iter().enumerate() {
                        let z = self.result_zero(t);
                        slots[nb + np + i] = if callee.boxed_results.get(i).copied().unwrap_or(false) {
                            crate::vm::new_cell(&mut self.pools.cells, z, crate::vm::cell_scalar(&self.prog.types, t))
                        } else {
                            z
                        };
                    }
                }
                return Some(nb);
            }
        }
        None
    }

    /// The registers of goroutine `gi`'s top frame, saved (`save_regs`):
    /// where the general paths of the call ops read their operands.
    fn saved_regs(&mut self, gi: usize) -> &mut [Value] {
        let g = &mut self.gs[gi];
        let f = g.frames.last().expect("frame");
        let (seg, base) = (f.seg as usize, f.base as usize);
        &mut g.stack.segs[seg].slots[base..]
    }

    /// `Call` (general path, frame saved): push the callee's frame with
    /// `push_frame`, which may grow the stack (morestack); a call that
    /// `spent` the budget's last unit yields then.
    #[inline(never)]
    pub(super) fn op_call(&mut self, gi: usize, f: u32, b: u16, spent: bool) -> Next {
        let np = self.prog.funcs[f as usize].nparams as usize;
        let regs = self.saved_regs(gi);
        regs!(regs);
        let args: smallvec::SmallVec<[Value; 8]> = (0..np).map(|i| std::mem::take(&mut r!(b as usize + i))).collect();
        if !self.push_frame(gi, f, None, &args, RetTo::Caller { base: b }) {
            return Next::Leave(self.stack_overflow(gi));
        }
        if spent {
            return Next::Leave(self.preempt());
        }
        Next::Reload
    }

    /// `CallValue` (general path, frame saved): a call of a func value
    /// that is a native, a method value, or does not fit here.
    #[inline(never)]
    pub(super) fn op_call_value(&mut self, gi: usize, c: Rc<Closure>, b: u16) -> Next {
        let nargs = if let Some(n) = c.native {
            // A bound native's first argument is its receiver.
            let recv = match &c.recv {
                Some(r) => r.clone(),
                None => self.saved_regs(gi)[b as usize].clone(),
            };
            crate::natives::native_arity(self, n, &recv).saturating_sub(c.recv.is_some() as usize)
        } else {
            self.prog.funcs[c.func as usize].nparams as usize - c.recv.is_some() as usize
        };
        let regs = self.saved_regs(gi);
        regs!(regs);
        let args: Vec<Value> = (0..nargs).map(|i| r!(b as usize + 1 + i).clone()).collect();
        let call = DeferredCall { func: DeferFn::Closure(c), args };
        self.start_call(gi, &call, RetTo::Caller { base: b })
    }

    /// `CallIface`: the method `name` of the interface value in R[b]: its
    /// function, with the receiver in R[b] (a pointer receiver's method of
    /// a value type loads through the pointer); for a native method the
    /// receiver is returned instead (R[b] keeps the interface value).
    #[inline(always)]
    pub(super) fn iface_method(&mut self, regs: &mut [Value], b: u16, name: u32) -> Result<(u32, Option<Value>), Trap> {
        regs!(regs);
        // Only the dynamic value is cloned (not the interface value around
        // it: that was one more `Value::clone` out of line, a reference
        // count up and down, per call).
        let (ty, val) = match &r!(b) {
            Value::Iface(i) => (i.ty, i.val.clone()),
            _ => rterr!(RtErr::NilDeref),
        };
        let Some((f, deref)) = self.find_method(ty, name) else { rterr!(RtErr::NilDeref) };
        let val = if deref {
            match self.load_ptr(&val) {
                Some(v) => v,
                // The autogenerated (*T).M wrapper of a
                // value method: runtime.panicwrap.
                None => rterr!(RtErr::PanicWrap(
                    match self.prog.types.kind(ty) {
                        Kind::Pointer(e) => *e,
                        _ => ty,
                    },
                    match &self.prog.consts[name as usize] {
                        Const::Str(s) => String::from_utf8_lossy(s).into_owned(),
                        _ => String::new(),
                    }
                )),
            }
        } else {
            val
        };
        if f & NATIVE_BIT != 0 {
            return Ok((f, Some(val)));
        }
        // The receiver replaces the interface value in R[b]
        // (results land there anyway), so the arguments are
        // consecutive slots for the fast call.
        r!(b) = val;
        Ok((f, None))
    }

    /// `CallIface` of a method implemented natively (frame saved): the
    /// receiver `val`, then R[b+1..].
    #[inline(never)]
    pub(super) fn call_iface_native(&mut self, gi: usize, f: u32, val: Value, b: u16) -> Next {
        let n = (f & !NATIVE_BIT) as u16;
        let arity = crate::natives::native_arity(self, n, &val).max(1);
        let mut args = vec![val];
        let regs = self.saved_regs(gi);
        regs!(regs);
        for i in 1..arity {
            args.push(r!(b as usize + i).clone());
        }
        let out = self.call_native(n, gi, &args);
        self.native_out(gi, out, b)
    }

    /// `CallNative` (frame saved): a call of a function implemented in
    /// Rust. `None`: its results are in R[b..], go on (after load_regs).
    #[inline(never)]
    pub(super) fn op_call_native(&mut self, gi: usize, native: u16, b: u16, nargs: u16, budget: u32) -> Option<Next> {
        // The argument slots are the call's temporaries (a guest
        // call moves them too): move them out instead of cloning.
        let regs = self.saved_regs(gi);
        regs!(regs);
        // Pushed one by one: SmallVec's generic `extend` (what `collect`
        // uses) was ~100 instructions a call for one argument.
        let mut args: smallvec::SmallVec<[Value; 4]> = smallvec::SmallVec::new();
        for i in 0..nargs as usize {
            args.push(std::mem::take(&mut r!(b as usize + i)));
        }
        let out = self.call_native(native, gi, &args);
        match out {
            NativeOut::Ret(vals) => {
                let regs = self.saved_regs(gi);
                for (i, v) in vals.into_iter().enumerate() {
                    regs[b as usize + i] = v;
                }
                if self.native_used_budget(budget) {
                    return Some(Next::Leave(self.preempt()));
                }
                None
            }
            NativeOut::Block(reason) => {
                // The call is retried when the goroutine runs again.
                let regs = self.saved_regs(gi);
                for (i, v) in args.into_iter().enumerate() {
                    regs[b as usize + i] = v;
                }
                Some(self.leave(gi, Trap::Park(reason)))
            }
            out => Some(self.native_out(gi, out, b)),
        }
    }

    /// `Defer`, open-coded, of a closure with no arguments and no hook:
    /// deferproc's store-then-set-bit, inline. False: [`Vm::op_defer`].
    #[inline(always)]
    pub(super) fn defer_open(&mut self, gi: usize, regs: &[Value], f: u16, nargs: u16, slot: u16) -> bool {
        regs!(regs);
        if nargs == 0 && self.hook.is_none() {
            if let (Value::Func(c), Some(i)) = (&r!(f), defer_slot_kind(slot)) {
                let c = c.clone();
                let g = &mut self.gs[gi];
                let fr = g.frames.last_mut().expect("frame");
                if i < self.prog.funcs[fr.func as usize].open_defers as usize {
                    if let Some(s) = g.open_slots.get_mut(fr.open as usize + i) {
                        *s = Some(DeferredCall { func: DeferFn::Closure(c), args: Vec::new() });
                        fr.defer_bits |= 1 << i;
                        return true;
                    }
                }
            }
        }
        false
    }

    /// `Defer` (frame saved): deferproc of the func value R[f] with the
    /// arguments R[b..b+nargs].
    #[inline(never)]
    pub(super) fn op_defer(&mut self, gi: usize, f: u16, b: u16, nargs: u16, slot: u16) {
        let regs = self.saved_regs(gi);
        regs!(regs);
        let fv = r!(f).clone();
        let args: Vec<Value> = (0..nargs as usize).map(|i| r!(b as usize + i).clone()).collect();
        let call = DeferredCall {
            func: match fv {
                Value::Func(c) => DeferFn::Closure(c),
                _ => DeferFn::Nil,
            },
            args,
        };
        self.deferproc(gi, call, slot);
    }

    /// `DeferAt` (frame saved): a defer record for the frame whose sp is
    /// R[sp] (a defer statement of a function literal inlined into its
    /// caller).
    #[inline(never)]
    pub(super) fn op_defer_at(&mut self, gi: usize, f: u16, b: u16, nargs: u16, sp: u16) {
        let regs = self.saved_regs(gi);
        regs!(regs);
        let fv = r!(f).clone();
        let args: Vec<Value> = (0..nargs as usize).map(|i| r!(b as usize + i).clone()).collect();
        let target = r!(sp).as_int() as u64;
        let call = DeferredCall {
            func: match fv {
                Value::Func(c) => DeferFn::Closure(c),
                _ => DeferFn::Nil,
            },
            args,
        };
        let g = &mut self.gs[gi];
        let pc = g.frames.last().map(|f| f.pc).unwrap_or(0);
        // Keep the chain ordered: records of deeper frames (smaller sp) stay on top.
        let at = g.defers.iter().position(|d| d.sp < target).unwrap_or(g.defers.len());
        g.defers.insert(at, Defer { heap: true, sp: target, pc, call });
    }

    /// `DeferNative` (frame saved): deferproc of a native function.
    #[inline(never)]
    pub(super) fn op_defer_native(&mut self, gi: usize, native: u16, b: u16, nargs: u16, slot: u16) {
        let regs = self.saved_regs(gi);
        regs!(regs);
        let args: Vec<Value> = (0..nargs as usize).map(|i| r!(b as usize + i).clone()).collect();
        self.deferproc(gi, DeferredCall { func: DeferFn::Native(native), args }, slot);
    }

    /// `Go` (frame saved): the go statement of the func value R[f]
    /// (newproc). `None`: go on (after load_regs).
    #[inline(never)]
    pub(super) fn op_go_value(&mut self, gi: usize, f: u16, b: u16, nargs: u16, pc: usize) -> Option<Next> {
        let regs = self.saved_regs(gi);
        regs!(regs);
        let fv = r!(f).clone();
        let args: Vec<Value> = (0..nargs as usize).map(|i| r!(b as usize + i).clone()).collect();
        let c = match fv {
            Value::Func(c) => c,
            _ => {
                let v = self.rt_error(RtErr::GoNilFunc);
                return Some(self.gopanic(gi, v));
            }
        };
        let code = self.newproc_at(gi, DeferredCall { func: DeferFn::Closure(c), args }, pc)?;
        Some(Next::Leave(Flow::Exit(code)))
    }

    /// `GoNative` (frame saved): the go statement of a native function.
    #[inline(never)]
    pub(super) fn op_go_native(&mut self, gi: usize, native: u16, b: u16, nargs: u16, pc: usize) -> Option<Next> {
        let regs = self.saved_regs(gi);
        regs!(regs);
        let args: Vec<Value> = (0..nargs as usize).map(|i| r!(b as usize + i).clone()).collect();
        let code = self.newproc_at(gi, DeferredCall { func: DeferFn::Native(native), args }, pc)?;
        Some(Next::Leave(Flow::Exit(code)))
    }

    /// `Panic` (frame saved): gopanic(R[src]).
    #[inline(never)]
    pub(super) fn op_panic(&mut self, gi: usize, src: u16) -> Next {
        let v = self.saved_regs(gi)[src as usize].clone();
        self.gopanic(gi, v)
    }

    /// `Recover`: gorecover; a hook sees the Recover event (and may ask for
    /// steps: then the frame reloads in the stepping loop).
    #[inline(always)]
    pub(super) fn op_recover(&mut self, at: At, slots: &mut Vec<Value>, dst: u16, step: bool) -> Option<Next> {
        let v = self.gorecover(at.gi);
        if self.hook.is_some() {
            self.save_regs(at, slots);
            self.emit(at.gi, crate::hook::Event::Recover { accepted: !v.is_nil() });
            self.load_regs(at, slots);
            if !step && self.step_hook {
                slots[at.base + dst as usize] = v;
                self.save_regs(at, slots);
                return Some(Next::Reload);
            }
        }
        slots[at.base + dst as usize] = v;
        None
    }

    /// Handles the non-`Ret` outcomes of a native called at `base`.
    pub fn native_out(&mut self, gi: usize, out: NativeOut, base: u16) -> Next {
        match out {
            NativeOut::Ret(vals) => {
                let f = self.gs[gi].frames.last().expect("frame");
                let (seg, b) = (f.seg as usize, f.base as usize);
                for (i, v) in vals.into_iter().enumerate() {
                    self.gs[gi].stack.segs[seg].slots[b + base as usize + i] = v;
                }
                Next::Reload
            }
            NativeOut::Panic(v) => {
                self.panics.panic_native_frames = crate::traceback::raising_native_frames(self.native_name(self.native_ran), false);
                self.gopanic(gi, v)
            }
            NativeOut::Exit(c) => {
                self.flush();
                Next::Leave(Flow::Exit(c))
            }
            NativeOut::Goexit => self.goexit(gi),
            NativeOut::Yield => Next::Leave(Flow::Yield),
            NativeOut::Block(reason) => {
                let f = self.gs[gi].frames.last_mut().expect("frame");
                f.pc -= 1;
                self.gs[gi].waitreason = reason;
                Next::Leave(Flow::Block)
            }
            NativeOut::Sleep(d) => {
                let when = self.sched.now + d.max(1);
                self.gs[gi].wake_at = when;
                self.gs[gi].sleep_for = d;
                let goid = self.gs[gi].goid;
                self.sched.timers.add(None, when, 0, crate::timer::TimerFunc::Wake { gi, goid });
                self.sched.next_wake = self.sched.next_wake.min(when);
                self.gs[gi].waitreason = "sleep";
                Next::Leave(Flow::Block)
            }
            NativeOut::CallSpread(f, args) => {
                let call = DeferredCall {
                    func: match f {
                        Value::Func(c) => DeferFn::Closure(c),
                        _ => DeferFn::Nil,
                    },
                    args,
                };
                self.start_call(gi, &call, RetTo::Spread { base })
            }
            NativeOut::TailCall(f, args) => {
                let call = DeferredCall {
                    func: match f {
                        Value::Func(c) => DeferFn::Closure(c),
                        _ => DeferFn::Nil,
                    },
                    args,
                };
                self.start_call(gi, &call, RetTo::Caller { base })
            }
            NativeOut::Fatal(msg) => {
                self.panics.fatal_native_frames = crate::traceback::raising_native_frames(self.native_name(self.native_ran), true);
                let code = self.fatal(gi, &msg);
                Next::Leave(Flow::Exit(code))
            }
        }
    }

    /// Starts an ordinary call of a func value (or native) with results at `base`.
    pub fn start_call(&mut self, gi: usize, call: &DeferredCall, ret: RetTo) -> Next {
        match self.push_call(gi, call, ret) {
            Pushed::Frame => Next::Reload,
            Pushed::Native(out) => match ret {
                RetTo::Caller { base } => self.native_out(gi, out, base),
                _ => Next::Reload,
            },
            Pushed::NilFunc => {
                let v = self.rt_error(RtErr::NilDeref);
                self.gopanic(gi, v)
            }
            Pushed::Overflow => Next::Leave(self.stack_overflow(gi)),
        }
    }

    /// The go statement: newproc, with the creating frame's function and line.
    /// Returns the exit status when `--max-goroutines` is reached.
    fn newproc_at(&mut self, gi: usize, call: DeferredCall, pc: usize) -> Option<i32> {
        if let Some(code) = self.check_goroutines(gi) {
            return Some(code);
        }
        let f = self.gs[gi].frames.last().expect("frame").func;
        let line = self.prog.funcs[f as usize].line_at(pc as u32 - 1);
        let creator = self.func_name_rc(f);
        let parent = self.gs[gi].goid;
        let ng = self.newproc(call, parent, Some(crate::proc::Creator { func: f, name: creator, line, pc: pc as u32 }));
        // A native goroutine body already ran.
        if self.gs[ng].frames.is_empty() {
            self.gs[ng].status = crate::proc::Gstatus::Dead;
            self.sched.free_gs.push(ng);
        } else {
            // newproc's runqput(pp, newg, true): the new goroutine runs next.
            self.runqput(ng, true);
        }
        None
    }

    /// deferproc / deferprocStack / open-coded defer: records a deferred call
    /// for the current frame.
    fn deferproc(&mut self, gi: usize, call: DeferredCall, slot: u16) {
        let g = &mut self.gs[gi];
        let f = g.frames.last_mut().expect("frame");
        // The compiler numbers a function's open-coded defers below its
        // `open_defers`, which sized the frame's slots (a number past them
        // would be a compiler bug: such a call is kept as a linked record
        // of the frame, which runs it at the same point).
        let open = defer_slot_kind(slot).filter(|&i| i < self.prog.funcs[f.func as usize].open_defers as usize);
        match open {
            Some(i) => {
                // Open-coded: store the closure in its slot, then set the bit
                // (after storing, as Go does, so a failed defer never runs).
                g.open_slots[f.open as usize + i] = Some(call);
                f.defer_bits |= 1 << i;
            }
            None => {
                let sp = f.sp;
                let pc = f.pc;
                g.defers.push(Defer { heap: slot == u16::MAX - 1, sp, pc, call });
            }
        }
        if self.hook.is_some() {
            let frame = self.gs[gi].frames.len() - 1;
            self.emit(gi, crate::hook::Event::DeferPushed { frame, slot: defer_slot_kind(slot) });
        }
    }
}
