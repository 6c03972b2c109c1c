//! The dispatch loop: one function, one `loop`, one `match` on the op
//! (its integer and boolean arms come from `crate::intops`).

use std::cell::RefCell;
use std::rc::Rc;

use bytecode::{BinOp, Const, ConvKind, DeferKind, Op, TypeId};
use types::Kind;

use crate::chan::{Chan, ChanOp, Elem, Selected};
use crate::proc::{Defer, DeferFn, DeferredCall, Frame, RetTo};
use crate::rterr::RtErr;
use crate::value::*;
use crate::vm::{Flow, NativeOut, Pushed, Vm, NATIVE_BIT};

/// What the loop does after a runtime routine ran.
pub enum Next {
    /// Reload the top frame and continue.
    Reload,
    /// Leave the loop with this flow.
    Leave(Flow),
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
        let flow = if self.step_hook { self.exec_loop::<true>(gi) } else { self.exec_loop::<false>(gi) };
        if self.step_hook {
            // A nested run (Go code a native called back) ended: the loop
            // that resumes ran no instruction of its frame just before.
            self.step_prev = u32::MAX;
        }
        flow
    }

    /// The dispatch loop; `STEP` adds the call of the step hook before each
    /// instruction (while [`Vm::step_hook`] is set).
    fn exec_loop<const STEP: bool>(&mut self, gi: usize) -> Flow {
        let prog = self.prog;
        let mut budget = self.slice_budget();
        'frames: loop {
            if !STEP && self.step_hook {
                // A hook asked for steps (at an event): go on stepping.
                return self.exec_loop::<true>(gi);
            }
            if STEP {
                // A frame (re)loaded: no instruction of it ran just before.
                self.step_prev = u32::MAX;
            }
            let (mut func, mut pc, seg, mut base) = match self.gs[gi].frames.last() {
                Some(f) => (f.func as usize, f.pc as usize, f.seg as usize, f.base as usize),
                None => return Flow::Dead,
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
                () => {{
                    if !slots.is_empty() {
                        self.gs[gi].stack.segs[seg].slots = std::mem::take(&mut slots);
                    }
                    self.gs[gi].frames.last_mut().expect("frame").pc = pc as u32
                }};
            }
            macro_rules! load {
                () => {{
                    if slots.is_empty() {
                        slots = std::mem::take(&mut self.gs[gi].stack.segs[seg].slots);
                    }
                }};
            }
            macro_rules! next {
                ($e:expr) => {
                    match $e {
                        Next::Reload => continue 'frames,
                        Next::Leave(f) => return f,
                    }
                };
            }
            macro_rules! rterr {
                ($e:expr) => {{
                    let e = $e;
                    save!();
                    let v = self.rt_error(e);
                    next!(self.gopanic(gi, v))
                }};
            }
            macro_rules! block {
                ($reason:expr) => {{
                    // gopark: the operation queued the goroutine (or it
                    // waits forever); its pc stays on the instruction, which
                    // the partner that completes it moves past.
                    pc -= 1;
                    save!();
                    self.gs[gi].waitreason = $reason;
                    return Flow::Block;
                }};
            }
            // A taken branch; backward ones spend the preemption budget,
            // and run the loop in `intloop` when its whole body is simple
            // integer code.
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
                        return self.preempt();
                    }
                    if crate::heap::copies_due() && self.heap_over() {
                        pc = $t;
                        save!();
                        return self.preempt_spent(budget);
                    }
                }};
            }
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
            // Fast call (Go's prologue when the frame fits above stackguard):
            // push the callee's frame here, in this segment, move the
            // arguments from R[args..], and carry on with the callee's code.
            // Falls through (to the general path) when the frame does not
            // fit, a hook is watching, or the caller is not on the top
            // segment.
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
            macro_rules! fast_call {
                ($f:expr, $callee:expr, $closure:expr, $args:expr, $b:expr) => {{
                    let callee: &bytecode::FuncProto = $callee;
                    if self.hook.is_none() {
                        let g = &mut self.gs[gi];
                        let fr = g.frames.last_mut().expect("frame");
                        let size = callee.frame_size as u64;
                        let cur_sp = fr.sp;
                        if seg + 1 == g.stack.segs.len() && cur_sp >= size && cur_sp - size >= g.stack.segs[seg].stackguard() {
                            fr.pc = pc as u32;
                            let nb = base + prog.funcs[func].nslots as usize;
                            let need = nb + callee.nslots as usize;
                            if slots.len() < need {
                                slots.resize(need, Value::Nil);
                            }
                            let np = callee.nparams as usize;
                            let from = base + $args;
                            for i in 0..np {
                                slots[nb + i] = std::mem::take(&mut slots[from + i]);
                            }
                            if self.fn_flags[$f as usize] & crate::vm::FN_ZERO_RESULTS != 0 {
                                for (i, &t) in callee.result_types.iter().enumerate() {
                                    let z = self.result_zero(t);
                                    slots[nb + np + i] = if callee.boxed_results.get(i).copied().unwrap_or(false) {
                                        crate::vm::new_cell(&mut self.cell_pool, z)
                                    } else {
                                        z
                                    };
                                }
                            }
                            let open = callee.open_defers as usize;
                            self.gs[gi].frames.push(Frame {
                                func: $f,
                                pc: 0,
                                seg: seg as u32,
                                base: nb as u32,
                                sp: cur_sp - size,
                                fp: cur_sp,
                                closure: $closure,
                                ret: RetTo::Caller { base: $b },
                                defer_bits: 0,
                                open_slots: crate::vm::take_open_slots(&mut self.open_slot_pool, open),
                                returning: false,
                                recovered_at: None,
                            });
                            switch_frame!($f as usize, &callee.code[..], nb, 0);
                            if budget == 0 {
                                save!();
                                return self.preempt();
                            }
                            continue;
                        }
                    }
                }};
            }
            loop {
                if STEP && self.step_hook {
                    // A hook with step marks is called only where they say
                    // (statement starts); the others mark the state dirty.
                    let m =
                        self.step_marks.get(func).map_or(crate::hook::MARK_STEP, |t| t.get(pc).copied().unwrap_or(crate::hook::MARK_STEP));
                    if m & crate::hook::MARK_STEP != 0 {
                        // The hook's short way first (`Hook::step_quick`):
                        // most statement steps of a recorded loop need only
                        // the registers held here, so the frame is saved and
                        // reloaded, and `hook_step` run, only when the hook
                        // asks for the machine. A pending exit goes the long
                        // way (`hook_step` takes it).
                        let g = &self.gs[gi];
                        let quick = match (&mut self.hook, g.frames.last(), self.hook_exit) {
                            (Some(h), Some(frame), None) => h.step_quick(&crate::hook::QuickStep {
                                gi,
                                depth: g.frames.len(),
                                frame,
                                pc: pc as u32,
                                prev: self.step_prev,
                                dirty: self.step_dirty,
                                regs: &slots[base..],
                            }),
                            _ => false,
                        };
                        if !quick {
                            save!();
                            if let Some(c) = self.hook_step(gi) {
                                return Flow::Exit(c);
                            }
                            load!();
                        }
                    }
                    if m & crate::hook::MARK_DIRTY != 0 {
                        self.step_dirty = true;
                    }
                    self.step_prev = pc as u32;
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
                            r!(dst) = v
                        }
                    }
                    Op::CopyVal { dst, src } => r!(dst) = r!(src).copy_val(),
                    Op::LoadConst { dst, k } => {
                        r!(dst) = match &prog.consts[k as usize] {
                            Const::Int(i) => Value::Int(*i),
                            Const::Float(f) => Value::Float(*f),
                            Const::Complex(a, b) => Value::Complex(*a, *b),
                            Const::Str(s) => Value::Str(self.const_str(k, s)),
                        }
                    }
                    Op::LoadNil { dst } => r!(dst) = Value::Nil,
                    Op::LoadZero { dst, ty } => {
                        if let Some(bytes) = self.zero_exceeds_heap(ty) {
                            return Flow::Exit(self.throw_alloc(gi, bytes));
                        }
                        r!(dst) = self.zero(ty)
                    }
                    Op::LoadGlobal { dst, g } => r!(dst) = self.globals[g as usize].clone(),
                    Op::StoreGlobal { g, src } => {
                        let v = r!(src).clone();
                        assign(&mut self.globals[g as usize], v)
                    }
                    Op::AddrGlobal { dst, g } => {
                        r!(dst) = match &self.globals[g as usize] {
                            Value::Agg(a) => Value::Pointer(Pointer::Agg(a.clone())),
                            Value::Bytes(b) if b.is_array() => b.arr.pointer(),
                            _ => Value::Pointer(Pointer::Global(g)),
                        }
                    }
                    Op::NewCell { dst, ty } => {
                        if let Some(bytes) = self.zero_exceeds_heap(ty) {
                            return Flow::Exit(self.throw_alloc(gi, bytes));
                        }
                        r!(dst) = Value::Cell(CellObj::new(self.zero(ty)))
                    }
                    Op::LoadCell { dst, cell } => {
                        let v = match &r!(cell) {
                            Value::Cell(c) => c.borrow().clone(),
                            v => v.clone(),
                        };
                        r!(dst) = v;
                    }
                    Op::StoreCell { cell, src } => {
                        let v = r!(src).clone();
                        if let Value::Cell(c) = &r!(cell) {
                            *c.borrow_mut() = v;
                        }
                    }
                    Op::LoadFunc { dst, func } => r!(dst) = Value::Func(Rc::new(Closure::of_func(func))),
                    Op::AddrOf { dst, src } => {
                        r!(dst) = match r!(src).clone() {
                            Value::Agg(a) => Value::Pointer(Pointer::Agg(a)),
                            Value::Bytes(b) if b.is_array() => b.arr.pointer(),
                            Value::Cell(c) => Value::Pointer(Pointer::Cell(c)),
                            v => Value::Pointer(Pointer::Cell(CellObj::new(v))),
                        }
                    }
                    Op::BindMethod { dst, func, recv } => {
                        let rv = r!(recv).clone();
                        let native = if func & NATIVE_BIT != 0 { Some((func & !NATIVE_BIT) as u16) } else { None };
                        let mut c = Closure::with_caps(if native.is_some() { 0 } else { func }, Caps::new(), Some(rv));
                        c.native = native;
                        r!(dst) = Value::Func(c.into_ref())
                    }
                    Op::BindIfaceMethod { dst, recv, name } => {
                        let (ty, val) = match r!(recv).clone() {
                            Value::Iface(i) => (i.ty, i.val.clone()),
                            _ => rterr!(RtErr::NilDeref),
                        };
                        let Some((f, deref)) = self.find_method(ty, name) else { rterr!(RtErr::NilDeref) };
                        let val = if deref {
                            match self.load_ptr(&val) {
                                Some(v) => v.copy_val(),
                                None => rterr!(RtErr::NilDeref),
                            }
                        } else {
                            val
                        };
                        let native = if f & NATIVE_BIT != 0 { Some((f & !NATIVE_BIT) as u16) } else { None };
                        let mut c = Closure::with_caps(if native.is_some() { 0 } else { f }, Caps::new(), Some(val));
                        c.native = native;
                        r!(dst) = Value::Func(c.into_ref())
                    }
                    Op::LoadNative { dst, native } => r!(dst) = Value::Func(Rc::new(Closure::of_native(native))),
                    Op::MakeClosure { dst, func, caps, n } => {
                        // Pooled closures are unique and emptied.
                        let v = match self.closure_pool.pop().and_then(|mut rc| Rc::get_mut(&mut rc).is_some().then_some(rc)) {
                            Some(mut rc) => {
                                if let Some(m) = Rc::get_mut(&mut rc) {
                                    m.func = func;
                                    // A new closure object to the program.
                                    m.addr.set(crate::heap::vaddr(8 + 8 * n as u64));
                                    for i in 0..n {
                                        m.caps.push(r!(caps + i).clone());
                                    }
                                }
                                if crate::gc::func_needs_tracking(&rc) {
                                    crate::gc::track_func(&rc);
                                }
                                rc
                            }
                            None => {
                                let c: Caps = (0..n).map(|i| r!(caps + i).clone()).collect();
                                Closure::with_caps(func, c, None).into_ref()
                            }
                        };
                        r!(dst) = Value::Func(v)
                    }
                    Op::LoadCapCell { dst, idx } => {
                        let v = match self.capture(gi, idx) {
                            Some(Value::Cell(c)) => c.borrow().clone(),
                            v => v.cloned().unwrap_or_default(),
                        };
                        r!(dst) = v;
                    }
                    Op::StoreCapCell { idx, src } => {
                        let v = r!(src).clone();
                        if let Some(Value::Cell(c)) = self.capture(gi, idx) {
                            *c.borrow_mut() = v;
                        }
                    }
                    Op::LoadCapture { dst, idx } => {
                        let v = self.capture(gi, idx).cloned().unwrap_or_default();
                        r!(dst) = v;
                    }
                    Op::DivInt { dst, a, b } => {
                        let y = r!(b).as_int();
                        if y == 0 {
                            rterr!(RtErr::DivideByZero)
                        }
                        r!(dst) = Value::Int(r!(a).as_int().wrapping_div(y))
                    }
                    Op::RemInt { dst, a, b } => {
                        let y = r!(b).as_int();
                        if y == 0 {
                            rterr!(RtErr::DivideByZero)
                        }
                        r!(dst) = Value::Int(r!(a).as_int().wrapping_rem(y))
                    }
                    Op::DivUint { dst, a, b } => {
                        let y = r!(b).as_int() as u64;
                        if y == 0 {
                            rterr!(RtErr::DivideByZero)
                        }
                        r!(dst) = Value::Int(((r!(a).as_int() as u64) / y) as i64)
                    }
                    Op::RemUint { dst, a, b } => {
                        let y = r!(b).as_int() as u64;
                        if y == 0 {
                            rterr!(RtErr::DivideByZero)
                        }
                        r!(dst) = Value::Int(((r!(a).as_int() as u64) % y) as i64)
                    }
                    Op::IntBit { op, dst, a, b, unsigned, bits } => {
                        let x = r!(a).as_int();
                        let y = r!(b).as_int();
                        let v = match op {
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
                        };
                        wint!(dst, v)
                    }
                    Op::NotBits { dst, a } => r!(dst) = Value::Int(!r!(a).as_int()),
                    Op::Wrap { dst, bits, signed } => {
                        let x = r!(dst).as_int();
                        r!(dst) = Value::Int(wrap(x, bits, signed))
                    }
                    Op::CmpInt { op, dst, a, b, unsigned: true } => {
                        let (x, y) = (r!(a).as_int() as u64, r!(b).as_int() as u64);
                        wbool!(dst, cmp(op, &x, &y))
                    }
                    Op::ArithFloat { op, dst, a, b, f32 } => {
                        let (x, y) = (r!(a).as_float(), r!(b).as_float());
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
                        r!(dst) = Value::Float(v)
                    }
                    Op::CmpFloat { op, dst, a, b } => {
                        let (x, y) = (r!(a).as_float(), r!(b).as_float());
                        r!(dst) = Value::Bool(cmp_f(op, x, y))
                    }
                    Op::NegFloat { dst, a } => r!(dst) = Value::Float(-r!(a).as_float()),
                    Op::ArithComplex { op, dst, a, b, f32 } => {
                        let (x, y) = (complex_of(&r!(a)), complex_of(&r!(b)));
                        r!(dst) = match op {
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
                    Op::Concat { dst, a, b } => {
                        let v = {
                            let (x, y) = (r!(a).str_bytes(), r!(b).str_bytes());
                            if x.len() + y.len() > 1 << 20 && !self.heap_fits((x.len() + y.len()) as u64) {
                                let bytes = (x.len() + y.len()) as u64;
                                save!();
                                return Flow::Exit(self.throw_alloc(gi, bytes));
                            }
                            Value::Str(GoStr::concat(x, y))
                        };
                        r!(dst) = v
                    }
                    Op::CmpStr { op, dst, a, b } => {
                        let v = cmp(op, r!(a).str_bytes(), r!(b).str_bytes());
                        r!(dst) = Value::Bool(v)
                    }
                    Op::Equal { dst, a, b, ne } => match equal(&r!(a), &r!(b), &self.prog.types) {
                        Ok(_) if crate::hoststack::take_overflow() => {
                            save!();
                            return self.stack_overflow(gi);
                        }
                        Ok(v) => r!(dst) = Value::Bool(v != ne),
                        Err(t) => rterr!(RtErr::Uncomparable(t)),
                    },
                    Op::Conv { dst, src, kind } => {
                        let v = self.convert(&r!(src), kind);
                        r!(dst) = v
                    }
                    // (Not jump!: an unconditional jump never enters intloop.)
                    Op::Jump { target } => {
                        if (target as usize) < pc {
                            backward!(target as usize);
                        }
                        pc = target as usize
                    }
                    Op::Call { func: f, base: b } => {
                        budget = budget.saturating_sub(1);
                        let callee = &prog.funcs[f as usize];
                        fast_call!(f, callee, None, b as usize, b);
                        let np = callee.nparams as usize;
                        let args: smallvec::SmallVec<[Value; 8]> = (0..np).map(|i| std::mem::take(&mut r!(b as usize + i))).collect();
                        save!();
                        if !self.push_frame(gi, f, None, &args, RetTo::Caller { base: b }) {
                            return self.stack_overflow(gi);
                        }
                        if budget == 0 {
                            return self.preempt();
                        }
                        continue 'frames;
                    }
                    Op::CallValue { callee, base: b, .. } => {
                        // Every call spends the budget (Go's preemption check
                        // in the prologue), so recursion through func values
                        // is preempted and bounded by --max-steps too.
                        budget = budget.saturating_sub(1);
                        let f = r!(callee).clone();
                        let c = match f {
                            Value::Func(c) => c,
                            _ => rterr!(RtErr::NilDeref),
                        };
                        if c.native.is_none() && c.recv.is_none() {
                            let fi = c.func;
                            fast_call!(fi, &prog.funcs[fi as usize], Some(c.clone()), b as usize + 1, b);
                        }
                        let nargs = if let Some(n) = c.native {
                            crate::natives::native_arity(self, n, &r!(b)).saturating_sub(c.recv.is_some() as usize)
                        } else {
                            prog.funcs[c.func as usize].nparams as usize - c.recv.is_some() as usize
                        };
                        let args: Vec<Value> = (0..nargs).map(|i| r!(b as usize + 1 + i).clone()).collect();
                        let call = DeferredCall { func: DeferFn::Closure(c), args };
                        save!();
                        next!(self.start_call(gi, &call, RetTo::Caller { base: b }))
                    }
                    Op::CallIface { base: b, name, .. } => {
                        budget = budget.saturating_sub(1);
                        let recv = r!(b).clone();
                        let (ty, val) = match &recv {
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
                            let n = (f & !NATIVE_BIT) as u16;
                            let arity = crate::natives::native_arity(self, n, &val).max(1);
                            let mut args = vec![val];
                            for i in 1..arity {
                                args.push(r!(b as usize + i).clone());
                            }
                            save!();
                            let out = self.call_native(n, gi, &args);
                            next!(self.native_out(gi, out, b))
                        }
                        // The receiver replaces the interface value in R[b]
                        // (results land there anyway), so the arguments are
                        // consecutive slots for the fast call.
                        r!(b) = val;
                        fast_call!(f, &prog.funcs[f as usize], None, b as usize, b);
                        let np = prog.funcs[f as usize].nparams as usize;
                        let args: smallvec::SmallVec<[Value; 8]> = (0..np).map(|i| std::mem::take(&mut r!(b as usize + i))).collect();
                        save!();
                        if !self.push_frame(gi, f, None, &args, RetTo::Caller { base: b }) {
                            return self.stack_overflow(gi);
                        }
                        continue 'frames;
                    }
                    Op::CallNative { native, base: b, nargs } => {
                        // The argument slots are the call's temporaries (a guest
                        // call moves them too): move them out instead of cloning.
                        let args: smallvec::SmallVec<[Value; 4]> =
                            (0..nargs as usize).map(|i| std::mem::take(&mut r!(b as usize + i))).collect();
                        save!();
                        let out = self.call_native(native, gi, &args);
                        match out {
                            NativeOut::Ret(vals) => {
                                load!();
                                for (i, v) in vals.into_iter().enumerate() {
                                    r!(b as usize + i) = v;
                                }
                                if self.native_used_budget(budget) {
                                    save!();
                                    return self.preempt_spent(budget);
                                }
                            }
                            NativeOut::Block(reason) => {
                                // The call is retried when the goroutine runs again.
                                load!();
                                for (i, v) in args.into_iter().enumerate() {
                                    r!(b as usize + i) = v;
                                }
                                block!(reason)
                            }
                            out => next!(self.native_out(gi, out, b)),
                        }
                    }
                    Op::Return => {
                        // Fast paths (no hook, top segment, caller in it):
                        // deferreturn of an open-coded deferred closure as an
                        // inline frame, and the epilogue of a frame with no
                        // deferred calls left. Anything else: `op_return`.
                        let proto = &prog.funcs[func];
                        // The common case first: no defers, no boxed results,
                        // an ordinary caller.
                        if self.hook.is_none() && self.fn_flags[func] & crate::vm::FN_PLAIN_RETURN != 0 {
                            let g = &mut self.gs[gi];
                            let n = g.frames.len();
                            if n >= 2 && seg + 1 == g.stack.segs.len() {
                                if let RetTo::Caller { base: rb } = g.frames[n - 1].ret {
                                    let c = &g.frames[n - 2];
                                    if c.seg as usize == seg {
                                        let (cfunc, cbase, cpc) = (c.func as usize, c.base as usize, c.pc as usize);
                                        let np = proto.nparams as usize;
                                        for i in 0..proto.nresults as usize {
                                            slots[cbase + rb as usize + i] = std::mem::take(&mut slots[base + np + i]);
                                        }
                                        g.frames.pop();
                                        switch_frame!(cfunc, &prog.funcs[cfunc].code[..], cbase, cpc);
                                        continue;
                                    }
                                }
                            }
                        }
                        if self.hook.is_none() && seg + 1 == self.gs[gi].stack.segs.len() {
                            let g = &mut self.gs[gi];
                            let n = g.frames.len();
                            let fr = &mut g.frames[n - 1];
                            if fr.defer_bits != 0 {
                                // The newest open-coded defer (pop_defer_of's choice).
                                let i = 7 - fr.defer_bits.leading_zeros() as usize;
                                let call = fr.open_slots.get_mut(i).and_then(Option::take);
                                let fits = match &call {
                                    Some(DeferredCall { func: DeferFn::Closure(c), args }) if c.native.is_none() && c.recv.is_none() => {
                                        let callee = &prog.funcs[c.func as usize];
                                        let size = callee.frame_size as u64;
                                        args.len() <= callee.nslots as usize
                                            && fr.sp >= size
                                            && fr.sp - size >= g.stack.segs[seg].stackguard()
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
                                            slots.resize(need, Value::Nil);
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
                                                crate::vm::new_cell(&mut self.cell_pool, z)
                                            } else {
                                                z
                                            };
                                        }
                                        let open_slots = crate::vm::take_open_slots(&mut self.open_slot_pool, callee.open_defers as usize);
                                        self.gs[gi].frames.push(Frame {
                                            func: cf,
                                            pc: 0,
                                            seg: seg as u32,
                                            base: nb as u32,
                                            sp: cur_sp - callee.frame_size as u64,
                                            fp: cur_sp,
                                            closure: Some(c),
                                            ret: RetTo::DeferReturn,
                                            defer_bits: 0,
                                            open_slots,
                                            returning: false,
                                            recovered_at: None,
                                        });
                                        switch_frame!(cf as usize, &callee.code[..], nb, 0);
                                        continue;
                                    }
                                    call => {
                                        if let Some(s) = fr.open_slots.get_mut(i) {
                                            *s = call;
                                        }
                                    }
                                }
                            } else if n >= 2
                                && g.frames[n - 2].seg as usize == seg
                                && !(proto.defer_kind != DeferKind::None && g.defers.last().is_some_and(|d| d.sp == g.frames[n - 1].sp))
                            {
                                // The epilogue (ret_frame): results to the
                                // caller (heap cells of captured results are
                                // read out), or dropped after a deferred call.
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
                                                (Value::Cell(c), Some(true)) => crate::vm::read_result_cell(&mut self.cell_pool, c),
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
                                    _ => {
                                        save!();
                                        next!(self.op_return(gi))
                                    }
                                }
                                let mut f = g.frames.pop().expect("frame");
                                if f.open_slots.capacity() > 0 {
                                    crate::vm::recycle_open_slots(&mut self.open_slot_pool, std::mem::take(&mut f.open_slots));
                                }
                                if let Some(c) = f.closure.take() {
                                    crate::vm::recycle_closure(&mut self.closure_pool, c);
                                }
                                switch_frame!(cfunc, &prog.funcs[cfunc].code[..], cbase, cpc);
                                continue;
                            }
                        }
                        save!();
                        next!(self.op_return(gi))
                    }
                    Op::Defer { func: f, base: b, nargs, slot } => {
                        // Open-coded defer of a closure with no arguments and
                        // no hook: deferproc's store-then-set-bit, inline.
                        if nargs == 0 && self.hook.is_none() {
                            if let (Value::Func(c), Some(i)) = (&r!(f), defer_slot_kind(slot)) {
                                let c = c.clone();
                                let fr = self.gs[gi].frames.last_mut().expect("frame");
                                if let Some(s) = fr.open_slots.get_mut(i) {
                                    *s = Some(DeferredCall { func: DeferFn::Closure(c), args: Vec::new() });
                                    fr.defer_bits |= 1 << i;
                                    continue;
                                }
                            }
                        }
                        let fv = r!(f).clone();
                        let args: Vec<Value> = (0..nargs as usize).map(|i| r!(b as usize + i).clone()).collect();
                        let call = DeferredCall {
                            func: match fv {
                                Value::Func(c) => DeferFn::Closure(c),
                                _ => DeferFn::Nil,
                            },
                            args,
                        };
                        save!();
                        self.deferproc(gi, call, slot);
                        load!();
                    }
                    Op::LoadFrameSp { dst } => {
                        let sp = self.gs[gi].frames.last().map(|f| f.sp).unwrap_or(0);
                        r!(dst) = Value::Int(sp as i64);
                    }
                    Op::DeferAt { func: f, base: b, nargs, sp } => {
                        let fv = r!(f).clone();
                        let args: Vec<Value> = (0..nargs as usize).map(|i| r!(b as usize + i).clone()).collect();
                        let target = r!(sp).as_int() as u64;
                        save!();
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
                        load!();
                    }
                    Op::DeferNative { native, base: b, nargs, slot } => {
                        let args: Vec<Value> = (0..nargs as usize).map(|i| r!(b as usize + i).clone()).collect();
                        save!();
                        self.deferproc(gi, DeferredCall { func: DeferFn::Native(native), args }, slot);
                        load!();
                    }
                    Op::Go { func: f, base: b, nargs } => {
                        let fv = r!(f).clone();
                        let args: Vec<Value> = (0..nargs as usize).map(|i| r!(b as usize + i).clone()).collect();
                        save!();
                        let c = match fv {
                            Value::Func(c) => c,
                            _ => {
                                let v = self.rt_error(RtErr::GoNilFunc);
                                next!(self.gopanic(gi, v))
                            }
                        };
                        if let Some(code) = self.op_go(gi, DeferredCall { func: DeferFn::Closure(c), args }, pc) {
                            return Flow::Exit(code);
                        }
                        load!();
                    }
                    Op::GoNative { native, base: b, nargs } => {
                        let args: Vec<Value> = (0..nargs as usize).map(|i| r!(b as usize + i).clone()).collect();
                        save!();
                        if let Some(code) = self.op_go(gi, DeferredCall { func: DeferFn::Native(native), args }, pc) {
                            return Flow::Exit(code);
                        }
                        load!();
                    }
                    Op::Panic { src } => {
                        let v = r!(src).clone();
                        save!();
                        next!(self.gopanic(gi, v))
                    }
                    Op::Recover { dst } => {
                        let v = self.gorecover(gi);
                        if self.hook.is_some() {
                            save!();
                            self.emit(gi, crate::hook::Event::Recover { accepted: !v.is_nil() });
                            load!();
                            if !STEP && self.step_hook {
                                r!(dst) = v;
                                save!();
                                continue 'frames;
                            }
                        }
                        r!(dst) = v
                    }
                    Op::New { dst, ty } => {
                        r!(dst) = match self.zero(ty) {
                            Value::Agg(a) => Value::Pointer(Pointer::Agg(a)),
                            Value::Bytes(b) if b.is_array() => b.arr.pointer(),
                            z => Value::Pointer(Pointer::Cell(CellObj::new(z))),
                        }
                    }
                    Op::GetField { dst, obj, idx } => {
                        let v = match &r!(obj) {
                            Value::Agg(a) | Value::Pointer(Pointer::Agg(a)) => a.borrow()[idx as usize].clone(),
                            Value::Pointer(p) => match self.load_ptr(&Value::Pointer(p.clone())) {
                                Some(Value::Agg(a)) => a.borrow()[idx as usize].clone(),
                                _ => rterr!(RtErr::NilDeref),
                            },
                            _ => rterr!(RtErr::NilDeref),
                        };
                        r!(dst) = v
                    }
                    Op::SetField { obj, idx, src } => {
                        let v = r!(src).clone();
                        match &r!(obj) {
                            Value::Agg(a) | Value::Pointer(Pointer::Agg(a)) => assign(&mut a.borrow_mut()[idx as usize], v),
                            _ => rterr!(RtErr::NilDeref),
                        }
                    }
                    Op::AddrField { dst, obj, idx } => {
                        let p = match &r!(obj) {
                            Value::Agg(a) | Value::Pointer(Pointer::Agg(a)) => match &a.borrow()[idx as usize] {
                                Value::Agg(inner) => Value::Pointer(Pointer::Agg(inner.clone())),
                                Value::Bytes(inner) if inner.is_array() => inner.arr.pointer(),
                                _ => Value::Pointer(Pointer::Elem(a.clone(), idx as u32)),
                            },
                            _ => rterr!(RtErr::NilDeref),
                        };
                        r!(dst) = p
                    }
                    Op::AddrIndex { dst, x, i } => {
                        let idx = r!(i).as_int();
                        let p = match &r!(x) {
                            Value::Slice(s) => {
                                if idx < 0 || idx >= s.len as i64 {
                                    rterr!(RtErr::Index(idx, s.len as i64))
                                }
                                let j = s.off as usize + idx as usize;
                                match &s.arr.borrow()[j] {
                                    Value::Agg(inner) => Value::Pointer(Pointer::Agg(inner.clone())),
                                    Value::Bytes(inner) if inner.is_array() => inner.arr.pointer(),
                                    _ => Value::Pointer(Pointer::Elem(s.arr.clone(), j as u32)),
                                }
                            }
                            Value::Bytes(s) => {
                                if idx < 0 || idx >= s.len as i64 {
                                    rterr!(RtErr::Index(idx, s.len as i64))
                                }
                                Value::Pointer(Pointer::Byte(s.arr.clone(), s.off + idx as u32))
                            }
                            Value::Agg(a) | Value::Pointer(Pointer::Agg(a)) => {
                                let n = a.borrow().len() as i64;
                                if idx < 0 || idx >= n {
                                    rterr!(RtErr::Index(idx, n))
                                }
                                match &a.borrow()[idx as usize] {
                                    Value::Agg(inner) => Value::Pointer(Pointer::Agg(inner.clone())),
                                    Value::Bytes(inner) if inner.is_array() => inner.arr.pointer(),
                                    _ => Value::Pointer(Pointer::Elem(a.clone(), idx as u32)),
                                }
                            }
                            _ => rterr!(RtErr::NilDeref),
                        };
                        r!(dst) = p
                    }
                    Op::Load { dst, ptr } => {
                        let v = match self.load_ptr(&r!(ptr)) {
                            Some(v) => v.copy_val(),
                            None => rterr!(RtErr::NilDeref),
                        };
                        r!(dst) = v
                    }
                    Op::Store { ptr, src } => {
                        let v = r!(src).clone();
                        let p = r!(ptr).clone();
                        if !self.store_ptr(&p, v) {
                            rterr!(RtErr::NilDeref)
                        }
                    }
                    Op::NilCheck { ptr } => {
                        if r!(ptr).is_nil() {
                            rterr!(RtErr::NilDeref)
                        }
                    }
                    Op::MakeSlice { dst, ty, len, cap } => {
                        let (n, c) = (r!(len).as_int(), r!(cap).as_int());
                        if n < 0 {
                            rterr!(RtErr::MakeSliceLen)
                        }
                        if c < n {
                            rterr!(RtErr::MakeSliceCap)
                        }
                        // Go's maxAlloc (2^48 bytes) → len out of range; beyond what
                        // the host can hold → Go's out-of-memory throw.
                        let esize = crate::layout::size_of(&prog.types, prog.types.elem(ty).unwrap_or(TypeId::INT)).max(1) as u128;
                        if (c as u128) * esize > (1u128 << 48) {
                            rterr!(if n as u128 * esize > (1u128 << 48) { RtErr::MakeSliceLen } else { RtErr::MakeSliceCap })
                        }
                        let et = prog.types.elem(ty).unwrap_or(TypeId::INT);
                        let byte_elem = crate::layout::byte_elem(&prog.types, et);
                        if !self.heap_fits(c as u64 * if byte_elem.is_some() { 1 } else { crate::heap::ELEM_BYTES }) {
                            save!();
                            let bytes = (c as u128 * esize).min(u64::MAX as u128) as u64;
                            return Flow::Exit(self.throw_alloc(gi, bytes));
                        }
                        if let Some(bools) = byte_elem {
                            r!(dst) =
                                Value::Bytes(Bytes { arr: ByteArr::new(bools, vec![0; c as usize]), off: 0, len: n as u32, cap: c as u32, kind: BytesKind::Slice });
                            continue;
                        }
                        let z = self.zero(et);
                        let arr: AggVec = (0..c).map(|_| z.copy_val()).collect();
                        r!(dst) = Value::Slice(Slice { arr: AggObj::new(arr), off: 0, len: n as u32, cap: c as u32 })
                    }
                    Op::AggLit { dst, base: b, n } => {
                        let v: AggVec = (0..n as usize).map(|i| r!(b as usize + i).clone()).collect();
                        r!(dst) = Value::Agg(AggObj::new(v));
                    }
                    Op::SliceLit { dst, ty, base: b, n } => {
                        if let Some(bools) = crate::layout::byte_elem(&prog.types, prog.types.elem(ty).unwrap_or(TypeId::INT)) {
                            let buf: Vec<u8> = (0..n as usize).map(|i| byte_of(&r!(b as usize + i))).collect();
                            r!(dst) = Value::Bytes(Bytes::from_vec(bools, buf));
                            continue;
                        }
                        let arr: AggVec = (0..n as usize).map(|i| r!(b as usize + i).clone()).collect();
                        r!(dst) = Value::Slice(Slice { arr: AggObj::new(arr), off: 0, len: n as u32, cap: n as u32 })
                    }
                    Op::Index { dst, x, i } => {
                        let idx = r!(i).as_int();
                        let v = match &r!(x) {
                            Value::Slice(s) => {
                                if idx < 0 || idx >= s.len as i64 {
                                    rterr!(RtErr::Index(idx, s.len as i64))
                                }
                                s.arr.borrow()[s.off as usize + idx as usize].clone()
                            }
                            Value::Bytes(s) => {
                                if idx < 0 || idx >= s.len as i64 {
                                    rterr!(RtErr::Index(idx, s.len as i64))
                                }
                                let b = s.arr.buf.borrow()[s.off as usize + idx as usize];
                                s.arr.elem(b)
                            }
                            Value::Str(s) => {
                                if idx < 0 || idx >= s.len() as i64 {
                                    rterr!(RtErr::Index(idx, s.len() as i64))
                                }
                                Value::Int(s[idx as usize] as i64)
                            }
                            Value::Agg(a) | Value::Pointer(Pointer::Agg(a)) => {
                                let n = a.borrow().len() as i64;
                                if idx < 0 || idx >= n {
                                    rterr!(RtErr::Index(idx, n))
                                }
                                a.borrow()[idx as usize].clone()
                            }
                            Value::Nil => rterr!(RtErr::Index(idx, 0)),
                            _ => rterr!(RtErr::NilDeref),
                        };
                        r!(dst) = v
                    }
                    Op::SetIndex { x, i, src } => {
                        let idx = r!(i).as_int();
                        if let Value::Bytes(s) = &r!(x) {
                            if idx < 0 || idx >= s.len as i64 {
                                rterr!(RtErr::Index(idx, s.len as i64))
                            }
                            s.arr.buf.borrow_mut()[s.off as usize + idx as usize] = byte_of(&r!(src));
                            continue;
                        }
                        let v = r!(src).clone();
                        match &r!(x) {
                            Value::Slice(s) => {
                                if idx < 0 || idx >= s.len as i64 {
                                    rterr!(RtErr::Index(idx, s.len as i64))
                                }
                                assign(&mut s.arr.borrow_mut()[s.off as usize + idx as usize], v);
                            }
                            Value::Agg(a) | Value::Pointer(Pointer::Agg(a)) => {
                                let n = a.borrow().len() as i64;
                                if idx < 0 || idx >= n {
                                    rterr!(RtErr::Index(idx, n))
                                }
                                assign(&mut a.borrow_mut()[idx as usize], v);
                            }
                            Value::Nil => rterr!(RtErr::Index(idx, 0)),
                            _ => rterr!(RtErr::NilDeref),
                        }
                    }
                    Op::SliceOf { dst, x, lo, hi, max } => {
                        let get = |r: u16| -> Option<i64> {
                            if r == u16::MAX {
                                None
                            } else {
                                Some(slots[base + r as usize].as_int())
                            }
                        };
                        let (l, h, m) = (get(lo), get(hi), get(max));
                        match self.slice_of(&r!(x), l, h, m) {
                            Ok(v) => r!(dst) = v,
                            Err(e) => rterr!(e),
                        }
                    }
                    Op::Len { dst, x } => {
                        let n = match &r!(x) {
                            Value::Slice(s) => s.len as i64,
                            Value::Bytes(s) => s.len as i64,
                            Value::Str(s) => s.len() as i64,
                            Value::Map(m) => m.borrow().live as i64,
                            Value::Agg(a) | Value::Pointer(Pointer::Agg(a)) => a.borrow().len() as i64,
                            Value::Chan(c) => c.borrow().buf.len() as i64,
                            _ => 0,
                        };
                        r!(dst) = Value::Int(n)
                    }
                    Op::Cap { dst, x } => {
                        let n = match &r!(x) {
                            Value::Slice(s) => s.cap as i64,
                            Value::Bytes(s) => s.cap as i64,
                            Value::Agg(a) | Value::Pointer(Pointer::Agg(a)) => a.borrow().len() as i64,
                            Value::Chan(c) => c.borrow().cap as i64,
                            _ => 0,
                        };
                        r!(dst) = Value::Int(n)
                    }
                    Op::Append { dst, s, base: b, n, ty } => {
                        if let Value::Bytes(bs) = &r!(s) {
                            // append(b, c): in place while it fits.
                            if n == 1 && bs.len < bs.cap {
                                let c = byte_of(&r!(b));
                                bs.arr.buf.borrow_mut()[(bs.off + bs.len) as usize] = c;
                                let v = Value::Bytes(Bytes { arr: bs.arr.clone(), off: bs.off, len: bs.len + 1, cap: bs.cap, kind: BytesKind::Slice });
                                r!(dst) = v;
                                continue;
                            }
                        }
                        if let Some(bytes) = self.append_exceeds_heap(&r!(s), n as usize) {
                            save!();
                            return Flow::Exit(self.throw_alloc(gi, bytes));
                        }
                        let vals: smallvec::SmallVec<[Value; 8]> = (0..n as usize).map(|i| r!(b as usize + i).clone()).collect();
                        let v = self.append(&r!(s), &vals, ty, 0);
                        r!(dst) = v
                    }
                    Op::AppendStack { dst, s, base: b, n, ty } => {
                        if let Some(bytes) = self.append_exceeds_heap(&r!(s), n as usize) {
                            save!();
                            return Flow::Exit(self.throw_alloc(gi, bytes));
                        }
                        let vals: smallvec::SmallVec<[Value; 8]> = (0..n as usize).map(|i| r!(b as usize + i).clone()).collect();
                        let v = self.append(&r!(s), &vals, ty, 32);
                        r!(dst) = v
                    }
                    Op::AppendSlice { dst, s, other, ty } => {
                        let extra = match &r!(other) {
                            Value::Str(st) => st.len(),
                            o => o.slice_len_cap().0 as usize,
                        };
                        if let Some(bytes) = self.append_exceeds_heap(&r!(s), extra) {
                            save!();
                            return Flow::Exit(self.throw_alloc(gi, bytes));
                        }
                        let v = self.append_slice(&r!(s), &r!(other), ty);
                        r!(dst) = v
                    }
                    Op::CopySlice { dst, a, b } => {
                        let n = copy_slice(&r!(a), &r!(b));
                        r!(dst) = Value::Int(n as i64)
                    }
                    Op::MakeMap { dst, ty } => r!(dst) = Value::Map(MapObj::new_ref(ty)),
                    Op::MapGet { dst, m, k, ok, assign } => {
                        if let Some(t) = key_error(&r!(k), &self.prog.types) {
                            rterr!(RtErr::Unhashable(t, !assign && map_is_empty(&r!(m))))
                        }
                        let h = match hash_key(&r!(k)) {
                            Ok(_) if crate::hoststack::take_overflow() => {
                                save!();
                                return self.stack_overflow(gi);
                            }
                            Ok(h) => h,
                            Err(Unhashable) => rterr!(RtErr::Unhashable(dyn_type(&r!(k)), false)),
                        };
                        let (v, found) = match &r!(m) {
                            Value::Map(mm) => {
                                let mm = mm.borrow();
                                match mm.get(h, &r!(k)) {
                                    Some(v) => (Some(v.clone()), true),
                                    None => (None, false),
                                }
                            }
                            _ => (None, false),
                        };
                        let v = match v {
                            Some(v) => v,
                            None => {
                                let mt = match &r!(m) {
                                    Value::Map(mm) => mm.borrow().ty,
                                    _ => TypeId::VOID,
                                };
                                self.map_zero(mt, m, gi, seg, base)
                            }
                        };
                        r!(dst) = v;
                        if ok {
                            r!(dst + 1) = Value::Bool(found);
                        }
                    }
                    Op::MapSet { m, k, src } => {
                        if let Some(t) = key_error(&r!(k), &self.prog.types) {
                            rterr!(RtErr::Unhashable(t, false))
                        }
                        let h = match hash_key(&r!(k)) {
                            Ok(_) if crate::hoststack::take_overflow() => {
                                save!();
                                return self.stack_overflow(gi);
                            }
                            Ok(h) => h,
                            Err(Unhashable) => rterr!(RtErr::Unhashable(dyn_type(&r!(k)), false)),
                        };
                        let kv = r!(k).clone();
                        let v = r!(src).clone();
                        match &r!(m) {
                            Value::Map(mm) => mm.borrow_mut().insert(h, kv, v),
                            _ => rterr!(RtErr::NilMapWrite),
                        }
                    }
                    Op::MapDelete { m, k } => {
                        if let Some(t) = key_error(&r!(k), &self.prog.types) {
                            rterr!(RtErr::Unhashable(t, map_is_empty(&r!(m))))
                        }
                        if let Ok(h) = hash_key(&r!(k)) {
                            if let Value::Map(mm) = &r!(m) {
                                mm.borrow_mut().remove(h, &r!(k));
                            }
                        }
                    }
                    Op::Clear { x } => match &r!(x) {
                        Value::Map(mm) => mm.borrow_mut().clear(),
                        Value::Slice(s) => {
                            let mut arr = s.arr.borrow_mut();
                            for i in s.off..s.off + s.len {
                                let z = zero_like(&arr[i as usize]);
                                arr[i as usize] = z;
                            }
                        }
                        Value::Bytes(s) => s.arr.buf.borrow_mut()[s.off as usize..(s.off + s.len) as usize].fill(0),
                        _ => {}
                    },
                    Op::RangeInit { dst, x } => {
                        let it = match &r!(x) {
                            Value::Map(m) => {
                                let span = {
                                    let mut mo = m.borrow_mut();
                                    mo.iters += 1;
                                    mo.entries.len()
                                };
                                Iter::Map { m: m.clone(), pos: 0, start: self.mapiter_start(span), span }
                            }
                            Value::Str(s) => Iter::Str { s: s.clone(), pos: 0 },
                            Value::Int(n) => Iter::Int { n: *n, i: 0 },
                            _ => Iter::Int { n: 0, i: 0 },
                        };
                        r!(dst) = Value::Iter(Rc::new(RefCell::new(it)))
                    }
                    Op::RangeNext { it, key, val, target } => {
                        let next = match &r!(it) {
                            Value::Iter(it) => range_next(&mut it.borrow_mut()),
                            _ => None,
                        };
                        match next {
                            Some((k, v)) => {
                                r!(key) = k;
                                r!(val) = v;
                            }
                            None => jump!(target),
                        }
                    }
                    Op::IfaceConst { dst, k, ty } => {
                        let v = match self.iface_consts.get(&(k, ty)) {
                            Some(v) => v.clone(),
                            None => {
                                let val = match &prog.consts[k as usize] {
                                    Const::Int(i) if prog.types.is_boolean(ty) => Value::Bool(*i != 0),
                                    Const::Int(i) => Value::Int(*i),
                                    Const::Float(f) => Value::Float(*f),
                                    Const::Complex(a, b) => Value::Complex(*a, *b),
                                    Const::Str(s) => Value::Str(GoStr::new(s)),
                                };
                                let v = Value::Iface(Rc::new(Iface::new(ty, val)));
                                self.iface_consts.insert((k, ty), v.clone());
                                v
                            }
                        };
                        r!(dst) = v
                    }
                    Op::ToIface { dst, src, ty } => {
                        let v = r!(src).clone();
                        r!(dst) = match v {
                            Value::Iface(_) => v,
                            v => Value::Iface(Iface::new_ref(ty, v)),
                        }
                    }
                    Op::ToIfaceStatic { dst, src, ty } => {
                        let site = ((func as u64) << 32) | pc as u64;
                        let v = self.iface_static(ty, &r!(src), site);
                        r!(dst) = v
                    }
                    Op::TypeAssert { dst, src, ty, ok, iface_ty } => {
                        let (matches, inner) = match &r!(src) {
                            Value::Iface(i) if i.ty == ty => (true, i.val.clone()),
                            _ => (false, Value::Nil),
                        };
                        if ok {
                            r!(dst) = if matches { inner } else { self.zero(ty) };
                            r!(dst + 1) = Value::Bool(matches);
                        } else if matches {
                            r!(dst) = inner;
                        } else {
                            let dynt = match &r!(src) {
                                Value::Iface(i) => Some(i.ty),
                                _ => None,
                            };
                            rterr!(RtErr::TypeAssert { iface: iface_ty, dynamic: dynt, want: ty, missing: None })
                        }
                    }
                    Op::AssertIface { dst, src, ty, ok, iface_ty } => {
                        let v = r!(src).clone();
                        let (good, missing) = match &v {
                            Value::Iface(i) => match self.implements(i.ty, ty) {
                                None => (true, None),
                                Some(m) => (false, Some(m)),
                            },
                            _ => (false, None),
                        };
                        if ok {
                            r!(dst) = if good { v } else { Value::Nil };
                            r!(dst + 1) = Value::Bool(good);
                        } else if good {
                            r!(dst) = v;
                        } else {
                            let dynt = match &v {
                                Value::Iface(i) => Some(i.ty),
                                _ => None,
                            };
                            rterr!(RtErr::TypeAssert { iface: iface_ty, dynamic: dynt, want: ty, missing })
                        }
                    }
                    Op::IsType { dst, src, ty } => {
                        let m = match &r!(src) {
                            Value::Iface(i) => i.ty == ty,
                            Value::Nil => ty == TypeId::UNTYPED_NIL,
                            _ => false,
                        };
                        r!(dst) = Value::Bool(m)
                    }
                    Op::Implements { dst, src, ty } => {
                        let m = match &r!(src) {
                            Value::Iface(i) => self.implements(i.ty, ty).is_none(),
                            _ => false,
                        };
                        r!(dst) = Value::Bool(m)
                    }
                    Op::IfaceData { dst, src } => {
                        let v = match &r!(src) {
                            Value::Iface(i) => i.val.clone(),
                            v => v.clone(),
                        };
                        r!(dst) = v
                    }
                    Op::MakeChan { dst, ty, size } => {
                        let n = r!(size).as_int();
                        let et = prog.types.elem(ty).unwrap_or(TypeId::INT);
                        // makechan: a buffer past maxAlloc is out of range;
                        // one that cannot fit the heap is mallocgc's throw
                        // (Go allocates the buffer at once; here it grows as
                        // it fills, but the request is Go's).
                        let mem = (n.max(0) as u128) * crate::layout::size_of(&prog.types, et) as u128;
                        if n < 0 || mem > (1u128 << 48) - 96 {
                            rterr!(RtErr::MakeChanSize)
                        }
                        if !self.heap_fits(mem as u64) {
                            save!();
                            return Flow::Exit(self.throw_alloc(gi, 96 + mem as u64));
                        }
                        let ez = self.zero(et);
                        let c = Rc::new(RefCell::new(Chan {
                            addr: crate::heap::vaddr(96),
                            cap: n as usize,
                            elem_zero: ez,
                            ..Default::default()
                        }));
                        crate::gc::track_chan(&c);
                        r!(dst) = Value::Chan(c)
                    }
                    Op::Send { ch, src } => {
                        let c = match &r!(ch) {
                            Value::Chan(c) => c.clone(),
                            _ => block!("chan send (nil chan)"),
                        };
                        if c.borrow().closed {
                            rterr!(RtErr::SendClosed)
                        }
                        let v = r!(src).clone();
                        if let ChanOp::Parked = self.chansend(gi, &c, v, true) {
                            block!("chan send")
                        }
                    }
                    Op::Recv { dst, ch, ok } => {
                        let c = match &r!(ch) {
                            Value::Chan(c) => c.clone(),
                            _ => block!("chan receive (nil chan)"),
                        };
                        let elem = Elem { seg: seg as u32, slot: (base + dst as usize) as u32, ok };
                        match self.chanrecv(gi, &c, elem, true) {
                            ChanOp::Done(v, received) => {
                                r!(dst) = v;
                                if ok {
                                    r!(dst + 1) = Value::Bool(received);
                                }
                            }
                            _ => block!("chan receive"),
                        }
                    }
                    Op::Close { ch } => {
                        let c = match &r!(ch) {
                            Value::Chan(c) => c.clone(),
                            _ => rterr!(RtErr::CloseNil),
                        };
                        if c.borrow().closed {
                            rterr!(RtErr::CloseClosed)
                        }
                        self.closechan(&c);
                    }
                    Op::Select { dst, base: b, n, has_default } => {
                        let elem = Elem { seg: seg as u32, slot: (base + dst as usize) as u32, ok: true };
                        let cases = &slots[base + b as usize..base + b as usize + 3 * n as usize];
                        match self.selectgo(gi, cases, elem, has_default) {
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
                                block!(reason)
                            }
                        }
                    }
                })
            }
        }
    }

    /// Captured variable `idx` of the closure running on goroutine `gi`.
    fn capture(&self, gi: usize, idx: u16) -> Option<&Value> {
        self.gs[gi].frames.last()?.closure.as_ref()?.caps.get(idx as usize)
    }

    /// The time slice ran out: every unit of its budget was spent (the
    /// scheduler checks `--max-steps` once the goroutine is off the loop).
    fn preempt(&mut self) -> Flow {
        let units = self.slice_units as u64;
        self.steps += units;
        self.now += units * crate::vm::SLICE_NS_PER_UNIT;
        Flow::Yield
    }

    /// The time slice ends early (a native's work used up `--max-steps`):
    /// only the units spent count.
    fn preempt_spent(&mut self, budget: u32) -> Flow {
        let units = u64::from(self.slice_units - budget);
        self.steps += units;
        self.now += units * crate::vm::SLICE_NS_PER_UNIT;
        Flow::Yield
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

    fn map_zero(&self, mt: TypeId, _m: u16, _gi: usize, _seg: usize, _base: usize) -> Value {
        match self.prog.types.ukind(mt) {
            Kind::Map(_, v) => self.zero(*v),
            _ => Value::Nil,
        }
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
                self.panic_native_frames = crate::traceback::raising_native_frames(self.native_name(self.native_ran), false);
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
                let when = self.now + d.max(1);
                self.gs[gi].wake_at = when;
                let goid = self.gs[gi].goid;
                self.timers.add(None, when, 0, crate::timer::TimerFunc::Wake { gi, goid });
                self.next_wake = self.next_wake.min(when);
                self.gs[gi].waitreason = "sleep";
                Next::Leave(Flow::Block)
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
                self.fatal_native_frames = crate::traceback::raising_native_frames(self.native_name(self.native_ran), true);
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

    /// go statement: newproc.
    /// Returns the exit status when `--max-goroutines` is reached.
    fn op_go(&mut self, gi: usize, call: DeferredCall, pc: usize) -> Option<i32> {
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
            self.free_gs.push(ng);
        } else {
            // newproc's runqput(pp, newg, true): the new goroutine runs next.
            self.runqput(ng, true);
        }
        None
    }

    /// growslice's allocation check: the bytes a growing append of `extra`
    /// elements to `s` would request, when they do not fit under `--max-heap`.
    fn append_exceeds_heap(&self, s: &Value, extra: usize) -> Option<u64> {
        let (len, cap, elem) = match s {
            Value::Slice(s) => (s.len as u64, s.cap as u64, crate::heap::ELEM_BYTES),
            Value::Bytes(b) => (b.len as u64, b.cap as u64, 1),
            _ => (0, 0, crate::heap::ELEM_BYTES),
        };
        let need = len + extra as u64;
        if need <= cap || need < 1 << 16 {
            return None;
        }
        let bytes = need * elem;
        (!self.heap_fits(bytes)).then_some(bytes)
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
            Value::Bytes(b) => ByteArr::new(b.arr.bools, b.to_vec()).value(),
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
            Value::Pointer(Pointer::Byte(a, i)) => {
                if let Some(b) = a.buf.borrow_mut().get_mut(*i as usize) {
                    *b = byte_of(&v);
                }
            }
            Value::Pointer(Pointer::Cell(c)) | Value::Cell(c) => *c.borrow_mut() = v,
            Value::Pointer(Pointer::Global(g)) => assign(&mut self.globals[*g as usize], v),
            Value::Slice(s) => {
                if let Value::Agg(src) = &v {
                    let src = src.borrow();
                    let mut arr = s.arr.borrow_mut();
                    for (i, e) in src.iter().enumerate().take(s.len as usize) {
                        assign(&mut arr[s.off as usize + i], e.copy_val());
                    }
                }
            }
            Value::Bytes(b) => {
                // (b is a pointer, or an array variable's own value.)
                if let Value::Bytes(src) = &v {
                    b.store_array(&src.arr);
                } else if let Value::Agg(src) = &v {
                    let mut buf = b.arr.buf.borrow_mut();
                    for (i, e) in src.borrow().iter().enumerate().take(b.len as usize) {
                        buf[b.off as usize + i] = byte_of(e);
                    }
                }
            }
            _ => return false,
        }
        true
    }

    fn convert(&self, v: &Value, kind: ConvKind) -> Value {
        match kind {
            ConvKind::IntToInt { bits, signed } => Value::Int(wrap(v.as_int(), bits, signed)),
            ConvKind::IntToFloat { unsigned, f32 } => {
                let x = if unsigned { v.as_int() as u64 as f64 } else { v.as_int() as f64 };
                Value::Float(if f32 { x as f32 as f64 } else { x })
            }
            ConvKind::FloatToInt { bits, signed } => Value::Int(wrap(float_to_int_amd64(v.as_float(), bits, signed), bits, signed)),
            ConvKind::FloatToFloat { f32 } => Value::Float(if f32 { v.as_float() as f32 as f64 } else { v.as_float() }),
            ConvKind::IntToString => {
                let i = v.as_int();
                let c = if (0..=0x10FFFF).contains(&i) { char::from_u32(i as u32).unwrap_or('\u{FFFD}') } else { '\u{FFFD}' };
                Value::str(c.encode_utf8(&mut [0; 4]))
            }
            ConvKind::StringToBytes => Value::Bytes(Bytes::from_vec(false, v.str_bytes().to_vec())),
            ConvKind::BytesToString => match v {
                Value::Bytes(s) => Value::Str(GoStr::new(&s.arr.buf.borrow()[s.off as usize..(s.off + s.len) as usize])),
                Value::Slice(s) => {
                    let arr = s.arr.borrow();
                    let b: Vec<u8> = arr[s.off as usize..(s.off + s.len) as usize].iter().map(|x| x.as_int() as u8).collect();
                    Value::Str(GoStr::from(b))
                }
                _ => Value::str(""),
            },
            ConvKind::StringToRunes => {
                let s = v.str_bytes();
                let r: Vec<Value> = decode_runes(s).into_iter().map(|c| Value::Int(c as i64)).collect();
                let n = r.len() as u32;
                Value::Slice(Slice { arr: AggObj::new(r.into()), off: 0, len: n, cap: n })
            }
            ConvKind::RunesToString => match v {
                Value::Slice(s) => {
                    let arr = s.arr.borrow();
                    let mut out = String::new();
                    for x in &arr[s.off as usize..(s.off + s.len) as usize] {
                        out.push(char::from_u32(x.as_int() as u32).unwrap_or('\u{FFFD}'));
                    }
                    Value::str(&out)
                }
                _ => Value::str(""),
            },
            ConvKind::ToComplex => Value::Complex(v.as_float(), 0.0),
            ConvKind::ComplexToComplex { f32 } => {
                let (re, im) = complex_of(v);
                if f32 {
                    Value::Complex(re as f32 as f64, im as f32 as f64)
                } else {
                    Value::Complex(re, im)
                }
            }
        }
    }

    fn slice_of(&self, x: &Value, lo: Option<i64>, hi: Option<i64>, max: Option<i64>) -> Result<Value, RtErr> {
        match x {
            Value::Str(s) => {
                let n = s.len() as i64;
                let l = lo.unwrap_or(0);
                let h = hi.unwrap_or(n);
                if h < 0 || h > n {
                    return Err(RtErr::SliceB { lo: l, hi: h, max: None, cap: n, which: 1, string: true });
                }
                if l < 0 || l > h {
                    return Err(RtErr::SliceB { lo: l, hi: h, max: None, cap: n, which: 0, string: true });
                }
                Ok(Value::Str(GoStr::new(&s[l as usize..h as usize])))
            }
            Value::Bytes(b) => {
                let (l, h, m) = slice_bounds(lo, hi, max, b.len as i64, b.cap as i64, b.kind != BytesKind::Slice)?;
                Ok(Value::Bytes(Bytes {
                    arr: b.arr.clone(),
                    off: b.off + l as u32,
                    len: (h - l) as u32,
                    cap: (m - l) as u32,
                    kind: BytesKind::Slice,
                }))
            }
            Value::Slice(_) | Value::Agg(_) | Value::Pointer(Pointer::Agg(_)) | Value::Nil => {
                let (arr, off, len, cap, is_arr) = match x {
                    Value::Slice(s) => (s.arr.clone(), s.off as i64, s.len as i64, s.cap as i64, false),
                    Value::Agg(a) | Value::Pointer(Pointer::Agg(a)) => {
                        let n = a.borrow().len() as i64;
                        (a.clone(), 0, n, n, true)
                    }
                    _ => (AggObj::new(AggVec::new()), 0, 0, 0, false),
                };
                let (l, h, m) = slice_bounds(lo, hi, max, len, cap, is_arr)?;
                Ok(Value::Slice(Slice { arr, off: (off + l) as u32, len: (h - l) as u32, cap: (m - l) as u32 }))
            }
            _ => Err(RtErr::NilDeref),
        }
    }

    /// append, with Go's growth rule (runtime/slice.go `nextslicecap` and
    /// size-class rounding) so `cap()` matches Go.
    /// `min_bytes`: the smallest first allocation when growing from
    /// capacity 0 (32 for a non-escaping slice's stack buffer).
    fn append(&self, s: &Value, vals: &[Value], ty: TypeId, min_bytes: usize) -> Value {
        if vals.is_empty() {
            return s.clone();
        }
        let et = self.prog.types.elem(ty).unwrap_or(TypeId::INT);
        let bytes_dst = match s {
            Value::Bytes(b) => Some(b.arr.bools),
            Value::Nil => crate::layout::byte_elem(&self.prog.types, et),
            _ => None,
        };
        if let Some(bools) = bytes_dst {
            let src: smallvec::SmallVec<[u8; 16]> = vals.iter().map(byte_of).collect();
            return self.append_bytes(s, &src, bools, min_bytes);
        }
        let (arr, off, len, cap) = match s {
            Value::Slice(s) => (Some(s.arr.clone()), s.off, s.len, s.cap),
            _ => (None, 0, 0, 0),
        };
        let need = len as usize + vals.len();
        if let Some(arr) = &arr {
            if need <= cap as usize {
                let mut a = arr.borrow_mut();
                for (i, v) in vals.iter().enumerate() {
                    a[off as usize + len as usize + i] = v.clone();
                }
                return Value::Slice(Slice { arr: arr.clone(), off, len: need as u32, cap });
            }
        }
        let elem_size = crate::layout::size_of(&self.prog.types, et);
        let noscan = !crate::layout::has_pointers(&self.prog.types, et);
        let mut newcap = crate::layout::grow_cap(cap as usize, need, elem_size, noscan);
        if cap == 0 && min_bytes > 0 && elem_size > 0 && elem_size <= min_bytes && need * elem_size <= min_bytes {
            newcap = newcap.max(min_bytes / elem_size);
        }
        if let Some(bools) = crate::layout::byte_elem(&self.prog.types, et) {
            // A byte slice over an array's `Value`s grows into a byte array.
            let mut v: Vec<u8> = Vec::with_capacity(newcap);
            if let Some(arr) = &arr {
                v.extend(arr.borrow()[off as usize..(off + len) as usize].iter().map(byte_of));
            }
            v.extend(vals.iter().map(byte_of));
            v.resize(newcap, 0);
            return Value::Bytes(Bytes {
                arr: ByteArr::new(bools, v),
                off: 0,
                len: need as u32,
                cap: newcap as u32,
                kind: BytesKind::Slice,
            });
        }
        let mut v = AggVec::with_capacity(newcap);
        if let Some(arr) = &arr {
            // growslice copies the elements: struct elements become new objects.
            v.extend(arr.borrow()[off as usize..(off + len) as usize].iter().map(Value::copy_val));
        }
        v.extend(vals.iter().cloned());
        let z = self.zero(self.prog.types.elem(ty).unwrap_or(TypeId::INT));
        while v.len() < newcap {
            v.push(z.copy_val());
        }
        Value::Slice(Slice { arr: AggObj::new(v), off: 0, len: need as u32, cap: newcap as u32 })
    }

    /// append(s, src...) for a byte slice `s` (`Value::Bytes` or nil) of
    /// `bools` elements; growth as in [`Vm::append`] with 1-byte elements.
    pub(crate) fn append_bytes(&self, s: &Value, src: &[u8], bools: bool, min_bytes: usize) -> Value {
        if src.is_empty() {
            return s.clone();
        }
        let (arr, off, len, cap) = match s {
            Value::Bytes(b) => (Some(&b.arr), b.off as usize, b.len as usize, b.cap as usize),
            _ => (None, 0, 0, 0),
        };
        let need = len + src.len();
        if let Some(arr) = arr {
            if need <= cap {
                arr.buf.borrow_mut()[off + len..off + need].copy_from_slice(src);
                return Value::Bytes(Bytes {
                    arr: arr.clone(),
                    off: off as u32,
                    len: need as u32,
                    cap: cap as u32,
                    kind: BytesKind::Slice,
                });
            }
        }
        let mut newcap = crate::layout::grow_cap(cap, need, 1, true);
        if cap == 0 && min_bytes > 0 && need <= min_bytes {
            newcap = newcap.max(min_bytes);
        }
        let mut v: Vec<u8> = Vec::with_capacity(newcap);
        if let Some(arr) = arr {
            v.extend_from_slice(&arr.buf.borrow()[off..off + len]);
        }
        v.extend_from_slice(src);
        v.resize(newcap, 0);
        Value::Bytes(Bytes { arr: ByteArr::new(bools, v), off: 0, len: need as u32, cap: newcap as u32, kind: BytesKind::Slice })
    }

    /// append(s, other...): `other` is a slice or (for `[]byte`) a string.
    fn append_slice(&self, s: &Value, other: &Value, ty: TypeId) -> Value {
        let bytes_dst = match s {
            Value::Bytes(b) => Some(b.arr.bools),
            Value::Nil => crate::layout::byte_elem(&self.prog.types, self.prog.types.elem(ty).unwrap_or(TypeId::INT)),
            _ => None,
        };
        if let Some(bools) = bytes_dst {
            return match other {
                Value::Str(st) => self.append_bytes(s, st, bools, 0),
                Value::Bytes(o) => {
                    if matches!(s, Value::Bytes(b) if Rc::ptr_eq(&b.arr, &o.arr)) {
                        // append(s[:i], s[j:]...): the source may be overwritten.
                        self.append_bytes(s, &o.to_vec(), bools, 0)
                    } else {
                        let buf = o.arr.buf.borrow();
                        self.append_bytes(s, &buf[o.off as usize..(o.off + o.len) as usize], bools, 0)
                    }
                }
                Value::Slice(o) => {
                    let src: Vec<u8> = o.arr.borrow()[o.off as usize..(o.off + o.len) as usize].iter().map(byte_of).collect();
                    self.append_bytes(s, &src, bools, 0)
                }
                _ => s.clone(),
            };
        }
        let vals: Vec<Value> = match other {
            Value::Str(st) => st.iter().map(|&b| Value::Int(b as i64)).collect(),
            o => o.slice_elems().iter().map(Value::copy_val).collect(),
        };
        self.append(s, &vals, ty, 0)
    }

    /// Method lookup for a dynamic type: (function, receiver needs a deref).
    pub fn find_method(&mut self, ty: TypeId, name_k: u32) -> Option<(u32, bool)> {
        if let Some(r) = self.method_cache.get(&(ty, name_k)) {
            return *r;
        }
        let name = match &self.prog.consts[name_k as usize] {
            Const::Str(s) => String::from_utf8_lossy(s).into_owned(),
            _ => String::new(),
        };
        let r = self.find_method_by_name(ty, &name);
        self.method_cache.insert((ty, name_k), r);
        r
    }

    pub fn find_method_by_name(&self, ty: TypeId, name: &str) -> Option<(u32, bool)> {
        let tt = &self.prog.types;
        if let Some(m) = tt.method(ty, name) {
            if m.ptr_recv {
                return None;
            }
            return Some((m.func, false));
        }
        if let Kind::Pointer(e) = tt.kind(ty) {
            if let Some(m) = tt.method(*e, name) {
                return Some((m.func, !m.ptr_recv));
            }
        }
        None
    }

    /// None if dynamic type `t` implements interface `iface`, else the
    /// name of a missing method.
    /// A method of the right name but another signature is missing too
    /// (runtime/iface.go's itab init compares the types).
    pub fn implements(&self, t: TypeId, iface: TypeId) -> Option<String> {
        let tt = &self.prog.types;
        for m in tt.iface_methods(iface).unwrap_or(&[]) {
            // Same name and identical signature (a joinError's
            // `Unwrap() []error` does not implement `interface{ Unwrap() error }`).
            if self.method_sig(t, &m.name) != Some(m.sig) {
                return Some(m.name.clone());
            }
        }
        None
    }

    /// The signature (without receiver) of dynamic type `ty`'s method
    /// `name`, if it is in the method set.
    fn method_sig(&self, ty: TypeId, name: &str) -> Option<TypeId> {
        let tt = &self.prog.types;
        if let Some(m) = tt.method(ty, name) {
            return (!m.ptr_recv).then_some(m.sig);
        }
        if let Kind::Pointer(e) = tt.kind(ty) {
            return tt.method(*e, name).map(|m| m.sig);
        }
        // An interface type's dynamic value is never an interface; nothing else has methods.
        None
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
        (Value::Bytes(d), Value::Bytes(s)) if d.is_array() => d.arr.assign_from(&s.arr),
        _ => *slot = v,
    }
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
            _ => *x = y.copy_val(),
        }
    }
}

fn zero_like(v: &Value) -> Value {
    match v {
        Value::Int(_) => Value::Int(0),
        Value::Float(_) => Value::Float(0.0),
        Value::Bool(_) => Value::Bool(false),
        Value::Str(_) => Value::str(""),
        Value::Complex(..) => Value::Complex(0.0, 0.0),
        Value::Agg(a) => Value::Agg(AggObj::new(a.borrow().iter().map(zero_like).collect())),
        Value::Bytes(a) if a.is_array() => ByteArr::zeroed(a.arr.bools, a.arr.len()).value(),
        _ => Value::Nil,
    }
}

fn copy_slice(dst: &Value, src: &Value) -> usize {
    if let Value::Bytes(d) = dst {
        let (doff, dlen) = (d.off as usize, d.len as usize);
        return match src {
            Value::Str(s) => {
                let n = dlen.min(s.len());
                d.arr.buf.borrow_mut()[doff..doff + n].copy_from_slice(&s[..n]);
                n
            }
            Value::Bytes(s) => {
                let n = dlen.min(s.len as usize);
                let soff = s.off as usize;
                if Rc::ptr_eq(&d.arr, &s.arr) {
                    d.arr.buf.borrow_mut().copy_within(soff..soff + n, doff);
                } else {
                    d.arr.buf.borrow_mut()[doff..doff + n].copy_from_slice(&s.arr.buf.borrow()[soff..soff + n]);
                }
                n
            }
            Value::Slice(s) => {
                let n = dlen.min(s.len as usize);
                let tmp: Vec<u8> = s.arr.borrow()[s.off as usize..s.off as usize + n].iter().map(byte_of).collect();
                d.arr.buf.borrow_mut()[doff..doff + n].copy_from_slice(&tmp);
                n
            }
            _ => 0,
        };
    }
    let Value::Slice(d) = dst else { return 0 };
    match src {
        Value::Bytes(s) => {
            let n = d.len.min(s.len) as usize;
            let tmp = src.slice_elems();
            let mut a = d.arr.borrow_mut();
            for (i, v) in tmp.into_iter().take(n).enumerate() {
                a[d.off as usize + i] = v;
            }
            n
        }
        Value::Slice(s) => {
            let n = d.len.min(s.len) as usize;
            let tmp: Vec<Value> = s.arr.borrow()[s.off as usize..s.off as usize + n].iter().map(Value::copy_val).collect();
            let mut a = d.arr.borrow_mut();
            for (i, v) in tmp.into_iter().enumerate() {
                a[d.off as usize + i] = v;
            }
            n
        }
        Value::Str(s) => {
            let n = (d.len as usize).min(s.len());
            let mut a = d.arr.borrow_mut();
            for i in 0..n {
                a[d.off as usize + i] = Value::Int(s[i] as i64);
            }
            n
        }
        _ => 0,
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

/// The checked bounds (lo, hi, max) of `x[lo:hi:max]` on a slice or array
/// of length `len` and capacity `cap`.
fn slice_bounds(lo: Option<i64>, hi: Option<i64>, max: Option<i64>, len: i64, cap: i64, is_arr: bool) -> Result<(i64, i64, i64), RtErr> {
    let l = lo.unwrap_or(0);
    let h = hi.unwrap_or(len);
    let m = max.unwrap_or(cap);
    // Arrays report "with length" (their cap is their length).
    if max.is_some() && (m < 0 || m > cap) {
        return Err(RtErr::SliceB { lo: l, hi: h, max: Some(m), cap, which: 2, string: is_arr });
    }
    if h < 0 || h > m {
        return Err(RtErr::SliceB {
            lo: l,
            hi: h,
            max,
            cap: if max.is_some() { m } else { cap },
            which: 1,
            string: is_arr && max.is_none(),
        });
    }
    if l < 0 || l > h {
        return Err(RtErr::SliceB { lo: l, hi: h, max, cap, which: 0, string: is_arr });
    }
    Ok((l, h, m))
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

impl<'p> Vm<'p> {
    /// deferproc / deferprocStack / open-coded defer: records a deferred call
    /// for the current frame.
    fn deferproc(&mut self, gi: usize, call: DeferredCall, slot: u16) {
        let g = &mut self.gs[gi];
        let f = g.frames.last_mut().expect("frame");
        match defer_slot_kind(slot) {
            Some(i) => {
                // Open-coded: store the closure in its slot, then set the bit
                // (after storing, as Go does, so a failed defer never runs).
                if f.open_slots.len() <= i {
                    f.open_slots.resize(i + 1, None);
                }
                f.open_slots[i] = Some(call);
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

/// A float-to-integer conversion as gc compiles it for amd64, including the
/// implementation-specific results of out-of-range values and NaN (the spec
/// leaves them undefined; programs print them): CVTTSD2SQ/CVTTSD2SL give
/// the "integer indefinite" 0x80…0, smaller types truncate a 32-bit
/// conversion, uint32 a 64-bit one, and uint64 splits at 2^63 (setting the
/// top bit of the converted remainder).
fn float_to_int_amd64(f: f64, bits: u8, signed: bool) -> i64 {
    const TWO63: f64 = 9_223_372_036_854_775_808.0;
    let sq = |f: f64| if f.is_nan() || !(-TWO63..TWO63).contains(&f) { i64::MIN } else { f as i64 };
    let sl = |f: f64| if f.is_nan() || !(-2_147_483_648.0..2_147_483_648.0).contains(&f) { i32::MIN as i64 } else { f as i32 as i64 };
    match (bits, signed) {
        (64, true) => sq(f),
        (64, false) => {
            if f < TWO63 {
                sq(f)
            } else {
                sq(f - TWO63) | i64::MIN
            }
        }
        (32, false) => sq(f),
        _ => sl(f),
    }
}
