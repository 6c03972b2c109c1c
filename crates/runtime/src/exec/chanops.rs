//! Channel ops: makechan, chansend1, chanrecv1/2, closechan and selectgo
//! as the instructions see them (the channel itself is `crate::chan`).
//! A blocked operation is a `Trap::Park`: the goroutine waits on the
//! instruction, which the partner that completes it moves past.

use std::cell::RefCell;
use std::rc::Rc;

use bytecode::TypeId;

use super::{At, Trap};
use crate::chan::{Chan, ChanOp, Elem, Selected};
use crate::rterr::RtErr;
use crate::value::*;
use crate::vm::Vm;

impl<'p> Vm<'p> {
    /// `MakeChan`: makechan(ty, size). A buffer past maxAlloc is out of
    /// range; one that cannot fit the heap is mallocgc's throw (Go
    /// allocates the buffer at once; here it grows as it fills, but the
    /// request is Go's).
    #[inline]
    pub(crate) fn makechan(&self, ty: TypeId, size: &Value) -> Result<Value, Trap> {
        let prog = self.prog;
        let n = size.as_int();
        let et = prog.types.elem(ty).unwrap_or(TypeId::INT);
        let mem = (n.max(0) as u128) * crate::layout::size_of(&prog.types, et) as u128;
        if n < 0 || mem > (1u128 << 48) - 96 {
            rterr!(RtErr::MakeChanSize)
        }
        if !self.heap_fits(mem as u64) {
            return Err(Trap::Throw(96 + mem as u64));
        }
        let ez = self.zero(et);
        let c = Rc::new(RefCell::new(Chan { addr: crate::heap::vaddr(96), cap: n as usize, elem_zero: ez, ..Default::default() }));
        crate::gc::track_chan(&c);
        Ok(Value::Chan(c))
    }

    /// `Send`: chansend1 of v on channel `ch` (nil blocks forever; a
    /// closed channel panics).
    #[inline]
    pub(super) fn op_send(&mut self, gi: usize, ch: &Value, v: &Value) -> Result<(), Trap> {
        let c = match ch {
            Value::Chan(c) => c.clone(),
            _ => return Err(Trap::Park("chan send (nil chan)")),
        };
        if c.borrow().closed {
            rterr!(RtErr::SendClosed)
        }
        let v = v.clone();
        if let ChanOp::Parked = self.chansend(gi, &c, v, true) {
            return Err(Trap::Park("chan send"));
        }
        Ok(())
    }

    /// `Recv`: chanrecv1 (R[dst]) or, with `ok`, chanrecv2 (R[dst],
    /// R[dst+1]) from channel R[ch].
    #[inline]
    pub(super) fn op_recv(&mut self, at: At, regs: &mut [Value], dst: u16, ch: u16, ok: bool) -> Result<(), Trap> {
        regs!(regs);
        let c = match &r!(ch) {
            Value::Chan(c) => c.clone(),
            _ => return Err(Trap::Park("chan receive (nil chan)")),
        };
        let elem = Elem { seg: at.seg as u32, slot: (at.base + dst as usize) as u32, ok };
        match self.chanrecv(at.gi, &c, elem, true) {
            ChanOp::Done(v, received) => {
                r!(dst) = v;
                if ok {
                    r!(dst + 1) = Value::Bool(received);
                }
            }
            _ => return Err(Trap::Park("chan receive")),
        }
        Ok(())
    }

    /// `Close`: closechan (nil or closed panics).
    #[inline]
    pub(super) fn op_close(&mut self, ch: &Value) -> Result<(), Trap> {
        let c = match ch {
            Value::Chan(c) => c.clone(),
            _ => rterr!(RtErr::CloseNil),
        };
        if c.borrow().closed {
            rterr!(RtErr::CloseClosed)
        }
        self.closechan(&c);
        Ok(())
    }

    /// `Select`: selectgo over the `n` cases at R[b..] (three registers
    /// each); R[dst] := the chosen case (-1: default), and for a receive
    /// R[dst+1], R[dst+2] := the value and ok.
    #[inline]
    pub(super) fn op_select(&mut self, at: At, regs: &mut [Value], dst: u16, b: u16, n: u16, has_default: bool) -> Result<(), Trap> {
        regs!(regs);
        let elem = Elem { seg: at.seg as u32, slot: (at.base + dst as usize) as u32, ok: true };
        let cases = &regs[b as usize..b as usize + 3 * n as usize];
        match self.selectgo(at.gi, cases, elem, has_default) {
            Selected::Case(i, v, received) => {
                r!(dst) = Value::Int(i as i64);
                if r!(b as usize + 3 * i).as_int() != 0 {
                    r!(dst + 1) = v;
                    r!(dst + 2) = Value::Bool(received);
                }
            }
            Selected::SendClosed(i) => {
                r!(dst) = Value::Int(i as i64);
                rterr!(RtErr::SendClosed)
            }
            Selected::Default => r!(dst) = Value::Int(-1),
            Selected::Parked => {
                let reason = if n == 0 { "select (no cases)" } else { "select" };
                return Err(Trap::Park(reason));
            }
        }
        Ok(())
    }
}
