/* decode.js: the recording (docs/recording-format.md), decoded lazily.
 *
 * The recording is hash-consed: a frame, value or record is stored once and
 * named by its index. Decoding a 20,000-step recording up front would cost
 * far more than the first paint may take, so every table is decoded entry by
 * entry, the first time a step needs it, and memoised: going back to a step
 * costs nothing, and a step nobody looks at costs nothing either.
 */
var GS = window.GS || (window.GS = {});
/* when the browser reached the scripts: the time before is loading the page */
GS.scriptStart = performance.now();

GS.decode = (function () {
  'use strict';

  /* memo wraps a table: get(i) decodes entry i once with fn. */
  function memo(table, fn) {
    var cache = new Array(table ? table.length : 0);
    return function (i) {
      if (i === null || i === undefined || !table || i < 0 || i >= table.length) return null;
      var d = cache[i];
      if (d === undefined) d = cache[i] = fn(table[i], i);
      return d;
    };
  }

  /* expandSteps writes each compact delta step out as the step object it
   * stands for: the step before it with the spot's template, pc, line and
   * narration, and the step's values. A compact step is an array
   * `[spot, vals...]`; a string is a run of them in base64 (per step a
   * varint spot, then per variable of the template a varint: zigzag(n)*2
   * for an inline integer n, i*2+1 for values[i]). Done once, at load
   * (20,000 steps take a few milliseconds). */
  function expandSteps(steps, spots, frames) {
    var out = [];
    function add(sp, vals) {
      var p = out[out.length - 1] || {};
      var spot = spots[sp] || [0, 0, 0, 0];
      out.push({
        state: p.state, g: p.g, file: p.file, lib: p.lib, out: p.out, kind: 'stmt',
        line: spot[2], say: spot[3], top: { f: spot[0], pc: spot[1], vals: vals },
      });
    }
    for (var k = 0; k < steps.length; k++) {
      var a = steps[k];
      if (Array.isArray(a)) {
        add(a[0], a.slice(1));
      } else if (typeof a === 'string') {
        var bin = atob(a), i = 0;
        var next = function () {
          var x = 0, mul = 1, c;
          do { c = bin.charCodeAt(i++); x += (c & 127) * mul; mul *= 128; } while (c & 128 && i < bin.length);
          return x;
        };
        while (i < bin.length) {
          var sp = next();
          var f = frames[(spots[sp] || [0])[0]];
          var n = f && f.vars ? f.vars.length : 0, vals = [];
          for (var j = 0; j < n; j++) {
            var t = next();
            if (t % 2 === 1) {
              vals.push((t - 1) / 2);
            } else {
              var z = t / 2;
              vals.push(String(z % 2 === 0 ? z / 2 : -(z + 1) / 2));
            }
          }
          add(sp, vals);
        }
      } else {
        out.push(a);
      }
    }
    return out;
  }

  function Recording(raw) {
    var self = this;
    this.raw = raw;
    this.strings = raw.strings || [];
    this.files = raw.files || [];
    this.steps = expandSteps(raw.steps || [], raw.spots || [], raw.frames || []);
    this.output = raw.output || [];
    this.end = raw.end || null;
    this.truncated = !!raw.truncated;
    this.maxRecord = raw.max_record || 0;
    this.diagnostics = raw.diagnostics || [];
    this.stackModel = raw.stack_model || 'segmented';

    this.val = memo(raw.values, function (v) { return self._val(v); });
    this.obj = memo(raw.objects, function (o, i) { return self._obj(o, i); });
    this.frame = memo(raw.frames, function (f, i) { return self._frame(f, i); });
    this.defer = memo(raw.defers, function (d, i) { return self._defer(d, i); });
    this.panic = memo(raw.panics, function (p, i) { return self._panic(p, i); });
    this.goroutine = memo(raw.goroutines, function (g) { return self._goroutine(g); });
    this.chan = memo(raw.chans, function (c, i) { return self._chan(c, i); });
    this.state = memo(raw.states, function (s) { return self._state(s); });
    /* states of delta steps, by step index (see stateAt) */
    this.derived = new Map();
  }

  Recording.prototype.str = function (i) {
    if (typeof i !== 'number') return i === undefined || i === null ? '' : String(i);
    var s = this.strings[i];
    return s === undefined ? '?' : s;
  };

  Recording.prototype.file = function (i) {
    return this.files[i] || { name: '?', path: '?', lib: false, lines: [] };
  };

  Recording.prototype.vals = function (list) {
    var out = [];
    for (var i = 0; list && i < list.length; i++) out.push(this.val(list[i]));
    return out;
  };

  /* A Val: { type, iface, v, ref, at, text }. `ref` stays an object index;
   * it is resolved against a state's objects by address (GS.decode.resolve),
   * because objects[ref] may be an older entry for the same address. */
  Recording.prototype._val = function (v) {
    return {
      type: this.str(v.t),
      iface: v.iface === undefined ? null : this.str(v.iface),
      v: v.v === undefined ? null : v.v,
      ref: v.ref === undefined ? null : v.ref,
      at: v.at === undefined ? null : v.at,
      text: v.text === undefined ? (v.v === undefined ? '' : v.v) : v.text,
    };
  };

  Recording.prototype._obj = function (o, i) {
    var self = this;
    var d = { index: i, kind: o.kind, type: this.str(o.type), addr: o.addr || ('obj' + i), more: o.more || 0 };
    switch (o.kind) {
      case 'struct':
        d.fields = (o.fields || []).map(function (f) { return { name: self.str(f[0]), v: self.val(f[1]) }; });
        break;
      case 'array':
        d.elems = this.vals(o.elems);
        break;
      case 'map':
        d.entries = (o.entries || []).map(function (e) { return { k: self.val(e[0]), v: self.val(e[1]) }; });
        break;
      case 'cell':
        d.v = this.val(o.v);
        break;
      case 'func':
        d.fn = this.str(o.fn);
        d.captures = (o.captures || []).map(function (c) { return { name: self.str(c[0]), v: self.val(c[1]) }; });
        break;
      case 'chan':
        d.chan = o.chan;
        break;
    }
    return d;
  };

  Recording.prototype._frame = function (f, i) {
    var self = this;
    var d = {
      index: i,
      fn: this.str(f.fn),
      file: f.file,
      line: f.line,
      pc: f.pc || '',
      sp: f.sp || '',
      fp: f.fp || '',
      seg: f.seg || 0,
      lib: !!f.lib,
      ret: f.ret || 'caller',
      vars: (f.vars || []).map(function (v) { return { name: self.str(v.name), kind: v.kind || 'local', v: self.val(v.v) }; }),
      open: null,
    };
    if (f.open) {
      d.open = {
        bits: f.open.bits || '',
        slots: (f.open.slots || []).map(function (s) {
          return { call: self.str(s.call), fn: self.str(s.fn), args: self.vals(s.args), set: !!s.set };
        }),
      };
    }
    /* ret "panic:2" / "goexit:1": a deferred call run by that _panic record. */
    var m = /^(panic|goexit):(\d+)$/.exec(d.ret);
    d.runBy = d.ret === 'deferreturn' ? { kind: 'deferreturn' } : m ? { kind: m[1], id: +m[2] } : null;
    return d;
  };

  Recording.prototype._defer = function (d, i) {
    return {
      index: i,
      fn: this.str(d.fn),
      args: this.vals(d.args),
      call: this.str(d.call),
      heap: d.heap !== false,
      sp: d.sp || '',
      pc: d.pc || '',
      line: d.line,
      frame: d.frame === undefined ? null : d.frame,
    };
  };

  Recording.prototype._panic = function (p, i) {
    return {
      index: i,
      id: p.id,
      kind: p.kind === 'goexit' ? 'goexit' : 'panic',
      value: p.value === undefined || p.value === null ? null : this.val(p.value),
      recovered: !!p.recovered,
      aborted: !!p.aborted,
      repanicked: !!p.repanicked,
      frame: p.frame === undefined ? null : p.frame,
      start: p.start === undefined ? null : p.start,
      running: p.running === undefined ? null : p.running,
    };
  };

  Recording.prototype._goroutine = function (g) {
    var self = this;
    var cb = g.created_by;
    return {
      id: g.id,
      status: g.status || 'runnable',
      wait: g.wait || '',
      createdBy: cb ? { fn: this.str(cb.fn), file: cb.file, line: cb.line } : null,
      frames: (g.frames || []).map(function (i) { return self.frame(i); }),
      defers: (g.defers || []).map(function (i) { return self.defer(i); }),
      panics: (g.panics || []).map(function (i) { return self.panic(i); }),
      segments: g.segments || [],
      moved: g.moved || null,
    };
  };

  Recording.prototype._chan = function (c, i) {
    var self = this;
    return {
      index: i,
      addr: c.addr || ('chan' + i),
      type: this.str(c.type),
      cap: c.cap || 0,
      buf: this.vals(c.buf),
      closed: !!c.closed,
      recvq: c.recvq || [],
      sendq: (c.sendq || []).map(function (w) { return { g: w.g, v: self.val(w.v) }; }),
    };
  };

  /* A state: goroutines in order, and objects/chans by address, which is
   * how refs are resolved (see the format's "A ref names an object by its
   * addr"). */
  Recording.prototype._state = function (s) {
    var self = this;
    var objects = new Map();
    (s.objects || []).forEach(function (i) {
      var o = self.obj(i);
      if (o) objects.set(o.addr, o);
    });
    var chans = new Map();
    (s.chans || []).forEach(function (i) {
      var c = self.chan(i);
      if (c) chans.set(c.addr, c);
    });
    return {
      gs: (s.gs || []).map(function (i) { return self.goroutine(i); }).filter(Boolean),
      objects: objects,
      chans: chans,
    };
  };

  /* stateAt gives the state of step k. A delta step (one with `top`) is
   * the state of its full step (`state`) with the innermost frame of the
   * step's goroutine replaced by its `top`: nothing else can differ, so
   * any step is one table lookup and one patch away, whatever order the
   * steps are visited in (the slider, #step=N). */
  Recording.prototype.stateAt = function (k) {
    var step = this.steps[k];
    if (!step) return null;
    var base = this.state(step.state);
    if (!base || step.top === undefined || step.top === null) return base;
    var d = this.derived.get(k);
    if (d) return d;
    var top = this.topFrame(step);
    d = {
      gs: base.gs.map(function (g) {
        if (g.id !== step.g || !g.frames.length) return g;
        var c = Object.assign({}, g);
        c.frames = [top].concat(g.frames.slice(1));
        return c;
      }),
      objects: base.objects,
      chans: base.chans,
    };
    this.derived.set(k, d);
    return d;
  };

  /* topFrame decodes a delta step's `top`: a frames index, or a template
   * frame of the same activation with the step's line, its pc and the
   * variables' values put in. */
  Recording.prototype.topFrame = function (step) {
    var t = step.top;
    if (typeof t === 'number') return this.frame(t);
    var self = this;
    var f = this.frame(t.f);
    if (!f) return null;
    var vals = t.vals || [];
    return Object.assign({}, f, {
      line: step.line,
      pc: f.pc.slice(0, f.pc.lastIndexOf('+') + 1) + '0x' + (t.pc || 0).toString(16),
      vars: f.vars.map(function (v, i) {
        var x = vals[i];
        /* a string is an inline integer of the template variable's type */
        if (typeof x === 'string') {
          x = { type: v.v ? v.v.type : '', iface: null, v: x, ref: null, at: null, text: x };
        } else {
          x = self.val(x);
        }
        return { name: v.name, kind: v.kind, v: x };
      }),
    });
  };

  /* resolve gives the object a Val points at, as the state has it. */
  Recording.prototype.resolve = function (val, state) {
    if (!val || val.ref === null) return null;
    var o = this.obj(val.ref);
    if (!o) return null;
    return (state && state.objects.get(o.addr)) || o;
  };

  /* chanOf gives the channel a chan object stands for, as the state has it. */
  Recording.prototype.chanOf = function (obj, state) {
    var c = this.chan(obj.chan);
    if (!c) return null;
    return (state && state.chans.get(c.addr)) || c;
  };

  return {
    Recording: Recording,
    /* load reads the recording element; the page has exactly one. A large
       recording is stored gzipped in base64 (type application/gzip+base64):
       the browser's own DecompressionStream inflates it, so load answers
       with a promise. */
    load: function (doc) {
      var el = doc.getElementById('gostack-recording');
      if (el.type !== 'application/gzip+base64') {
        return Promise.resolve(new Recording(JSON.parse(el.textContent)));
      }
      var bin = atob(el.textContent.trim());
      var bytes = new Uint8Array(bin.length);
      for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
      return new Response(stream).text().then(function (text) {
        return new Recording(JSON.parse(text));
      });
    },
  };
})();
