//! One definition of the integer and boolean register operations.
//!
//! Three loops execute these instructions: `exec_loop` (every op), and the
//! two loops of [`crate::intloop`] (`run_simple` on the frame's `Value`
//! registers, `run_typed` on unboxed copies of them). They differ in how
//! they hold registers and in how a backward branch spends the time-slice
//! budget, never in what an instruction computes. [`int_ops!`] is that
//! "what": each loop expands it once, supplying its own register access
//! and branch macros, so an op's semantics are written here only.
//!
//! The loops' own parts stay with them: `Move` (which copies any value in
//! `exec_loop` but only scalars in the integer loops), `Jump` (where
//! `exec_loop` enters the integer loop), the unsigned `CmpInt`, and
//! everything that can fail or allocate.

/// Expands to `match $op { <an arm per integer/boolean register op>, $rest }`.
///
/// The caller names six macros of its own (by identifier):
/// - `$int!(r)`: the integer in register `r`; `$truth!(r)`: whether `r`
///   holds `true` (Go's bool; anything else is false, as `Value::as_bool`);
/// - `$wint!(r, x)`, `$wbool!(r, b)`: write an integer or a bool to `r`;
/// - `$branch!(t)`: a taken branch to pc `t` (a backward one spends the
///   budget, and may leave the loop);
/// - `$fused!(a, x, taken, t)`: the fused increment-and-branch ops: write `x`
///   to `a`, and branch to `t` if `taken` (the integer loops hand a branch
///   that would spend the budget's last unit back unexecuted, write
///   included; `exec_loop` writes, then preempts at the branch).
///
/// `$rest` is the caller's remaining arms, matched after these.
macro_rules! int_ops {
    ($op:expr, $int:ident, $truth:ident, $wint:ident, $wbool:ident, $branch:ident, $fused:ident, { $($rest:tt)* }) => {
        match $op {
            bytecode::Op::Nop => {}
            bytecode::Op::LoadInt { dst, v } => $wint!(dst, v as i64),
            bytecode::Op::LoadBool { dst, v } => $wbool!(dst, v),
            // Go's integer arithmetic wraps (the spec's "overflow" rule);
            // narrower types are wrapped afterwards by `Op::Wrap`.
            bytecode::Op::AddInt { dst, a, b } => $wint!(dst, $int!(a).wrapping_add($int!(b))),
            bytecode::Op::SubInt { dst, a, b } => $wint!(dst, $int!(a).wrapping_sub($int!(b))),
            bytecode::Op::MulInt { dst, a, b } => $wint!(dst, $int!(a).wrapping_mul($int!(b))),
            bytecode::Op::AddIntImm { dst, a, imm } => $wint!(dst, $int!(a).wrapping_add(imm as i64)),
            bytecode::Op::MulIntImm { dst, a, imm } => $wint!(dst, $int!(a).wrapping_mul(imm as i64)),
            // The compiler emits these only for a nonzero constant divisor.
            bytecode::Op::DivIntImm { dst, a, imm } => $wint!(dst, $int!(a).wrapping_div(imm as i64)),
            bytecode::Op::RemIntImm { dst, a, imm } => $wint!(dst, $int!(a).wrapping_rem(imm as i64)),
            bytecode::Op::AndIntImm { dst, a, imm } => $wint!(dst, $int!(a) & imm as i64),
            bytecode::Op::AndInt { dst, a, b } => $wint!(dst, $int!(a) & $int!(b)),
            bytecode::Op::OrInt { dst, a, b } => $wint!(dst, $int!(a) | $int!(b)),
            bytecode::Op::XorInt { dst, a, b } => $wint!(dst, $int!(a) ^ $int!(b)),
            bytecode::Op::AndNotInt { dst, a, b } => $wint!(dst, $int!(a) & !$int!(b)),
            bytecode::Op::NegInt { dst, a } => $wint!(dst, $int!(a).wrapping_neg()),
            bytecode::Op::CmpInt { op, dst, a, b, unsigned: false } => {
                $wbool!(dst, $crate::exec::cmp_int(op, $int!(a), $int!(b)))
            }
            bytecode::Op::CmpIntImm { op, dst, a, imm } => $wbool!(dst, $crate::exec::cmp_int(op, $int!(a), imm as i64)),
            bytecode::Op::Not { dst, a } => $wbool!(dst, !$truth!(a)),
            bytecode::Op::JumpIf { cond, target } => {
                if $truth!(cond) {
                    $branch!(target)
                }
            }
            bytecode::Op::JumpIfNot { cond, target } => {
                if !$truth!(cond) {
                    $branch!(target)
                }
            }
            bytecode::Op::JumpIfNotLtInt { a, b, target } => {
                if $int!(a) >= $int!(b) {
                    $branch!(target)
                }
            }
            bytecode::Op::JumpIfNotCmpInt { op, a, b, target } => {
                if !$crate::exec::cmp_int(op, $int!(a), $int!(b)) {
                    $branch!(target)
                }
            }
            bytecode::Op::JumpIfNotCmpIntImm { op, a, imm, target } => {
                if !$crate::exec::cmp_int(op, $int!(a), imm as i64) {
                    $branch!(target)
                }
            }
            // `a += step; if !(a op imm) goto target`: a loop's increment and
            // condition in one instruction (the peephole pass fuses them).
            bytecode::Op::IncJumpIfNotCmpIntImm { op, a, step, imm, target } => {
                let x = $int!(a).wrapping_add(step as i64);
                $fused!(a, x, !$crate::exec::cmp_int(op, x, imm as i64), target)
            }
            bytecode::Op::AddJumpIfNotCmpInt { op, a, step, b, target } => {
                let x = $int!(a).wrapping_add($int!(step));
                // The limit is read after the write (`b` may be `a`).
                let lim = if b == a { x } else { $int!(b) };
                $fused!(a, x, !$crate::exec::cmp_int(op, x, lim), target)
            }
            $($rest)*
        }
    };
}

pub(crate) use int_ops;
