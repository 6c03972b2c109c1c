//! The integer loop: a second, small dispatch loop for loops whose whole
//! body is integer and boolean register arithmetic and branches.
//!
//! `exec_loop` is one function with an arm per opcode; in a function that
//! size LLVM keeps few of the hot locals (`pc`, the code and register
//! slices) in machine registers, and every instruction pays for spills and
//! reloads (about 50 machine instructions per bytecode instruction on
//! `for i := 0; i < n; i++ { sum += i ^ x }`). This loop handles only the
//! instructions that cannot fail, allocate, call, or look at anything but
//! the frame's registers, so it stays small and its state stays in
//! registers.
//!
//! `exec_loop` enters it at a backward branch whose loop body (from the
//! target up to the branch) is made only of such instructions (see
//! [`simple_runs`]). It leaves with the pc of the first instruction it does
//! not take (the loop ended, or a `Move` met a non-scalar value), which
//! `exec_loop` then executes. Semantics are those of the `exec_loop` arms:
//! same helpers, same wrapping; a backward branch spends the time-slice
//! budget the same way, and when the budget is about to run out the
//! branch is handed back unexecuted so that `exec_loop` takes it and
//! preempts. Nothing else is observable: no hook event comes from these
//! instructions, and the step hook (`STEP`) never enters this loop.

use bytecode::Op;

use crate::exec::{cmp_int, set_bool, set_int};
use crate::value::Value;

/// Whether [`run`] takes `op`. Some instances are still handed back: a
/// `Move` of a non-scalar, and an `Index`/`SetIndex` that is not an
/// in-range access to an int or bool element of a slice or an element of a
/// byte slice (`Value::Bytes`) (errors, strings,
/// arrays, and values that need reference counting stay in exec_loop).
pub fn is_simple(op: &Op) -> bool {
    matches!(
        op,
        Op::Nop
            | Op::Move { .. }
            | Op::LoadInt { .. }
            | Op::LoadBool { .. }
            | Op::AddInt { .. }
            | Op::SubInt { .. }
            | Op::MulInt { .. }
            | Op::AddIntImm { .. }
            | Op::MulIntImm { .. }
            | Op::DivIntImm { .. }
            | Op::RemIntImm { .. }
            | Op::AndInt { .. }
            | Op::OrInt { .. }
            | Op::XorInt { .. }
            | Op::AndNotInt { .. }
            | Op::NegInt { .. }
            | Op::CmpInt { unsigned: false, .. }
            | Op::CmpIntImm { .. }
            | Op::Not { .. }
            | Op::Jump { .. }
            | Op::JumpIf { .. }
            | Op::JumpIfNot { .. }
            | Op::JumpIfNotLtInt { .. }
            | Op::JumpIfNotCmpInt { .. }
            | Op::JumpIfNotCmpIntImm { .. }
            | Op::IncJumpIfNotCmpIntImm { .. }
            | Op::AddJumpIfNotCmpInt { .. }
            | Op::Index { .. }
            | Op::SetIndex { .. }
            | Op::Len { .. }
    )
}

/// For each pc of `code`, how many consecutive instructions from it are
/// simple (saturating). A backward branch at `b` to `t` enters [`run`]
/// when `t + runs[t] > b`: the whole loop body is simple.
pub fn simple_runs(code: &[Op]) -> Vec<u16> {
    let mut runs = vec![0u16; code.len()];
    let mut n = 0u16;
    for pc in (0..code.len()).rev() {
        n = if is_simple(&code[pc]) { n.saturating_add(1) } else { 0 };
        runs[pc] = n;
    }
    runs
}

/// Runs simple instructions from `pc` on the frame's registers `regs`;
/// returns the pc of the first instruction not executed.
#[inline(never)]
pub fn run(code: &[Op], mut pc: usize, regs: &mut [Value], budget: &mut u32) -> usize {
    // The budget stays in a local (a register) and is written back on leaving.
    let mut left = *budget;
    // A taken branch to `t` from the instruction at `pc`: backward ones
    // spend the budget, and the last unit is left to exec_loop.
    macro_rules! branch {
        ($t:expr) => {{
            let t = $t as usize;
            if t <= pc {
                if left <= 1 {
                    *budget = left;
                    return pc;
                }
                left -= 1;
            }
            pc = t;
            continue;
        }};
    }
    // Leaves with the budget written back.
    macro_rules! leave {
        () => {{
            *budget = left;
            return pc;
        }};
    }
    macro_rules! wint {
        ($d:expr, $e:expr) => {{
            let v = $e;
            set_int(&mut regs[$d as usize], v)
        }};
    }
    macro_rules! wbool {
        ($d:expr, $e:expr) => {{
            let v = $e;
            set_bool(&mut regs[$d as usize], v)
        }};
    }
    macro_rules! int {
        ($r:expr) => {
            regs[$r as usize].as_int()
        };
    }
    loop {
        let Some(op) = code.get(pc) else { leave!() };
        match *op {
            Op::Nop => {}
            Op::Move { dst, src } => match regs[src as usize] {
                Value::Int(x) => wint!(dst, x),
                Value::Bool(b) => wbool!(dst, b),
                _ => leave!(),
            },
            Op::LoadInt { dst, v } => wint!(dst, v as i64),
            Op::LoadBool { dst, v } => wbool!(dst, v),
            Op::AddInt { dst, a, b } => wint!(dst, int!(a).wrapping_add(int!(b))),
            Op::SubInt { dst, a, b } => wint!(dst, int!(a).wrapping_sub(int!(b))),
            Op::MulInt { dst, a, b } => wint!(dst, int!(a).wrapping_mul(int!(b))),
            Op::AddIntImm { dst, a, imm } => wint!(dst, int!(a).wrapping_add(imm as i64)),
            Op::MulIntImm { dst, a, imm } => wint!(dst, int!(a).wrapping_mul(imm as i64)),
            Op::DivIntImm { dst, a, imm } => wint!(dst, int!(a).wrapping_div(imm as i64)),
            Op::RemIntImm { dst, a, imm } => wint!(dst, int!(a).wrapping_rem(imm as i64)),
            Op::AndInt { dst, a, b } => wint!(dst, int!(a) & int!(b)),
            Op::OrInt { dst, a, b } => wint!(dst, int!(a) | int!(b)),
            Op::XorInt { dst, a, b } => wint!(dst, int!(a) ^ int!(b)),
            Op::AndNotInt { dst, a, b } => wint!(dst, int!(a) & !int!(b)),
            Op::NegInt { dst, a } => {
                let v = int!(a).wrapping_neg();
                regs[dst as usize] = Value::Int(v)
            }
            Op::CmpInt { op, dst, a, b, unsigned: false } => wbool!(dst, cmp_int(op, int!(a), int!(b))),
            Op::CmpIntImm { op, dst, a, imm } => wbool!(dst, cmp_int(op, int!(a), imm as i64)),
            Op::Not { dst, a } => {
                let v = !regs[a as usize].as_bool();
                regs[dst as usize] = Value::Bool(v)
            }
            Op::Jump { target } => branch!(target),
            Op::JumpIf { cond, target } => {
                if regs[cond as usize].as_bool() {
                    branch!(target)
                }
            }
            Op::JumpIfNot { cond, target } => {
                if !regs[cond as usize].as_bool() {
                    branch!(target)
                }
            }
            Op::JumpIfNotLtInt { a, b, target } => {
                if int!(a) >= int!(b) {
                    branch!(target)
                }
            }
            Op::JumpIfNotCmpInt { op, a, b, target } => {
                if !cmp_int(op, int!(a), int!(b)) {
                    branch!(target)
                }
            }
            Op::JumpIfNotCmpIntImm { op, a, imm, target } => {
                if !cmp_int(op, int!(a), imm as i64) {
                    branch!(target)
                }
            }
            Op::IncJumpIfNotCmpIntImm { op, a, step, imm, target } => {
                let x = int!(a).wrapping_add(step as i64);
                if !cmp_int(op, x, imm as i64) {
                    // Taken: the budget is checked before the write, so a
                    // branch handed back to exec_loop has not run at all.
                    let t = target as usize;
                    if t <= pc {
                        if left <= 1 {
                            leave!()
                        }
                        left -= 1;
                    }
                    wint!(a, x);
                    pc = t;
                    continue;
                }
                wint!(a, x);
            }
            Op::AddJumpIfNotCmpInt { op, a, step, b, target } => {
                let x = int!(a).wrapping_add(int!(step));
                // The limit is read after the write, as in exec_loop (b may be a).
                let lim = if b == a { x } else { int!(b) };
                if !cmp_int(op, x, lim) {
                    // Taken: the budget is checked before the write, so a
                    // branch handed back to exec_loop has not run at all.
                    let t = target as usize;
                    if t <= pc {
                        if left <= 1 {
                            leave!()
                        }
                        left -= 1;
                    }
                    wint!(a, x);
                    pc = t;
                    continue;
                }
                wint!(a, x);
            }
            // Slice elements: scalars only, written in place (no value is
            // dropped or cloned here, so no call leaves the hot path).
            Op::Index { dst, x, i } => {
                let idx = int!(i);
                let v = match &regs[x as usize] {
                    Value::Slice(s) if idx >= 0 && idx < s.len as i64 => match s.arr.borrow()[s.off as usize + idx as usize] {
                        Value::Int(v) => Ok(v),
                        Value::Bool(v) => Err(v),
                        _ => leave!(),
                    },
                    Value::Bytes(s) if idx >= 0 && idx < s.len as i64 => {
                        let b = s.arr.buf.borrow()[s.off as usize + idx as usize];
                        if s.arr.bools {
                            Err(b != 0)
                        } else {
                            Ok(b as i64)
                        }
                    }
                    _ => leave!(),
                };
                match v {
                    Ok(v) => wint!(dst, v),
                    Err(v) => wbool!(dst, v),
                }
            }
            Op::SetIndex { x, i, src } => {
                let idx = int!(i);
                let v = match regs[src as usize] {
                    Value::Int(v) => Ok(v),
                    Value::Bool(v) => Err(v),
                    _ => leave!(),
                };
                match &regs[x as usize] {
                    Value::Slice(s) if idx >= 0 && idx < s.len as i64 => match (&mut s.arr.borrow_mut()[s.off as usize + idx as usize], v) {
                        (Value::Int(e), Ok(v)) => *e = v,
                        (Value::Bool(e), Err(v)) => *e = v,
                        _ => leave!(),
                    },
                    Value::Bytes(s) if idx >= 0 && idx < s.len as i64 => {
                        s.arr.buf.borrow_mut()[s.off as usize + idx as usize] = match v {
                            Ok(v) => v as u8,
                            Err(v) => v as u8,
                        }
                    }
                    _ => leave!(),
                }
            }
            Op::Len { dst, x } => {
                let n = match &regs[x as usize] {
                    Value::Slice(s) => s.len as i64,
                    Value::Bytes(s) => s.len as i64,
                    Value::Str(s) => s.len() as i64,
                    _ => leave!(),
                };
                wint!(dst, n)
            }
            _ => leave!(),
        }
        pc += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bytecode::BinOp;

    /// `r0 := 0; do { r0++ } while !(r0 >= 10); return`
    fn counting_loop() -> Vec<Op> {
        vec![Op::LoadInt { dst: 0, v: 0 }, Op::IncJumpIfNotCmpIntImm { op: BinOp::Ge, a: 0, step: 1, imm: 10, target: 1 }, Op::Return]
    }

    #[test]
    fn runs_to_the_first_instruction_it_does_not_take() {
        let code = counting_loop();
        let mut regs = vec![Value::Nil; 1];
        let mut budget = 100;
        assert_eq!(run(&code, 0, &mut regs, &mut budget), 2);
        assert!(matches!(regs[0], Value::Int(10)));
        // Nine taken backward branches.
        assert_eq!(budget, 91);
        assert_eq!(simple_runs(&code), vec![2, 1, 0]);
    }

    #[test]
    fn hands_back_the_branch_that_would_spend_the_last_unit() {
        let code = counting_loop();
        let mut regs = vec![Value::Nil; 1];
        let mut budget = 4;
        // Three taken branches spend 3 units; the fourth is left unexecuted.
        assert_eq!(run(&code, 0, &mut regs, &mut budget), 1);
        assert!(matches!(regs[0], Value::Int(3)));
        assert_eq!(budget, 1);
    }

    #[test]
    fn hands_back_slice_accesses_it_cannot_take() {
        use std::cell::RefCell;
        use std::rc::Rc;
        let arr: crate::value::Agg = Rc::new(RefCell::new(vec![Value::Bool(false); 4].into()));
        let s = Value::Slice(crate::value::Slice { arr: arr.clone(), off: 0, len: 4, cap: 4 });
        let code = vec![Op::SetIndex { x: 0, i: 1, src: 2 }, Op::SetIndex { x: 0, i: 3, src: 2 }, Op::Return];
        // In range: stored; out of range (index 9): handed back for exec_loop's panic.
        let mut regs = vec![s, Value::Int(2), Value::Bool(true), Value::Int(9)];
        let mut budget = 10;
        assert_eq!(run(&code, 0, &mut regs, &mut budget), 1);
        assert!(matches!(arr.borrow()[2], Value::Bool(true)));
    }

    #[test]
    fn takes_byte_slice_elements() {
        use crate::value::{Bytes, ByteArr};
        let bools = Bytes { arr: ByteArr::new(true, vec![0; 4]), off: 1, len: 3, cap: 3 };
        let arr = bools.arr.clone();
        // s[2] = true; r4 := s[2]; r5 := len(s); s[9] = true (handed back)
        let code = vec![
            Op::SetIndex { x: 0, i: 1, src: 2 },
            Op::Index { dst: 4, x: 0, i: 1 },
            Op::Len { dst: 5, x: 0 },
            Op::SetIndex { x: 0, i: 3, src: 2 },
            Op::Return,
        ];
        let mut regs = vec![Value::Bytes(bools), Value::Int(2), Value::Bool(true), Value::Int(9), Value::Nil, Value::Nil];
        let mut budget = 10;
        assert_eq!(run(&code, 0, &mut regs, &mut budget), 3);
        assert_eq!(*arr.buf.borrow(), vec![0, 0, 0, 1]);
        assert!(matches!(regs[4], Value::Bool(true)));
        assert!(matches!(regs[5], Value::Int(3)));
    }
}
