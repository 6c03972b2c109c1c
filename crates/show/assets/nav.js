/* nav.js: moving through the steps, and start-up.
 *
 * A position is one step index. Every way of moving (buttons, keys, the
 * slider, the address's #step=N) ends in Viewer.go, which renders the step
 * and writes #step=N back, so a teacher can copy the address and link this
 * moment of the run. "My code only" narrows which steps can be landed on.
 */
var GS = window.GS || (window.GS = {});

GS.nav = (function () {
  'use strict';
  var R = GS.render;

  function $(id) {
    return document.getElementById(id);
  }

  function store(key, value) {
    try {
      if (value === undefined) return window.localStorage.getItem(key);
      window.localStorage.setItem(key, value);
    } catch (e) {
      /* file:// pages may have no storage; preferences then last a visit */
    }
    return null;
  }

  /* The address's fragment: #step=N (1-based, as the counter) and mine=1. */
  function readHash() {
    var out = {};
    location.hash.replace(/^#/, '').split('&').forEach(function (kv) {
      var i = kv.indexOf('=');
      if (i > 0) out[kv.slice(0, i)] = decodeURIComponent(kv.slice(i + 1));
    });
    return out;
  }

  function Viewer(rec) {
    this.rec = rec;
    this.k = 0;
    this.opts = { mine: false, text: false };
    this.src = new R.SourceView(rec, $('src'), $('code-head'));
    this.out = new R.OutputView(rec, $('output'));
    this.lastRenderMs = 0;
    this.renders = 0;
  }

  Viewer.prototype.visible = function (k) {
    var s = this.rec.steps[k];
    return !!s && !(this.opts.mine && s.lib);
  };

  /* find looks from `from` in direction dir (+1/-1) for a visible step that
   * also passes `also`; it returns -1 when there is none. */
  Viewer.prototype.find = function (from, dir, also) {
    for (var k = from; k >= 0 && k < this.rec.steps.length; k += dir) {
      if (this.visible(k) && (!also || also(k))) return k;
    }
    return -1;
  };

  /* snap lands on k if it can be shown, else the nearest shown step after
   * it, else before it. */
  Viewer.prototype.snap = function (k) {
    var n = this.rec.steps.length;
    k = Math.max(0, Math.min(n - 1, k));
    var f = this.find(k, 1);
    return f >= 0 ? f : Math.max(0, this.find(k, -1));
  };

  Viewer.prototype.isEvent = function (k) {
    return this.rec.steps[k].kind === 'event';
  };

  Viewer.prototype.forward = function () {
    var k = this.find(this.k + 1, 1);
    if (k >= 0) this.go(k);
  };
  Viewer.prototype.back = function () {
    var k = this.find(this.k - 1, -1);
    if (k >= 0) this.go(k);
  };
  Viewer.prototype.home = function () {
    this.go(this.snap(0));
  };
  Viewer.prototype.end = function () {
    var k = this.find(this.rec.steps.length - 1, -1);
    if (k >= 0) this.go(k);
  };
  Viewer.prototype.nextEvent = function () {
    var k = this.find(this.k + 1, 1, this.isEvent.bind(this));
    if (k >= 0) this.go(k);
  };
  Viewer.prototype.prevEvent = function () {
    var k = this.find(this.k - 1, -1, this.isEvent.bind(this));
    if (k >= 0) this.go(k);
  };

  Viewer.prototype.go = function (k) {
    this.k = k;
    this.render();
    this.writeHash();
  };

  Viewer.prototype.writeHash = function () {
    var h = '#step=' + (this.k + 1) + (this.opts.mine ? '&mine=1' : '');
    if (location.hash === h) return;
    try {
      /* replaceState: stepping must not fill the Back button's history */
      history.replaceState(null, '', h);
    } catch (e) {
      location.replace(h);
    }
  };

  /* render draws step k, timing itself (the tests read lastRenderMs). */
  Viewer.prototype.render = function () {
    var t0 = performance.now();
    var rec = this.rec;
    var k = this.k;
    var step = rec.steps[k];
    var state = rec.stateAt(k) || { gs: [], objects: new Map(), chans: new Map() };
    var last = k === rec.steps.length - 1;
    var multi = state.gs.length > 1;

    /* narration: who runs, what happened, the sentence */
    var nar = $('narration');
    nar.textContent = '';
    var who = R.el('span.gchip', 'g' + step.g);
    who.style.background = R.gcolour(step.g);
    R.add(nar, who);
    if (step.kind === 'event' && step.ev) R.add(nar, R.el('span.evchip', step.ev));
    R.add(nar, R.el('span.say', rec.str(step.say)));
    if (last && rec.end && rec.end.say && rec.end.say !== rec.str(step.say)) R.add(nar, R.el('span.say.endsay', rec.end.say));

    /* source: the step's file, every goroutine's line, the line just run */
    var src = this.src;
    src.show(step.file);
    src.clear();
    var self = this;
    state.gs.forEach(function (g) {
      if (g.id === step.g) return;
      var f = g.frames.find(function (fr) { return !(self.opts.mine && fr.lib); });
      if (f && f.file === step.file) src.mark(f.line, 'gl', R.gcolour(g.id), 'g' + g.id);
    });
    var p = this.find(k - 1, -1);
    if (p >= 0) {
      var ps = rec.steps[p];
      if (ps.g === step.g && ps.file === step.file && ps.line !== step.line) src.mark(ps.line, 'prev', R.gcolour(step.g), null);
    }
    src.mark(step.line, 'cur', R.gcolour(step.g), multi ? 'g' + step.g : null);

    /* output so far; at the end, all of it and the exit status */
    this.out.show(last ? rec.output.length : Math.min(step.out || 0, rec.output.length));
    var exit = $('exit');
    if (last && rec.end) {
      exit.hidden = false;
      exit.className = 'why-' + (rec.end.why || 'ok');
      exit.textContent = '';
      R.add(exit, R.el('b', 'exit status ' + rec.end.code), R.el('span', rec.end.say || ''));
    } else {
      exit.hidden = true;
    }

    /* controls */
    var n = rec.steps.length;
    $('counter').textContent = 'Step ' + (k + 1) + ' of ' + n;
    var slider = $('slider');
    slider.max = String(n);
    slider.value = String(k + 1);
    $('b-back').disabled = $('b-home').disabled = this.find(k - 1, -1) < 0;
    $('b-fwd').disabled = $('b-end').disabled = this.find(k + 1, 1) < 0;
    $('b-prev-ev').disabled = this.find(k - 1, -1, this.isEvent.bind(this)) < 0;
    $('b-next-ev').disabled = this.find(k + 1, 1, this.isEvent.bind(this)) < 0;

    var t1 = performance.now();
    /* goroutines, chains and heap, then the arrows between them */
    var ctx = { rec: rec, state: state, step: step, k: k, opts: this.opts, ptrs: [], arrows: [], objEls: new Map() };
    R.renderMemory(ctx, $('stacks'), $('heap'));
    this.arrowList = ctx.arrows;
    /* read layout once (arrows, scroll positions), then write the arrows */
    var t2 = performance.now();
    var measured = GS.layout.measureArrows($('mem'), ctx.arrows);
    var t3 = performance.now();
    src.reveal(step.line);
    this.out.follow();
    this.arrowCount = GS.layout.paintArrows($('arrows'), measured);

    this.renders++;
    var t4 = performance.now();
    this.lastRenderMs = t4 - t0;
    /* where the time went: panes other than memory, memory DOM, layout, arrows */
    this.lastPhases = [t1 - t0, t2 - t1, t3 - t2, t4 - t3];
  };

  /* redrawArrows: after a resize or a font change the boxes moved. */
  Viewer.prototype.redrawArrows = function () {
    if (this.arrowList) GS.layout.drawArrows($('arrows'), $('mem'), this.arrowList);
  };

  /* ---- a recording with compile errors ------------------------------- */

  function showDiagnostics(rec) {
    var src = new R.SourceView(rec, $('src'), $('code-head'));
    src.show(0);
    var diags = rec.diagnostics;
    var nar = $('narration');
    nar.textContent = '';
    R.add(nar, R.el('span.evchip.bad', 'does not compile'));
    R.add(nar, R.el('span.say', 'The program does not compile: ' + diags.length + (diags.length === 1 ? ' error.' : ' errors.')));
    var list = R.el('div.diags');
    R.add(list, R.el('h3', 'Compile errors'));
    diags.forEach(function (d, i) {
      var where = rec.file(d.file || 0).name + ':' + d.line + ':' + d.col;
      R.add(list, R.add(R.el('div.diagline'), R.el('span.where', where), R.el('span.msg', d.msg)));
      if ((d.file || 0) === 0) {
        var row = src.mark(d.line, 'err', null, null);
        if (row) {
          /* a caret under the column, then the message, as go build would */
          var box = R.el('div.diag');
          var line = (rec.file(0).lines[d.line - 1] || []).map(function (r) { return r[1]; }).join('');
          var pad = line.slice(0, Math.max(0, d.col - 1)).replace(/[^\t]/g, ' ');
          R.add(box, R.el('span.caret', pad + '^ '), R.el('span.msg', d.msg));
          row.appendChild(box);
        }
      }
      if (i === 0) src.reveal(d.line);
    });
    $('stacks').replaceChildren(list);
    $('heap').hidden = true;
    if (rec.end) {
      var exit = $('exit');
      exit.hidden = false;
      exit.className = 'why-compile';
      R.add(exit, R.el('b', 'exit status ' + rec.end.code), R.el('span', rec.end.say || ''));
    }
    $('counter').textContent = 'no steps';
    ['b-home', 'b-prev-ev', 'b-back', 'b-fwd', 'b-next-ev', 'b-end', 'slider', 'o-mine', 'o-text'].forEach(function (id) {
      $(id).disabled = true;
    });
  }

  /* ---- start-up -------------------------------------------------------- */

  function applyPrefs() {
    var theme = store('gostack.theme') || (window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
    document.body.dataset.theme = theme;
    document.body.dataset.size = store('gostack.size') || 'normal';
  }

  var SIZES = ['normal', 'large', 'huge'];

  function wire(v) {
    $('b-fwd').onclick = function () { v.forward(); };
    $('b-back').onclick = function () { v.back(); };
    $('b-home').onclick = function () { v.home(); };
    $('b-end').onclick = function () { v.end(); };
    $('b-next-ev').onclick = function () { v.nextEvent(); };
    $('b-prev-ev').onclick = function () { v.prevEvent(); };
    $('slider').addEventListener('input', function (e) {
      var want = +e.target.value - 1;
      var k = v.snap(want);
      if (k !== v.k) v.go(k);
      else e.target.value = String(k + 1);
    });
    $('o-mine').onchange = function (e) {
      v.opts.mine = e.target.checked;
      v.go(v.snap(v.k));
    };
    $('o-text').onchange = function (e) {
      v.opts.text = e.target.checked;
      v.render();
    };
    $('o-size').onclick = function () {
      var next = SIZES[(SIZES.indexOf(document.body.dataset.size) + 1) % SIZES.length];
      document.body.dataset.size = next;
      store('gostack.size', next);
      v.redrawArrows();
    };
    $('o-theme').onclick = function () {
      var next = document.body.dataset.theme === 'dark' ? 'light' : 'dark';
      document.body.dataset.theme = next;
      store('gostack.theme', next);
    };
    document.addEventListener('keydown', function (e) {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      var act = {
        ArrowRight: e.shiftKey ? v.nextEvent : v.forward,
        ArrowLeft: e.shiftKey ? v.prevEvent : v.back,
        PageDown: v.forward, /* presentation clickers send these */
        PageUp: v.back,
        Home: v.home,
        End: v.end,
      }[e.key];
      if (!act) return;
      /* also when the slider has focus: it would move by itself otherwise */
      e.preventDefault();
      act.call(v);
    });
    window.addEventListener('hashchange', function () {
      var h = readHash();
      if (h.step) {
        var k = v.snap(parseInt(h.step, 10) - 1);
        if (k !== v.k) v.go(k);
      }
    });
    var pending = false;
    window.addEventListener('resize', function () {
      if (pending) return;
      pending = true;
      requestAnimationFrame(function () {
        pending = false;
        v.redrawArrows();
      });
    });
  }

  function start() {
    var t0 = performance.now();
    applyPrefs();
    GS.decode.load(document).then(function (rec) {
      startWith(rec, t0);
    });
  }

  function startWith(rec, t0) {
    var t1 = performance.now();
    var info = (window.__gostack = { scriptStartMs: GS.scriptStart, parseMs: t1 - t0, viewer: null, ready: false });
    if (rec.truncated) {
      var b = $('banner');
      b.hidden = false;
      b.textContent = 'Truncated: the recording stops after ' + rec.steps.length + ' steps (the limit is ' + rec.maxRecord + '); the program was stopped there and did not finish.';
    } else if (rec.end && rec.end.why === 'limit') {
      /* a run-time limit (steps, time, output) stopped the program */
      var lb = $('banner');
      lb.hidden = false;
      var say = rec.end.say || 'the program was stopped at a limit';
      lb.textContent = say.charAt(0).toUpperCase() + say.slice(1) + (/[.?!]$/.test(say) ? '' : '.');
    }
    if (rec.diagnostics.length || !rec.steps.length) {
      if (rec.diagnostics.length) showDiagnostics(rec);
      else $('narration').textContent = 'This recording has no steps.';
      info.ready = true;
      info.firstRenderMs = performance.now();
      return;
    }
    var v = new Viewer(rec);
    info.viewer = v;
    wire(v);
    var h = readHash();
    v.opts.mine = h.mine === '1';
    $('o-mine').checked = v.opts.mine;
    var want = h.step ? parseInt(h.step, 10) - 1 : 0;
    v.go(v.snap(isNaN(want) ? 0 : want));
    /* force layout so the number includes it, as the first paint will */
    void document.body.offsetHeight;
    info.firstRenderMs = performance.now();
    info.ready = true;
  }

  return { start: start, Viewer: Viewer };
})();

GS.nav.start();
