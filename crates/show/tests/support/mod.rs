//! A small stand-in for the recorder, for tests: a model of the run's state
//! (goroutines with their frames outermost first, records, objects by
//! address, channels) that scenario code mutates statement by statement,
//! and `snap` hash-conses into the tables of docs/recording-format.md.
//!
//! It writes the documented format only; the viewer is tested against the
//! JSON files it produced (`tests/fixtures/*.json`), never against this code.

#![allow(dead_code)] // each test binary uses part of it

pub mod lex;
pub mod scenarios;
pub mod synth;
pub mod validate;

use serde_json::{json, Map, Value};
use std::collections::HashMap;

/// Table is one hash-consed table: each distinct entry stored once.
#[derive(Default)]
pub struct Table {
    items: Vec<Value>,
    index: HashMap<String, usize>,
}

impl Table {
    pub fn intern(&mut self, v: Value) -> usize {
        let key = v.to_string();
        if let Some(&i) = self.index.get(&key) {
            return i;
        }
        self.items.push(v);
        self.index.insert(key, self.items.len() - 1);
        self.items.len() - 1
    }
}

/// V is a value as scenario code writes it: types as text, refs by address.
#[derive(Clone, Debug, Default)]
pub struct V {
    pub t: String,
    pub iface: Option<String>,
    pub v: Option<String>,
    pub r#ref: Option<String>,
    pub at: Option<usize>,
    pub text: String,
}

pub fn val(t: &str, v: &str) -> V {
    V { t: t.into(), v: Some(v.into()), text: v.into(), ..V::default() }
}
pub fn int(n: i64) -> V {
    val("int", &n.to_string())
}
pub fn string(s: &str) -> V {
    val("string", &format!("{s:?}"))
}
pub fn boolean(b: bool) -> V {
    val("bool", if b { "true" } else { "false" })
}
pub fn nil(t: &str) -> V {
    val(t, "nil")
}
/// ptr points at the object at addr (`text` is its %#v).
pub fn ptr(t: &str, addr: &str, text: &str) -> V {
    V { t: t.into(), r#ref: Some(addr.into()), text: text.into(), ..V::default() }
}
/// slice is a slice header pointing into its backing array at `at`.
pub fn slice(t: &str, addr: &str, at: usize, len: usize, cap: usize, text: &str) -> V {
    V {
        t: t.into(),
        v: Some(format!("len={len} cap={cap}")),
        r#ref: Some(addr.into()),
        at: if at > 0 { Some(at) } else { None },
        text: text.into(),
        ..V::default()
    }
}
/// iface puts a dynamic value in an interface of static type `stat`.
pub fn iface(stat: &str, mut inner: V) -> V {
    inner.iface = Some(stat.into());
    inner
}

#[derive(Clone, Debug, Default)]
pub struct Slot {
    pub call: String,
    pub func: String,
    pub args: Vec<V>,
    pub set: bool,
}

#[derive(Clone, Debug, Default)]
pub struct Open {
    pub bits: String,
    pub slots: Vec<Slot>,
}

#[derive(Clone, Debug, Default)]
pub struct F {
    pub func: String,
    pub file: usize,
    pub line: u32,
    pub pc: String,
    pub sp: u64,
    pub fp: u64,
    pub seg: usize,
    pub lib: bool,
    pub ret: String,
    pub vars: Vec<(String, &'static str, V)>,
    pub open: Option<Open>,
}

impl F {
    pub fn var(&mut self, name: &str, v: V) {
        match self.vars.iter_mut().find(|(n, _, _)| n == name) {
            Some(slot) => slot.2 = v,
            None => self.vars.push((name.into(), "local", v)),
        }
    }
    pub fn param(mut self, name: &str, v: V) -> F {
        self.vars.push((name.into(), "param", v));
        self
    }
    pub fn result(mut self, name: &str, v: V) -> F {
        self.vars.push((name.into(), "result", v));
        self
    }
}

/// D is a `_defer` record; `depth` names its frame from the bottom of the
/// goroutine's stack (the snapshot turns it into the format's innermost-first
/// index).
#[derive(Clone, Debug, Default)]
pub struct D {
    pub func: String,
    pub args: Vec<V>,
    pub call: String,
    pub heap: bool,
    pub sp: u64,
    pub pc: String,
    pub line: u32,
    pub depth: usize,
}

/// P is a `_panic` record; frame/start/running are depths from the bottom.
#[derive(Clone, Debug, Default)]
pub struct P {
    pub id: u32,
    pub goexit: bool,
    pub value: Option<V>,
    pub recovered: bool,
    pub aborted: bool,
    pub repanicked: bool,
    pub frame: usize,
    pub start: usize,
    pub running: Option<usize>,
}

#[derive(Clone, Debug, Default)]
pub struct G {
    pub id: u32,
    pub status: &'static str,
    pub wait: Option<String>,
    pub created_by: Option<(String, usize, u32)>,
    /// outermost first (the scenario pushes calls); the snapshot reverses
    pub frames: Vec<F>,
    /// oldest first; the snapshot writes the chain newest first
    pub defers: Vec<D>,
    /// oldest first; written newest first
    pub panics: Vec<P>,
    pub segments: Vec<(u64, u64)>,
    pub moved: Option<((u64, u64), (u64, u64))>,
}

impl G {
    pub fn top(&mut self) -> &mut F {
        self.frames.last_mut().expect("goroutine has no frames")
    }
}

#[derive(Clone, Debug)]
pub enum Body {
    Struct(Vec<(String, V)>),
    Array(Vec<V>, usize),
    Map(Vec<(V, V)>, usize),
    Cell(V),
    Func(String, Vec<(String, V)>),
    Chan,
}

#[derive(Clone, Debug)]
pub struct O {
    pub addr: String,
    pub ty: String,
    pub body: Body,
}

#[derive(Clone, Debug, Default)]
pub struct C {
    pub addr: String,
    pub ty: String,
    pub cap: usize,
    pub buf: Vec<V>,
    pub closed: bool,
    pub recvq: Vec<u32>,
    pub sendq: Vec<(u32, V)>,
}

#[derive(Clone, Debug, Default)]
pub struct Model {
    pub gs: Vec<G>,
    pub objects: Vec<O>,
    pub chans: Vec<C>,
}

impl Model {
    pub fn g(&mut self, id: u32) -> &mut G {
        self.gs.iter_mut().find(|g| g.id == id).expect("no such goroutine")
    }
    /// obj gives the object at addr, to change it in place.
    pub fn obj(&mut self, addr: &str) -> &mut O {
        self.objects.iter_mut().find(|o| o.addr == addr).expect("no such object")
    }
    pub fn chan(&mut self, addr: &str) -> &mut C {
        self.chans.iter_mut().find(|c| c.addr == addr).expect("no such chan")
    }
    pub fn alloc(&mut self, addr: &str, ty: &str, body: Body) {
        self.objects.push(O { addr: addr.into(), ty: ty.into(), body });
    }
}

pub fn hex(x: u64) -> String {
    format!("{x:#x}")
}

/// Stack top of goroutine N, as gostack lays stacks out (docs/inspecting.md).
pub fn stack_hi(g: u32) -> u64 {
    0xc000_0000_0000 + g as u64 * 0x10_0000_0000
}

/// Rec is the recording being built.
pub struct Rec {
    pub m: Model,
    files: Vec<Value>,
    strings: Table,
    values: Table,
    objects: Table,
    frames: Table,
    defers: Table,
    panics: Table,
    goroutines: Table,
    chans: Table,
    states: Table,
    steps: Vec<Value>,
    output: Vec<Value>,
    first_obj: HashMap<String, usize>,
    first_chan: HashMap<String, usize>,
    pub stack_model: &'static str,
    pub max_record: usize,
}

impl Rec {
    pub fn new() -> Rec {
        Rec {
            m: Model::default(),
            files: vec![],
            strings: Table::default(),
            values: Table::default(),
            objects: Table::default(),
            frames: Table::default(),
            defers: Table::default(),
            panics: Table::default(),
            goroutines: Table::default(),
            chans: Table::default(),
            states: Table::default(),
            steps: vec![],
            output: vec![],
            first_obj: HashMap::new(),
            first_chan: HashMap::new(),
            stack_model: "segmented",
            max_record: 20000,
        }
    }

    /// file adds a source file (file 0 is the program) and returns its index.
    pub fn file(&mut self, name: &str, path: &str, lib: bool, src: &str) -> usize {
        let lines: Vec<Value> =
            lex::lex(src).into_iter().map(|runs| json!(runs.into_iter().map(|(c, t)| json!([c, t])).collect::<Vec<_>>())).collect();
        self.files.push(json!({"name": name, "path": path, "lib": lib, "lines": lines}));
        self.files.len() - 1
    }

    pub fn steps(&self) -> usize {
        self.steps.len()
    }

    pub fn out(&mut self, stream: &str, text: &str) {
        self.output.push(json!([stream, text]));
    }

    fn s(&mut self, text: &str) -> usize {
        self.strings.intern(Value::String(text.into()))
    }

    fn v(&mut self, v: &V) -> usize {
        let mut o = Map::new();
        o.insert("t".into(), json!(self.s(&v.t)));
        if let Some(i) = &v.iface {
            o.insert("iface".into(), json!(self.s(i)));
        }
        if let Some(x) = &v.v {
            o.insert("v".into(), json!(x));
        }
        if let Some(addr) = &v.r#ref {
            let i = self.obj_index(addr);
            o.insert("ref".into(), json!(i));
        }
        if let Some(at) = v.at {
            o.insert("at".into(), json!(at));
        }
        o.insert("text".into(), json!(v.text));
        self.values.intern(Value::Object(o))
    }

    /// obj_index is the index a ref writes for addr: the first entry stored
    /// for that address (the format resolves refs by address).
    fn obj_index(&mut self, addr: &str) -> usize {
        if let Some(&i) = self.first_obj.get(addr) {
            return i;
        }
        let o = self.m.objects.iter().find(|o| o.addr == addr).unwrap_or_else(|| panic!("ref to unknown object {addr}")).clone();
        self.intern_obj(&o)
    }

    fn intern_obj(&mut self, o: &O) -> usize {
        let mut e = Map::new();
        let (kind, body) = match &o.body {
            Body::Struct(fields) => {
                let fs: Vec<Value> = fields.iter().map(|(n, v)| json!([self.s(n), self.v(v)])).collect();
                ("struct", json!({"fields": fs}))
            }
            Body::Array(elems, more) => {
                let es: Vec<usize> = elems.iter().map(|v| self.v(v)).collect();
                ("array", json!({"elems": es, "more": more}))
            }
            Body::Map(entries, more) => {
                let es: Vec<Value> = entries.iter().map(|(k, v)| json!([self.v(k), self.v(v)])).collect();
                ("map", json!({"entries": es, "more": more}))
            }
            Body::Cell(v) => ("cell", json!({"v": self.v(v)})),
            Body::Func(f, caps) => {
                let cs: Vec<Value> = caps.iter().map(|(n, v)| json!([self.s(n), self.v(v)])).collect();
                ("func", json!({"fn": self.s(f), "captures": cs}))
            }
            Body::Chan => ("chan", json!({"chan": self.chan_index(&o.addr)})),
        };
        e.insert("kind".into(), json!(kind));
        e.insert("type".into(), json!(self.s(&o.ty)));
        e.insert("addr".into(), json!(o.addr));
        for (k, v) in body.as_object().unwrap() {
            e.insert(k.clone(), v.clone());
        }
        let i = self.objects.intern(Value::Object(e));
        self.first_obj.entry(o.addr.clone()).or_insert(i);
        i
    }

    fn chan_index(&mut self, addr: &str) -> usize {
        if let Some(&i) = self.first_chan.get(addr) {
            return i;
        }
        let c = self.m.chans.iter().find(|c| c.addr == addr).unwrap_or_else(|| panic!("unknown chan {addr}")).clone();
        self.intern_chan(&c)
    }

    fn intern_chan(&mut self, c: &C) -> usize {
        let buf: Vec<usize> = c.buf.iter().map(|v| self.v(v)).collect();
        let sendq: Vec<Value> = c.sendq.iter().map(|(g, v)| json!({"g": g, "v": self.v(v)})).collect();
        let e = json!({"addr": c.addr, "type": self.s(&c.ty), "cap": c.cap, "buf": buf,
            "closed": c.closed, "recvq": c.recvq, "sendq": sendq});
        let i = self.chans.intern(e);
        self.first_chan.entry(c.addr.clone()).or_insert(i);
        i
    }

    fn intern_frame(&mut self, f: &F) -> usize {
        let vars: Vec<Value> = f.vars.iter().map(|(n, k, v)| json!({"name": self.s(n), "kind": k, "v": self.v(v)})).collect();
        let mut e = json!({"fn": self.s(&f.func), "file": f.file, "line": f.line, "pc": f.pc,
            "sp": hex(f.sp), "fp": hex(f.fp), "seg": f.seg, "lib": f.lib,
            "ret": if f.ret.is_empty() { "caller" } else { &f.ret }, "vars": vars});
        if let Some(open) = &f.open {
            let slots: Vec<Value> = open
                .slots
                .iter()
                .map(|s| {
                    let args: Vec<usize> = s.args.iter().map(|v| self.v(v)).collect();
                    json!({"call": self.s(&s.call), "fn": self.s(&s.func), "args": args, "set": s.set})
                })
                .collect();
            e["open"] = json!({"bits": open.bits, "slots": slots});
        }
        self.frames.intern(e)
    }

    fn intern_g(&mut self, g: &G) -> usize {
        let n = g.frames.len();
        let inner = |depth: usize| n - 1 - depth;
        let frames: Vec<usize> = g.frames.iter().rev().map(|f| self.intern_frame(f)).collect();
        let defers: Vec<usize> = g
            .defers
            .iter()
            .rev()
            .map(|d| {
                let args: Vec<usize> = d.args.iter().map(|v| self.v(v)).collect();
                let e = json!({"fn": self.s(&d.func), "args": args, "call": self.s(&d.call), "heap": d.heap,
                    "sp": hex(d.sp), "pc": d.pc, "line": d.line, "frame": inner(d.depth)});
                self.defers.intern(e)
            })
            .collect();
        let panics: Vec<usize> = g
            .panics
            .iter()
            .rev()
            .map(|p| {
                let mut e = json!({"id": p.id, "kind": if p.goexit { "goexit" } else { "panic" },
                    "recovered": p.recovered, "aborted": p.aborted, "repanicked": p.repanicked,
                    "frame": inner(p.frame), "start": inner(p.start),
                    "running": p.running.map(inner)});
                if let Some(v) = &p.value {
                    e["value"] = json!(self.v(v));
                }
                self.panics.intern(e)
            })
            .collect();
        let created_by = match &g.created_by {
            Some((f, file, line)) => json!({"fn": self.s(f), "file": file, "line": line}),
            None => Value::Null,
        };
        let segments: Vec<Value> =
            g.segments.iter().map(|&(lo, hi)| json!({"lo": hex(lo), "hi": hex(hi), "guard": hex(lo + 928)})).collect();
        let mut e = json!({"id": g.id, "status": g.status, "created_by": created_by,
            "frames": frames, "defers": defers, "panics": panics, "segments": segments});
        if let Some(w) = &g.wait {
            e["wait"] = json!(w);
        }
        if let Some(((a, b), (c, d))) = g.moved {
            e["moved"] = json!({"from": [hex(a), hex(b)], "to": [hex(c), hex(d)]});
        }
        self.goroutines.intern(e)
    }

    fn snap(&mut self, g: u32, line: u32, kind: &str, ev: Option<&str>, say: &str) {
        if self.steps.len() >= self.max_record {
            return; // the recorder stops at max_record steps
        }
        let m = self.m.clone();
        let gi: Vec<usize> = m.gs.iter().map(|g| self.intern_g(g)).collect();
        let oi: Vec<usize> = m.objects.iter().map(|o| self.intern_obj(o)).collect();
        let ci: Vec<usize> = m.chans.iter().map(|c| self.intern_chan(c)).collect();
        let state = self.states.intern(json!({"gs": gi, "objects": oi, "chans": ci}));
        let (file, lib) = match m.gs.iter().find(|x| x.id == g).and_then(|x| x.frames.last()) {
            Some(f) => (f.file, f.lib),
            None => (0, false),
        };
        let mut step = json!({"state": state, "g": g, "file": file, "line": line, "kind": kind,
            "lib": lib, "say": self.s(say), "out": self.output.len()});
        if let Some(ev) = ev {
            step["ev"] = json!(ev);
        }
        self.steps.push(step);
    }

    /// stmt records a step before the statement at `line` of goroutine g's
    /// innermost frame runs (and moves that frame's line there).
    pub fn stmt(&mut self, g: u32, line: u32, say: &str) {
        if let Some(f) = self.m.g(g).frames.last_mut() {
            f.line = line;
        }
        self.snap(g, line, "stmt", None, say);
    }

    /// event records a step right after a runtime event.
    pub fn event(&mut self, g: u32, ev: &str, line: u32, say: &str) {
        self.snap(g, line, "event", Some(ev), say);
    }

    pub fn finish(self, code: i32, why: &str, say: &str, truncated: bool) -> Value {
        json!({
            "format": "gostack-recording",
            "version": 1,
            "gostack": "0.1.0",
            "files": self.files,
            "strings": self.strings.items,
            "values": self.values.items,
            "objects": self.objects.items,
            "frames": self.frames.items,
            "defers": self.defers.items,
            "panics": self.panics.items,
            "goroutines": self.goroutines.items,
            "chans": self.chans.items,
            "states": self.states.items,
            "steps": self.steps,
            "output": self.output,
            "end": {"code": code, "why": why, "say": say},
            "truncated": truncated,
            "max_record": self.max_record,
            "stack_model": self.stack_model,
        })
    }
}

impl Default for Rec {
    fn default() -> Self {
        Rec::new()
    }
}
