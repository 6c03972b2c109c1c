//! `Return`: the epilogue (Go's RET after deferreturn), with its fast
//! paths in the loop's own segment; everything else is `op_return`
//! (crate::panic: deferreturn, then `ret_frame`).

use bytecode::DeferKind;

use super::{At, Next};
use crate::proc::{DeferFn, DeferredCall, Frame, RetTo};
use crate::value::*;
use crate::vm::Vm;

impl<'p> Vm<'p> {
    /// `Return`, the common case first (no hook, no defers, no boxed
    /// results, an ordinary caller in this segment): the results move to
    /// the caller's registers and its frame resumes at the (func, base, pc)
    /// returned. `None`: [`Vm::op_ret`].
    #[inline(always)]
    pub(super) fn poscall(&mut self, at: At, slots: &mut [Value]) -> Option<(usize, usize, usize)> {
        let At { gi, func, seg, base, .. } = at;
        let proto = self.fn_info[func];
        if self.hook.is_some() || proto.flags & crate::vm::FN_PLAIN_RETURN == 0 {
            return None;
        }
        let g = &mut self.gs[gi];
        let n = g.frames.len();
        if n >= 2 && seg + 1 == g.stack.segs.len() {
            if let RetTo::Caller { base: rb } = g.frames[n - 1].ret {
                let c = &g.frames[n - 2];
                if c.seg as usize == seg {
                    let (cfunc, cbase, cpc) = (c.func as usize, c.base as usize, c.pc as usize);
                    let (np, nr) = (proto.nparams as usize, proto.nresults as usize);
                    // One result (the common case) without the loop's setup.
                    if nr == 1 {
                        super::move_reg(slots, cbase + rb as usize, base + np);
                    } else {
                        for i in 0..nr {
                            super::move_reg(slots, cbase + rb as usize + i, base + np + i);
                        }
                    }
                    pop_frame(g);
                    return Some((cfunc, cbase, cpc));
                }
            }
        }
        None
    }

    /// `Return` with deferred calls, boxed or copied results, or another
    /// kind of caller. Fast paths (no hook, top segment, caller in it):
    /// deferreturn of an open-coded deferred closure as an inline frame,
    /// and the epilogue of a frame with no deferred calls left. Anything
    /// else: `op_return`.
    #[inline(always)]
    pub(super) fn op_ret(&mut self, at: At, slots: &mut Vec<Value>) -> Result<(usize, usize, usize), Next> {
        let At { gi, func, seg, base, pc } = at;
        let prog = self.prog;
        let proto = &prog.funcs[func];
        if self.hook.is_none() && seg + 1 == self.gs[gi].stack.segs.len() {
            let g = &mut self.gs[gi];
            let n = g.frames.len();
            let fr = &mut g.frames[n - 1];
            if fr.defer_bits != 0 {
                // The newest open-coded defer (pop_defer_of's choice).
                let i = 7 - fr.defer_bits.leading_zeros() as usize;
                let slot = fr.open as usize + i;
                let call = g.open_slots.get_mut(slot).and_then(Option::take);
                let fits = match &call {
                    Some(DeferredCall { func: DeferFn::Closure(c), args }) if c.native.is_none() && c.recv.is_none() => {
                        let callee = &prog.funcs[c.func as usize];
                        let size = callee.frame_size as u64;
                        args.len() <= callee.nslots as usize && fr.sp >= size && fr.sp - size >= g.stack.segs[seg].stackguard()
                    }
                    _ => false,
                };
                match call {
                    Some(DeferredCall { func: DeferFn::Closure(c), args }) if fits => {
                        // As op_return + run_deferred + push_frame: the
                        // bit is cleared before the call runs, and the
                        // pc stays on this Return.
                        fr.defer_bits &= !(1 << i);
                        fr.returning = true;
                        fr.pc = (pc - 1) as u32;
                        let cur_sp = fr.sp;
                        let cf = c.func;
                        let callee = &prog.funcs[cf as usize];
                        let nb = base + proto.nslots as usize;
                        let need = nb + callee.nslots as usize;
                        if slots.len() < need {
                            slots.resize_with(need, || Value::Nil);
                        }
                        if !args.is_empty() {
                            for (k, a) in args.into_iter().enumerate() {
                                slots[nb + k] = a;
                            }
                        }
                        let np = callee.nparams as usize;
                        for (k, &t) in callee.result_types.iter().enumerate() {
                            let z = self.result_zero(t);
                            slots[nb + np + k] = if callee.boxed_results.get(k).copied().unwrap_or(false) {
                                crate::vm::new_cell(&mut self.pools.cells, z, crate::vm::cell_scalar(&self.prog.types, t))
                            } else {
                                z
                            };
                        }
                        let g = &mut self.gs[gi];
                        let open = g.push_open_slots(callee.open_defers as usize);
                        g.frames.push(Frame::new(cf, seg, nb, cur_sp - callee.frame_size as u64, Some(c), RetTo::DeferReturn, open));
                        return Ok((cf as usize, nb, 0));
                    }
                    call => {
                        if let Some(s) = g.open_slots.get_mut(slot) {
                            *s = call;
                        }
                    }
                }
            } else if n >= 2
                && g.frames[n - 2].seg as usize == seg
                && !(proto.defer_kind != DeferKind::None && g.defers.last().is_some_and(|d| d.sp == g.frames[n - 1].sp))
            {
                if let Some(to) = self.ret_frame_inline(at, slots) {
                    return Ok(to);
                }
            }
        }
        self.save_regs(at, slots);
        Err(self.op_return(gi))
    }

    /// The epilogue (ret_frame) of a frame whose caller is in this
    /// segment: results to the caller (heap cells of captured results are
    /// read out), or dropped after a deferred call. `None` for the callers
    /// `ret_frame` handles (a goroutine's entry, a native's callback).
    #[inline(always)]
    fn ret_frame_inline(&mut self, at: At, slots: &mut [Value]) -> Option<(usize, usize, usize)> {
        let At { gi, func, base, .. } = at;
        let proto = &self.prog.funcs[func];
        let g = &mut self.gs[gi];
        let n = g.frames.len();
        let np = proto.nparams as usize;
        let (cfunc, cbase, cpc) = {
            let c = &g.frames[n - 2];
            (c.func as usize, c.base as usize, c.pc as usize)
        };
        match g.frames[n - 1].ret {
            RetTo::Caller { base: rb } => {
                for i in 0..proto.nresults as usize {
                    let v = std::mem::take(&mut slots[base + np + i]);
                    slots[cbase + rb as usize + i] = match (v, proto.boxed_results.get(i)) {
                        (Value::Cell(c), Some(true)) => crate::vm::read_result_cell(&mut self.pools.cells, c),
                        (v, _) if proto.copy_results.get(i) == Some(&true) => v.copy_val(),
                        (v, _) => v,
                    };
                }
            }
            RetTo::DeferReturn => {
                // The deferred call's results are dropped, and
                // so are its other slots: a captured cell left
                // in a dead register would keep the deferring
                // frame's result cell shared (not recyclable).
                for v in slots[base..].iter_mut().take(proto.nslots as usize) {
                    if !matches!(*v, Value::Nil | Value::Int(_)) {
                        *v = Value::Nil;
                    }
                }
            }
            _ => return None,
        }
        let mut f = g.frames.pop().expect("frame");
        g.release_open_slots(f.open);
        if let Some(c) = f.closure.take() {
            crate::vm::recycle_closure(&mut self.pools.closures, c);
        }
        // Nothing left in it owns anything (see pop_frame).
        std::mem::forget(f);
        Some((cfunc, cbase, cpc))
    }
}

/// Pops the top frame of a function without deferred calls (the inline
/// return path: `FN_PLAIN_RETURN`), so without open-coded defer slots to
/// release. Such a frame owns at most its closure, so the closure is
/// dropped and the rest forgotten instead of running Frame's drop glue out
/// of line.
#[inline(always)]
fn pop_frame(g: &mut crate::proc::G) {
    if let Some(mut fr) = g.frames.pop() {
        debug_assert_eq!(g.open_slots.len(), fr.open as usize);
        drop(fr.closure.take());
        std::mem::forget(fr);
    }
}
