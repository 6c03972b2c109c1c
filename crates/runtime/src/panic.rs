//! defer, panic, recover and Goexit, following runtime/panic.go.
//!
//! Each routine is a state transition on the [`G`](crate::proc::G): it pushes
//! the next deferred call as an ordinary frame and returns to the dispatch
//! loop ([`Next::Reload`]). When that frame returns, the loop calls back in
//! here (its [`RetTo`] says who ran it), so a panic never pops frames while
//! deferred calls run; only [`Vm::recovery`] cuts the stack back.

use std::rc::Rc;

use crate::exec::Next;
use crate::proc::{DeferredCall, Gstatus, Panic, RetTo};
use crate::rterr::RtErr;
use crate::value::*;
use crate::vm::{Flow, NativeOut, Pushed, Vm};

/// Who is looking for the next deferred call.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Runner {
    DeferReturn,
    Panic(u64),
}

impl<'p> Vm<'p> {
    /// Takes the next deferred call of frame `fi`, newest first: open-coded
    /// bits from the highest, then linked records whose sp matches. The call
    /// is removed before it runs, so it runs at most once whatever happens.
    fn pop_defer_of(&mut self, gi: usize, fi: usize) -> Option<DeferredCall> {
        let g = &mut self.gs[gi];
        let f = &mut g.frames[fi];
        if f.defer_bits != 0 {
            let i = 7 - f.defer_bits.leading_zeros() as usize;
            f.defer_bits &= !(1 << i);
            return g.open_slots.get_mut(f.open as usize + i).and_then(Option::take);
        }
        let sp = f.sp;
        if g.defers.last().map(|d| d.sp) == Some(sp) {
            return g.defers.pop().map(|d| d.call);
        }
        None
    }

    /// Runs one deferred call for `runner`; the outcome of natives (which
    /// complete at once) is handled here.
    fn run_deferred(&mut self, gi: usize, call: DeferredCall, runner: Runner) -> Option<Next> {
        let ret = match runner {
            Runner::DeferReturn => RetTo::DeferReturn,
            Runner::Panic(id) => RetTo::Panic(id),
        };
        if self.hook.is_some() {
            self.emit_defer_call(gi, &call, ret);
            // A hook that ended the program (the debugger's quit) ends it
            // before the call: natives run without another instruction.
            if let Some(code) = self.hook_exit {
                return Some(Next::Leave(Flow::Exit(code)));
            }
        }
        let top = self.gs[gi].frames.len();
        match self.push_call(gi, &call, ret) {
            Pushed::Frame => {
                if let Runner::Panic(_) = runner {
                    if let Some(p) = self.gs[gi].panics.last_mut() {
                        p.call_frame = top as u32;
                    }
                }
                Some(Next::Reload)
            }
            Pushed::Native(NativeOut::Panic(v)) => Some(self.gopanic(gi, v)),
            Pushed::Native(NativeOut::Exit(c)) => {
                self.flush();
                Some(Next::Leave(Flow::Exit(c)))
            }
            Pushed::Native(NativeOut::Goexit) => {
                self.panics.raising_in_gopanic = matches!(runner, Runner::Panic(_));
                Some(self.goexit(gi))
            }
            Pushed::Native(NativeOut::Fatal(m)) => {
                let c = self.fatal(gi, &m);
                Some(Next::Leave(Flow::Exit(c)))
            }
            // A native that returned: carry on with the next deferred call.
            Pushed::Native(_) => None,
            Pushed::NilFunc => {
                let v = self.rt_error(RtErr::NilDeref);
                self.panics.raising_in_gopanic = matches!(runner, Runner::Panic(_));
                Some(self.gopanic(gi, v))
            }
            Pushed::Overflow => Some(Next::Leave(self.stack_overflow(gi))),
        }
    }

    /// The `Return` instruction: deferreturn, then the epilogue. Re-executed
    /// after each deferred call returns, until the frame has none left.
    pub fn op_return(&mut self, gi: usize) -> Next {
        let fi = self.gs[gi].frames.len() - 1;
        self.gs[gi].frames[fi].returning = true;
        // deferreturn: run this frame's deferred calls, newest first. The
        // pc stays on `Return` so the loop comes back here after each one.
        while let Some(call) = self.pop_defer_of(gi, fi) {
            self.gs[gi].frames[fi].pc -= 1;
            match self.run_deferred(gi, call, Runner::DeferReturn) {
                Some(n) => return n,
                None => self.gs[gi].frames[fi].pc += 1,
            }
        }
        self.ret_frame(gi)
    }

    /// Pops the top frame and delivers its results.
    fn ret_frame(&mut self, gi: usize) -> Next {
        let prog = self.prog;
        let g = &mut self.gs[gi];
        let f = g.frames.pop().expect("frame");
        g.release_open_slots(f.open);
        let proto = &prog.funcs[f.func as usize];
        let (np, nr) = (proto.nparams as usize, proto.nresults as usize);
        let seg = f.seg as usize;
        let base = f.base as usize;
        let mut results: smallvec::SmallVec<[Value; 4]> = smallvec::SmallVec::new();
        for i in 0..nr {
            let v = std::mem::take(&mut g.stack.segs[seg].slots[base + np + i]);
            results.push(match (&v, proto.boxed_results.get(i)) {
                (Value::Cell(c), Some(true)) => c.borrow().clone(),
                _ if proto.copy_results.get(i) == Some(&true) => v.copy_val(),
                _ => v,
            });
        }
        let nsegs = g.stack.segs.len();
        // Returning past a segment boundary unlinks the segment.
        while g.stack.segs.len() > 1 && g.frames.last().map(|c| c.seg as usize).unwrap_or(0) < g.stack.segs.len() - 1 {
            g.stack.unlink();
        }
        if self.hook.is_some() {
            let unlinked = nsegs - self.gs[gi].stack.segs.len();
            self.emit(gi, crate::hook::Event::Return { func: f.func, sp: f.sp, fp: f.fp(prog), ret: f.ret, unlinked, results: &results });
        }
        let g = &mut self.gs[gi];
        match f.ret {
            RetTo::Caller { base: rb } => {
                let c = g.frames.last().expect("caller");
                let (cseg, cbase) = (c.seg as usize, c.base as usize);
                for (i, v) in results.into_iter().enumerate() {
                    g.stack.segs[cseg].slots[cbase + rb as usize + i] = v;
                }
                Next::Reload
            }
            RetTo::DeferReturn => Next::Reload,
            RetTo::Panic(id) => {
                // The deferred call run by panic `id` returned.
                match g.panics.last() {
                    Some(p) if p.id == id => {
                        if p.recovered {
                            self.recovery(gi)
                        } else {
                            self.panic_continue(gi)
                        }
                    }
                    _ => self.panic_continue(gi),
                }
            }
            RetTo::Goexit => {
                if g.goid == 1 && !self.init_done {
                    // runtime.main: run each init function (doInit1), then main.main.
                    let next = match self.prog.init_funcs.get(self.init_stage) {
                        Some(&f) => {
                            self.init_stage += 1;
                            f
                        }
                        None => {
                            self.init_done = true;
                            self.prog.main
                        }
                    };
                    self.push_frame(gi, next, None, &[], RetTo::Goexit);
                    return Next::Reload;
                }
                if g.goid == 1 {
                    // main.main returned: the program ends at once.
                    self.main_returned = true;
                    self.flush();
                    return Next::Leave(Flow::Exit(0));
                }
                Next::Leave(Flow::Dead)
            }
            RetTo::Native => Next::Leave(Flow::NativeReturn(results.into_vec())),
            RetTo::Spread { base: rb } => {
                let c = g.frames.last().expect("caller");
                let (cseg, cbase) = (c.seg as usize, c.base as usize);
                for (i, v) in spread_boxes(&results).into_iter().enumerate() {
                    g.stack.segs[cseg].slots[cbase + rb as usize + i] = v;
                }
                Next::Reload
            }
            RetTo::NativeSpread => Next::Leave(Flow::NativeReturn(spread_boxes(&results))),
        }
    }

    /// gopanic: starts panicking with value `v` from the top frame.
    pub fn gopanic(&mut self, gi: usize, v: Value) -> Next {
        // panic(nil) becomes a *runtime.PanicNilError (Go 1.21+).
        let v = if v.is_nil() { self.rt_error(RtErr::PanicNil) } else { v };
        let id = self.panics.next_panic_id;
        self.panics.next_panic_id += 1;
        let native_frames = std::mem::take(&mut self.panics.panic_native_frames);
        let g = &mut self.gs[gi];
        let top = g.frames.len() - 1;
        let sp = g.frames[top].sp;
        g.panics.push(Panic {
            id,
            arg: v,
            start_frame: top,
            start_sp: sp,
            frame: top as u32,
            sp,
            retpc: 0,
            call_frame: crate::proc::NO_FRAME,
            recovered: false,
            repanicked: false,
            goexit: false,
            native_frames,
            in_gopanic: std::mem::take(&mut self.panics.raising_in_gopanic),
        });
        if self.hook.is_some() {
            self.emit(gi, crate::hook::Event::Panic { id });
        }
        self.panic_continue(gi)
    }

    /// Goexit: runs every pending deferred call of the goroutine, then ends it.
    pub fn goexit(&mut self, gi: usize) -> Next {
        let id = self.panics.next_panic_id;
        self.panics.next_panic_id += 1;
        let g = &mut self.gs[gi];
        let top = g.frames.len() - 1;
        let sp = g.frames[top].sp;
        g.panics.push(Panic {
            id,
            arg: Value::Nil,
            start_frame: top,
            start_sp: sp,
            frame: top as u32,
            sp,
            retpc: 0,
            call_frame: crate::proc::NO_FRAME,
            recovered: false,
            repanicked: false,
            goexit: true,
            native_frames: &[],
            in_gopanic: std::mem::take(&mut self.panics.raising_in_gopanic),
        });
        if self.hook.is_some() {
            self.emit(gi, crate::hook::Event::Goexit { id });
        }
        self.panic_continue(gi)
    }

    /// The loop of gopanic/Goexit over `nextDefer`: finds the next deferred
    /// call, frame by frame from the innermost, and pushes it.
    pub fn panic_continue(&mut self, gi: usize) -> Next {
        loop {
            let (id, fi) = {
                let p = self.gs[gi].panics.last().expect("panic");
                (p.id, p.frame as usize)
            };
            if let Some(call) = self.pop_defer_of(gi, fi) {
                let func = self.gs[gi].frames[fi].func;
                self.gs[gi].panics.last_mut().expect("panic").retpc = func;
                match self.run_deferred(gi, call, Runner::Panic(id)) {
                    Some(n) => return n,
                    None => {
                        // A native deferred call finished; did it recover? (never)
                        continue;
                    }
                }
            }
            // nextFrame: move to the frame below, skipping the frames whose
            // defers an older panic already ran (issue 77062).
            let g = &self.gs[gi];
            let next = match g.frames[fi].ret {
                // (From the newest: the older panic is almost always the
                // one just below, and a chain of 100,000 panics raised by
                // deferred calls would otherwise scan quadratically.)
                RetTo::Panic(old) => g.panics.iter().rev().find(|p| p.id == old).map(|p| p.frame as usize),
                RetTo::Native => {
                    // The panic reached Rust code that called into Go.
                    if self.panics.printing_panics {
                        // preprintpanics will throw; Go's traceback then
                        // still shows the panicking Error/String frames.
                        let mut lines = vec![crate::traceback::PANIC_LINE.to_string()];
                        lines.extend(crate::traceback::frame_lines_from(self, gi, fi));
                        self.panics.print_panic_frames = lines;
                    }
                    let p = self.gs[gi].panics.pop().expect("panic");
                    self.gs[gi].truncate_open_slots(fi);
                    self.gs[gi].frames.truncate(fi);
                    // A Goexit is no panic to the Rust caller: the native
                    // ends with it and the Goexit goes on from its call.
                    if p.goexit {
                        self.native_unwind = Some(NativeOut::Goexit);
                    }
                    return Next::Leave(Flow::NativePanic(p.arg));
                }
                _ => fi.checked_sub(1),
            };
            match next {
                Some(n) => {
                    let sp = self.gs[gi].frames[n].sp;
                    let p = self.gs[gi].panics.last_mut().expect("panic");
                    p.frame = n as u32;
                    p.sp = sp;
                    if self.hook.is_some() {
                        self.emit(gi, crate::hook::Event::Unwind { id, from: fi, to: n });
                    }
                }
                None => {
                    let goexit = self.gs[gi].panics.last().map(|p| p.goexit).unwrap_or(false);
                    if goexit {
                        return self.goexit0(gi);
                    }
                    let code = self.fatalpanic(gi);
                    return Next::Leave(Flow::Exit(code));
                }
            }
        }
    }

    /// goexit0: the goroutine is done.
    fn goexit0(&mut self, gi: usize) -> Next {
        let g = &mut self.gs[gi];
        g.panics.clear();
        g.defers.clear();
        g.open_slots.clear();
        g.frames.clear();
        if g.goid == 1 {
            self.main_goexited = true;
        }
        Next::Leave(Flow::Dead)
    }

    /// gorecover: the panic value if `recover` was called directly by the
    /// deferred call the current panic is running, else nil.
    ///
    /// The rule is Go 1.27's, which walks the stack: exactly one non-wrapper
    /// frame between gorecover and the panic's gopanic frame. Here: of the
    /// frames from the one the panic pushed for the deferred call
    /// (`Panic::call_frame`) up to the top (recover's caller), exactly one
    /// is not a wrapper. So wrappers in between (promoted methods, method
    /// values, deferwraps) do not count; a recover in a helper that the
    /// deferred function calls gets nil (two non-wrapper frames); `defer
    /// recover()` in the panicking function gets nil (its deferwrap is the
    /// only frame, a wrapper), while the same statement inside the deferred
    /// function recovers (deferwrap on top of the deferred function: one
    /// non-wrapper frame). Nil also during Goexit and once the panic is
    /// recovered. Go's test/recover.go covers these cases.
    pub fn gorecover(&mut self, gi: usize) -> Value {
        let g = &mut self.gs[gi];
        let top = g.frames.len() - 1;
        let prog = self.prog;
        let is_wrapper = |i: usize| prog.funcs[g.frames[i].func as usize].wrapper;
        let direct = match g.panics.last() {
            Some(p) if p.call_frame as usize <= top => (p.call_frame as usize..=top).filter(|&i| !is_wrapper(i)).count() == 1,
            _ => false,
        };
        match g.panics.last_mut() {
            Some(p) if !p.goexit && !p.recovered && direct => {
                p.recovered = true;
                p.arg.clone()
            }
            _ => Value::Nil,
        }
    }

    /// recovery: the deferred call that recovered has returned. Cut the
    /// stack back to the frame that deferred it and resume at its
    /// deferreturn site, dropping every panic that started deeper.
    fn recovery(&mut self, gi: usize) -> Next {
        let target = self.gs[gi].panics.last().expect("panic").frame as usize;
        let recovered_id = self.gs[gi].panics.last().expect("panic").id;
        loop {
            let g = &mut self.gs[gi];
            let Some(p) = g.panics.last() else { break };
            // A panic (or Goexit) raised by the target frame itself has its
            // gopanic frame above the target: the jump discards it.
            if p.start_frame < target && !p.recovered {
                break;
            }
            if p.goexit && p.start_frame >= target {
                // Never unwind past a pending Goexit: resume its loop on
                // its own frame (Go jumps to p.startPC/startSP), dropping
                // everything above the frame that called Goexit.
                let cf = p.start_frame + 1;
                g.truncate_open_slots(cf);
                g.frames.truncate(cf);
                self.unlink_above(gi);
                return self.panic_continue(gi);
            }
            if p.start_frame < target && p.recovered {
                break;
            }
            g.panics.pop();
        }
        let g = &mut self.gs[gi];
        g.truncate_open_slots(target + 1);
        g.frames.truncate(target + 1);
        // Linked defers of frames we cut away were already run.
        let sp = g.frames[target].sp;
        while g.defers.last().map(|d| d.sp < sp).unwrap_or(false) {
            g.defers.pop();
        }
        let f = &mut g.frames[target];
        f.set_recovered_at(f.pc.saturating_sub(1));
        f.pc = self.prog.funcs[f.func as usize].deferreturn_pc;
        self.unlink_above(gi);
        if self.hook.is_some() {
            let pc = self.gs[gi].frames[target].pc;
            self.emit(gi, crate::hook::Event::Recovery { id: recovered_id, frame: target, pc });
        }
        Next::Reload
    }

    fn unlink_above(&mut self, gi: usize) {
        let g = &mut self.gs[gi];
        let top_seg = g.frames.last().map(|f| f.seg as usize).unwrap_or(0);
        while g.stack.segs.len() > top_seg + 1 {
            g.stack.unlink();
        }
    }

    /// The goroutine's stack would exceed the maximum: Go throws from
    /// newstack; no deferred call runs.
    pub fn stack_overflow(&mut self, gi: usize) -> Flow {
        if self.hook.is_some() {
            self.emit(gi, crate::hook::Event::Fatal { msg: "stack overflow" });
            if let Some(code) = self.hook_exit {
                return Flow::Exit(code);
            }
        }
        self.flush();
        let g = &self.gs[gi];
        let seg = g.stack.segs.last().expect("segment");
        let sp = g.frames.last().map(|f| f.sp).unwrap_or(seg.lo);
        let mut s = format!(
            "runtime: goroutine stack exceeds {}-byte limit\nruntime: sp={:#x} stack=[{:#x}, {:#x}]\nfatal error: stack overflow\n\nruntime stack:\nruntime.throw({{0x4a0f2e?, 0x0?}})\n\truntime/panic.go:1243 +0x48\nruntime.newstack()\n\truntime/stack.go:1207 +0x5dd\nruntime.morestack()\n\truntime/asm_amd64.s:650 +0x7b\n\n",
            self.opts.max_stack, sp, seg.lo, seg.hi
        );
        s.push_str(&crate::traceback::goroutine_trace_with(self, gi, "running", true));
        self.write_stderr(s.as_bytes());
        Flow::Exit(2)
    }

    /// fatal: a user-level fatal error (no recover, no defers).
    pub fn fatal(&mut self, gi: usize, msg: &str) -> i32 {
        if self.hook.is_some() {
            self.emit(gi, crate::hook::Event::Fatal { msg });
            if let Some(code) = self.hook_exit {
                return code;
            }
        }
        self.flush();
        let mut s = String::new();
        if !self.gs[gi].panics.is_empty() {
            self.preprint_fatal(gi);
            s.push_str(&self.printpanics(gi));
            s.push('\t');
        }
        s.push_str(&format!("fatal error: {msg}\n\n"));
        s.push_str(&crate::traceback::goroutine_trace(self, gi, "running"));
        self.write_stderr(s.as_bytes());
        2
    }

    /// fatalpanic: prints the panic chain and the goroutine's traceback.
    fn fatalpanic(&mut self, gi: usize) -> i32 {
        if self.hook.is_some() {
            self.emit(gi, crate::hook::Event::FatalPanic);
            // Ended by the hook (quit at the stop): nothing more is printed.
            if let Some(code) = self.hook_exit {
                return code;
            }
        }
        if let Some(msg) = self.preprintpanics(gi) {
            // Error()/String() panicked while printing: Go throws.
            self.flush();
            let mut s = format!("fatal error: {msg}\n\n");
            s.push_str(&crate::traceback::goroutine_trace(self, gi, "running"));
            self.write_stderr(s.as_bytes());
            return 2;
        }
        let mut s = self.printpanics(gi);
        // dopanic_m prints the signal line when gp.sig is set: by a nil
        // dereference anywhere in the chain being printed (a recovery
        // clears it only once no panic is left), not only the newest.
        let nil_deref = self.gs[gi].panics.iter().any(|p| matches!(&p.arg, Value::Str(t) if t.ends_with(b"nil pointer dereference")));
        if nil_deref {
            s.push_str("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
        }
        // dopanic_m: the failing goroutine's traceback, then with `all`
        // every other one; level 0 prints none.
        let setting = self.gotraceback();
        if setting.level > 0 {
            s.push('\n');
            s.push_str(&crate::traceback::goroutine_trace(self, gi, "running"));
            if setting.all {
                s.push_str(&self.tracebackothers(gi));
            }
        }
        self.flush();
        self.write_stderr(s.as_bytes());
        2
    }

    /// gotraceback: debug.SetTraceback's setting or'ed with GOTRACEBACK's.
    pub(crate) fn gotraceback(&self) -> crate::traceback::Gotraceback {
        let env = self.runtime_state.traceback_env;
        self.runtime_state.traceback_set.map_or(env, |set| set.or(env))
    }

    /// tracebackothers: every live goroutine but `gi`, in creation order,
    /// each after a blank line.
    fn tracebackothers(&self, gi: usize) -> String {
        let mut others: Vec<usize> = (0..self.gs.len()).filter(|&i| i != gi && self.gs[i].status != Gstatus::Dead).collect();
        others.sort_by_key(|&i| self.gs[i].goid);
        let mut s = String::new();
        for i in others {
            let g = &self.gs[i];
            let status = if g.status == Gstatus::Waiting { g.waitreason } else { "runnable" };
            s.push('\n');
            s.push_str(&crate::traceback::goroutine_trace(self, i, status));
        }
        s
    }

    /// preprintpanics: marks re-panics of the identical value and turns
    /// error/Stringer values into their text.
    fn preprintpanics(&mut self, gi: usize) -> Option<String> {
        let n = self.gs[gi].panics.len();
        for i in (1..n).rev() {
            let same = match (&self.gs[gi].panics[i].arg, &self.gs[gi].panics[i - 1].arg) {
                (Value::Iface(a), Value::Iface(b)) => self.same_panic_value(a, b),
                _ => false,
            };
            if same {
                self.gs[gi].panics[i - 1].repanicked = true;
            }
        }
        for i in 0..n {
            let arg = self.gs[gi].panics[i].arg.clone();
            self.panics.printing_panics = true;
            let text = crate::fmt::preprint_panic_value(self, gi, &arg);
            self.panics.printing_panics = false;
            match text {
                Ok(text) => self.gs[gi].panics[i].arg = Value::str(&text),
                Err(fatal) => return Some(fatal),
            }
        }
        None
    }

    /// printPreFatalDeferPanic: a fatal error while panics run prints the
    /// chain without calling Error/String: printpanicval of the raw values
    /// (`runtime.errorString("...")`, `main.Code(7)`, `(*main.E) 0x...`).
    fn preprint_fatal(&mut self, gi: usize) {
        let n = self.gs[gi].panics.len();
        for i in (1..n).rev() {
            let same = match (&self.gs[gi].panics[i].arg, &self.gs[gi].panics[i - 1].arg) {
                (Value::Iface(a), Value::Iface(b)) => self.same_panic_value(a, b),
                _ => false,
            };
            if same {
                self.gs[gi].panics[i - 1].repanicked = true;
            }
        }
        for i in 0..n {
            let text = self.raw_panic_text(&self.gs[gi].panics[i].arg);
            self.gs[gi].panics[i].arg = Value::str(&text);
        }
    }

    /// printpanicval on a value as it is (no Error/String call).
    fn raw_panic_text(&self, v: &Value) -> String {
        use gostd::runtime_print::{print_panic_value, PanicValue};
        use types::Kind;
        let mut out = Vec::new();
        let i = match v {
            Value::Iface(i) => i,
            // Already text (printed before), or nil.
            Value::Str(s) => return String::from_utf8_lossy(s).into_owned(),
            _ => {
                print_panic_value(&mut out, &PanicValue::Nil);
                return String::from_utf8_lossy(&out).into_owned();
            }
        };
        let (ty, val) = (i.ty, &i.val);
        let tt = &self.prog.types;
        let mut text = val.str_bytes();
        if ty == self.rt.error_string {
            // The VM keeps Error()'s text; Go's errorString has no prefix.
            text = text.strip_prefix(b"runtime error: ").unwrap_or(text);
        }
        let inner: Option<PanicValue> = match tt.ukind(ty) {
            Kind::Bool => Some(PanicValue::Bool(val.as_bool())),
            Kind::Uint | Kind::Uint8 | Kind::Uint16 | Kind::Uint32 | Kind::Uint64 | Kind::Uintptr => {
                Some(PanicValue::Uint(val.as_int() as u64))
            }
            _ if tt.is_integer(ty) => Some(PanicValue::Int(val.as_int())),
            Kind::Float32 => Some(PanicValue::Float32(val.as_float() as f32)),
            Kind::Float64 => Some(PanicValue::Float64(val.as_float())),
            Kind::Complex64 | Kind::Complex128 => {
                let (a, b) = match val {
                    Value::Complex(a, b) => (*a, *b),
                    _ => (0.0, 0.0),
                };
                Some(if matches!(tt.ukind(ty), Kind::Complex64) {
                    PanicValue::Complex64(a as f32, b as f32)
                } else {
                    PanicValue::Complex128(a, b)
                })
            }
            Kind::String => Some(PanicValue::Str(text)),
            _ => None,
        };
        let name = tt.name(ty);
        match inner {
            Some(iv) if tt.named_info(ty).is_some() => print_panic_value(&mut out, &PanicValue::Named(&name, Box::new(iv))),
            Some(iv) => print_panic_value(&mut out, &iv),
            None => {
                let a = if val.is_nil() { 0 } else { addr_of(val) as u64 };
                print_panic_value(&mut out, &PanicValue::Other(&name, a))
            }
        }
        String::from_utf8_lossy(&out).into_owned()
    }

    /// Go's test `*efaceOf(&p.link.arg) == *efaceOf(&p.arg)`: the same type
    /// word and data word. Besides one boxed value seen twice, Go shares the
    /// data word of values it boxes without allocating: zero-size values
    /// (`zerobase`), 1-byte values, and integers 0..=255 and floats whose
    /// bits are below 256 (`staticuint64s`),
    /// and the runtime's constant error values (`divideError`,
    /// `memoryError`, `shiftError`, `plainError("...")` constants,
    /// `PanicNilError`). Constant operands (`panic("msg")`) also share
    /// read-only data in Go; the VM does not know which values were
    /// constants, so those still count as distinct here.
    pub(crate) fn same_panic_value(&self, a: &Rc<Iface>, b: &Rc<Iface>) -> bool {
        use types::Kind;
        if Rc::ptr_eq(a, b) {
            return true;
        }
        if a.ty != b.ty {
            return false;
        }
        let tt = &self.prog.types;
        let rt = &self.rt;
        if a.ty == rt.panic_nil_error {
            return true;
        }
        if a.ty == rt.error_string || a.ty == rt.plain_error {
            const SHARED: [&str; 11] = [
                "runtime error: integer divide by zero",
                "runtime error: invalid memory address or nil pointer dereference",
                "runtime error: negative shift amount",
                "runtime error: makeslice: len out of range",
                "runtime error: makeslice: cap out of range",
                "runtime error: growslice: len out of range",
                "assignment to entry in nil map",
                "close of nil channel",
                "close of closed channel",
                "send on closed channel",
                "makechan: size out of range",
            ];
            let (x, y) = (a.val.str_bytes(), b.val.str_bytes());
            return x == y && SHARED.iter().any(|m| m.as_bytes() == x);
        }
        let u = tt.underlying(a.ty);
        match (tt.kind(u), &a.val, &b.val) {
            (Kind::Bool, Value::Bool(x), Value::Bool(y)) => x == y,
            (Kind::Int8 | Kind::Uint8, Value::Int(x), Value::Int(y)) => x == y,
            (
                Kind::Int
                | Kind::Int16
                | Kind::Int32
                | Kind::Int64
                | Kind::Uint
                | Kind::Uint16
                | Kind::Uint32
                | Kind::Uint64
                | Kind::Uintptr,
                Value::Int(x),
                Value::Int(y),
            ) => x == y && (*x as u64) < 256,
            // convT64/convT32 box float64/float32 through staticuint64s too
            // when the bit pattern is below 256 (+0.0 and tiny denormals).
            (Kind::Float64, Value::Float(x), Value::Float(y)) => x.to_bits() == y.to_bits() && x.to_bits() < 256,
            (Kind::Float32, Value::Float(x), Value::Float(y)) => {
                (*x as f32).to_bits() == (*y as f32).to_bits() && (*x as f32).to_bits() < 256
            }
            (Kind::Struct(_) | Kind::Array(..), _, _) => tt.size_of(a.ty) == 0,
            // Constant strings the standard library panics with (Go's
            // `panic("sync: negative WaitGroup counter")` boxes a constant).
            (Kind::String, Value::Str(x), Value::Str(y)) => x == y && NATIVE_CONSTANT_PANICS.iter().any(|m| m.as_bytes() == &x[..]),
            _ => false,
        }
    }

    /// printpanics: the chain oldest first, as runtime/panic.go prints it.
    fn printpanics(&self, gi: usize) -> String {
        let ps = &self.gs[gi].panics;
        let mut s = String::new();
        for (i, p) in ps.iter().enumerate() {
            if i > 0 {
                // Go returns from this level of its recursion only: the
                // repanic is not printed, newer panics still are.
                if ps[i - 1].repanicked {
                    continue;
                }
                if !ps[i - 1].goexit {
                    s.push('\t');
                }
            }
            if p.goexit {
                continue;
            }
            s.push_str("panic: ");
            let text = String::from_utf8_lossy(p.arg.str_bytes()).into_owned();
            s.push_str(&text);
            if p.recovered && p.repanicked {
                s.push_str(" [recovered, repanicked]");
            } else if p.recovered {
                s.push_str(" [recovered]");
            }
            s.push('\n');
        }
        s
    }
}

/// Panic values that natives raise where Go's library code panics with a
/// string constant (so two such panics are the same interface value).
const NATIVE_CONSTANT_PANICS: &[&str] =
    &["sync: negative WaitGroup counter", "sync: WaitGroup is reused before previous Wait has returned"];

/// The values in the boxes of callReflect's []any result (each an
/// interface whose type slot is the result's type: natives/reflect.rs).
fn spread_boxes(results: &[Value]) -> Vec<Value> {
    results
        .first()
        .map(|s| {
            s.slice_elems()
                .into_iter()
                .map(|b| match b {
                    Value::Iface(i) => i.val.clone(),
                    _ => Value::Nil,
                })
                .collect()
        })
        .unwrap_or_default()
}
