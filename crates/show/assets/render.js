/* render.js: one step of the recording to DOM.
 *
 * Every pane is redrawn from the step's state alone (nothing is patched
 * from the previous step), so Back is as cheap as Forward and a step seen
 * twice looks the same twice. The two exceptions are for speed and do not
 * change what is shown: the source of a file is built once and only its
 * line marks move, and the output pane appends or trims chunks.
 */
var GS = window.GS || (window.GS = {});

GS.render = (function () {
  'use strict';

  /* el('div.a.b', text?) makes an element; children are appended by the caller. */
  function el(spec, text) {
    var parts = spec.split('.');
    var e = document.createElement(parts[0] || 'div');
    if (parts.length > 1) e.className = parts.slice(1).join(' ');
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function add(parent) {
    for (var i = 1; i < arguments.length; i++) if (arguments[i]) parent.appendChild(arguments[i]);
    return parent;
  }

  /* Goroutines get fixed colours, the same in the source pane and the stacks. */
  function gcolour(id) {
    return 'var(--g' + (((id - 1) % 6 + 6) % 6 + 1) + ')';
  }

  function fileName(rec, i) {
    return rec.file(i).name;
  }

  /* ---- values ---------------------------------------------------------- */

  function scalarClass(text) {
    if (text === 'nil') return 'lit';
    if (text === 'true' || text === 'false') return 'lit';
    var c = text.charAt(0);
    if (c === '"' || c === '`' || c === "'") return 'str';
    if (/^[-+]?[0-9.]/.test(text)) return 'num';
    return 'plain';
  }

  /* valueEl draws a Val where it is held: inline when it is a scalar (or
   * when "values as text" is on), else a pointer dot whose arrow the caller
   * draws once the heap is laid out (ctx.ptrs). */
  function valueEl(ctx, val) {
    if (!val) return el('span.v.v-none', '\u2014');
    var e;
    if (val.ref !== null && !ctx.opts.text) {
      e = el('span.v.v-ref');
      if (val.iface) add(e, el('span.v-dyn', val.type));
      if (val.v) add(e, el('span.v-hdr', val.v));
      var dot = el('span.ptr');
      dot.title = val.type + ' ' + val.text;
      add(e, dot);
      ctx.ptrs.push({ el: dot, val: val });
    } else {
      var text = val.ref !== null ? val.text : val.v !== null ? val.v : val.text;
      e = el('span.v.v-' + scalarClass(text), text);
      if (val.iface && val.v !== 'nil') {
        /* any(3) shows its dynamic type, as %#v would */
        e = add(el('span.v'), el('span.v-dyn', val.type), e);
      }
    }
    e.title = (val.iface ? val.iface + ' holding ' : '') + val.type + (val.text ? ' = ' + val.text : '');
    return e;
  }

  /* ---- source ---------------------------------------------------------- */

  /* buildSource makes the DOM for one file, once: a line is a row of
   * gutter (number, marks) and code (runs coloured by the recorder's own
   * token classes). */
  function buildSource(file) {
    var box = el('div.srcfile');
    var frag = document.createDocumentFragment();
    var lines = file.lines || [];
    for (var i = 0; i < lines.length; i++) {
      var row = el('div.ln');
      row.dataset.line = i + 1;
      add(row, el('span.gut', String(i + 1)), el('span.mk'));
      var code = el('code');
      var runs = lines[i];
      for (var j = 0; j < runs.length; j++) {
        var cls = runs[j][0];
        if (cls === 'ws') code.appendChild(document.createTextNode(runs[j][1]));
        else add(code, el('span.t-' + cls, runs[j][1]));
      }
      if (!runs.length) code.textContent = ' ';
      add(row, code);
      frag.appendChild(row);
    }
    box.appendChild(frag);
    return box;
  }

  function SourceView(rec, pane, head) {
    this.rec = rec;
    this.pane = pane;
    this.head = head;
    this.built = {};
    this.shown = -1;
    this.marked = [];
  }

  SourceView.prototype.show = function (fi) {
    if (this.shown === fi) return this.built[fi];
    var f = this.rec.file(fi);
    if (!this.built[fi]) this.built[fi] = buildSource(f);
    this.pane.textContent = '';
    this.pane.appendChild(this.built[fi]);
    this.head.textContent = '';
    add(this.head, el('span.fname', f.name));
    if (f.lib) add(this.head, el('span.badge.lib', 'standard library'), el('span.fpath', f.path));
    this.shown = fi;
    this.marked = [];
    return this.built[fi];
  };

  SourceView.prototype.clear = function () {
    this.marked.forEach(function (m) {
      m.row.classList.remove('cur', 'prev', 'gl', 'err');
      m.row.style.removeProperty('--gc');
      m.row.children[1].textContent = '';
      var extra = m.row.querySelector('.diag');
      if (extra) extra.remove();
    });
    this.marked = [];
  };

  SourceView.prototype.row = function (line) {
    var box = this.built[this.shown];
    return box ? box.children[line - 1] || null : null;
  };

  /* mark puts a mark on a line: cls is cur (about to run), prev (just
   * ran), gl (another goroutine is here) or err (compile error). */
  SourceView.prototype.mark = function (line, cls, colour, label) {
    var row = this.row(line);
    if (!row) return null;
    row.classList.add(cls);
    if (colour) row.style.setProperty('--gc', colour);
    if (label) {
      var chip = el('span.gchip', label);
      if (colour) chip.style.background = colour;
      row.children[1].appendChild(chip);
    }
    this.marked.push({ row: row });
    return row;
  };

  /* reveal scrolls the pane (only the pane, never the page) so the line sits
   * in its middle third. */
  SourceView.prototype.reveal = function (line) {
    var row = this.row(line);
    if (!row) return;
    var p = this.pane;
    var top = row.offsetTop - p.offsetTop;
    if (top < p.scrollTop + p.clientHeight / 4 || top > p.scrollTop + (p.clientHeight * 3) / 4) {
      p.scrollTop = Math.max(0, top - p.clientHeight / 3);
    }
  };

  /* ---- stacks ---------------------------------------------------------- */

  function retLabel(f) {
    if (f.ret === 'native') return 'called by the library (fmt calls String/Error)';
    if (!f.runBy) return null;
    if (f.runBy.kind === 'deferreturn') return 'deferred call \u00b7 run by deferreturn';
    if (f.runBy.kind === 'goexit') return 'deferred call \u00b7 run by Goexit ' + f.runBy.id;
    return 'deferred call \u00b7 run by panic ' + f.runBy.id;
  }

  function panicName(p) {
    return (p.kind === 'goexit' ? 'Goexit ' : 'panic ') + p.id;
  }

  function frameEl(ctx, g, f, k, tags) {
    var rec = ctx.rec;
    var e = el('div.frame');
    if (f.lib) e.classList.add('lib');
    if (f.runBy) e.classList.add('deferred', 'by-' + f.runBy.kind);
    var head = add(el('div.fhead'), el('span.fn', f.fn), el('span.loc', fileName(rec, f.file) + ':' + f.line));
    add(e, head);
    var rl = retLabel(f);
    if (rl) add(e, el('div.ftag.t-run', rl));
    tags.forEach(function (t) { add(e, el('div.ftag.' + t.cls, t.text)); });
    add(e, add(el('div.regs'), el('span', 'sp ' + f.sp), el('span', 'fp ' + f.fp), el('span', 'pc ' + f.pc)));
    if (f.vars.length) {
      var t = el('table.vars');
      f.vars.forEach(function (v) {
        var tr = el('tr.var.k-' + v.kind);
        add(tr, add(el('td.name', v.name), v.kind === 'result' ? el('span.kind', 'result') : null));
        add(tr, add(el('td.val'), valueEl(ctx, v.v)));
        add(t, tr);
      });
      add(e, t);
    }
    if (f.open && f.open.slots.length) {
      var o = add(el('div.open'), add(el('div.ohead', 'open-coded defers '), el('span.bits', 'deferBits ' + f.open.bits)));
      f.open.slots.forEach(function (s, i) {
        var row = add(el('div.slot' + (s.set ? '.set' : '.done')), el('span.sn', 'slot ' + i), el('span.call', s.call || s.fn + '(\u2026)'));
        /* scalars are already in the call's text; pointers get their arrows */
        s.args.forEach(function (a) { if (a && a.ref !== null) add(row, valueEl(ctx, a)); });
        if (!s.set) add(row, el('span.sdone', 'ran'));
        add(o, row);
      });
      add(e, o);
    }
    return e;
  }

  function libStub(f) {
    var e = el('div.frame.stub');
    add(e, el('span.fn', f.fn), el('span.loc', ' library frame'));
    e.title = 'hidden by "my code only": ' + f.fn + ' ' + f.pc;
    return e;
  }

  function segLabel(g, si) {
    var s = g.segments[si];
    var e = el('div.seg');
    add(e, el('span.segname', 'segment ' + si), s ? el('span.segr', 'lo ' + s.lo + '  hi ' + s.hi) : null);
    return e;
  }

  function deferRec(ctx, d) {
    var e = el('div.rec.rec-defer');
    add(e, add(el('div.rtitle'), el('span.tag.' + (d.heap ? 'heap' : 'stack'), d.heap ? 'heap' : 'stack'), el('span.call', d.call || d.fn + '(\u2026)')));
    if (d.args.length) {
      var a = add(el('div.rargs'), el('span.lbl', 'saved args'));
      d.args.forEach(function (v) { add(a, valueEl(ctx, v)); });
      add(e, a);
    }
    add(e, add(el('div.rmeta'), el('span', 'sp ' + d.sp), el('span', 'pc ' + d.pc), d.line ? el('span', 'line ' + d.line) : null));
    return e;
  }

  function panicRec(ctx, g, p) {
    var e = el('div.rec.rec-panic' + (p.kind === 'goexit' ? '.goexit' : ''));
    var title = add(el('div.rtitle'), el('span.pname', panicName(p)));
    if (p.kind !== 'goexit') add(title, valueEl(ctx, p.value));
    add(e, title);
    var flags = el('div.flags');
    ['recovered', 'aborted', 'repanicked'].forEach(function (k) {
      /* an unset flag is struck through: it reads "not recovered", not "recovered" */
      var f = el('span.flag' + (p[k] ? '.on.f-' + k : '.off'), k + (p[k] ? ' \u2713' : ''));
      if (!p[k]) f.title = 'not ' + k;
      add(flags, f);
    });
    add(e, flags);
    var fr = function (k) { var f = g.frames[k]; return f ? f.fn : '?'; };
    var meta = el('div.rmeta');
    if (p.start !== null) add(meta, el('span', 'started in ' + fr(p.start)));
    if (p.frame !== null) add(meta, el('span', 'running the defers of ' + fr(p.frame)));
    add(e, meta);
    return e;
  }

  function chainEl(ctx, name, records) {
    var c = el('div.chain');
    add(c, el('div.chead', name));
    records.forEach(function (r, i) {
      if (i > 0) add(c, el('div.link', 'link'));
      add(c, r);
    });
    add(c, el('div.nil', records.length ? 'link \u2192 nil' : 'nil'));
    return c;
  }

  function goroutineEl(ctx, g) {
    var rec = ctx.rec;
    var card = el('div.gor');
    card.dataset.g = g.id;
    card.style.setProperty('--gc', gcolour(g.id));
    if (g.id === ctx.step.g) card.classList.add('running-now');

    var head = add(el('div.ghead'), el('span.gid', 'goroutine ' + g.id), el('span.st.st-' + g.status, g.status));
    if (g.status === 'waiting' && g.wait) add(head, el('span.wait', g.wait));
    add(card, head);
    if (g.createdBy) {
      add(card, el('div.created', 'created by ' + g.createdBy.fn + ' at ' + fileName(rec, g.createdBy.file) + ':' + g.createdBy.line));
    }
    if (g.segments.length === 1) {
      add(card, el('div.segsum', 'stack ' + g.segments[0].lo + ' \u2013 ' + g.segments[0].hi));
    }
    if (g.moved) {
      add(card, el('div.moved', 'stack copied: ' + g.moved.from.join(' \u2013 ') + ' \u2192 ' + g.moved.to.join(' \u2013 ') + ' (every sp/fp adjusted)'));
    }

    /* Which frames a panic touches, written on the frames themselves. */
    var tags = g.frames.map(function () { return []; });
    g.panics.forEach(function (p) {
      if (p.start !== null && tags[p.start]) tags[p.start].push({ cls: 't-start', text: panicName(p) + (p.kind === 'goexit' ? ' called here' : ' started here') });
      if (p.frame !== null && tags[p.frame] && p.frame !== p.start) tags[p.frame].push({ cls: 't-unwind', text: panicName(p) + ' runs its defers' });
    });

    var body = el('div.gbody');
    var frames = el('div.frames');
    var fels = [];
    var multiSeg = g.segments.length > 1;
    g.frames.forEach(function (f, k) {
      if (multiSeg && (k === 0 || f.seg !== g.frames[k - 1].seg)) {
        var lbl = segLabel(g, f.seg);
        if (k > 0) lbl.classList.add('boundary');
        add(frames, lbl);
      }
      var fe = ctx.opts.mine && f.lib ? libStub(f) : frameEl(ctx, g, f, k, tags[k]);
      if (k === 0) fe.classList.add('top');
      fels.push(fe);
      add(frames, fe);
    });
    if (!g.frames.length) add(frames, el('div.noframes', 'no frames'));
    add(body, frames);

    var chains = el('div.chains');
    var drecs = g.defers.map(function (d) {
      var r = deferRec(ctx, d);
      if (d.frame !== null && fels[d.frame]) ctx.arrows.push({ from: r, to: fels[d.frame], cls: 'defer' });
      return r;
    });
    var precs = g.panics.map(function (p) {
      var r = panicRec(ctx, g, p);
      if (p.frame !== null && fels[p.frame]) ctx.arrows.push({ from: r, to: fels[p.frame], cls: 'panic' });
      return r;
    });
    if (drecs.length || precs.length) {
      add(chains, chainEl(ctx, 'g._defer', drecs));
      add(chains, chainEl(ctx, 'g._panic', precs));
      add(body, chains);
    } else {
      /* both chains empty: one line, not a column that costs the heap its room */
      add(card, el('div.nochains', 'g._defer = nil   g._panic = nil'));
    }
    add(card, body);
    return card;
  }

  /* ---- heap ------------------------------------------------------------ */

  /* objectEl draws one heap object; slots[k] is the element an `"at": k`
   * pointer lands on. */
  function objectEl(ctx, o) {
    var rec = ctx.rec;
    var e = el('div.obj.k-' + o.kind);
    var slots = [];
    add(e, add(el('div.otype'), el('span.ty', o.type), el('span.addr', o.addr)));
    switch (o.kind) {
      case 'struct': {
        var t = el('table.fields');
        o.fields.forEach(function (f) {
          var tr = add(el('tr'), el('td.name', f.name), add(el('td.val'), valueEl(ctx, f.v)));
          slots.push(tr);
          add(t, tr);
        });
        add(e, t);
        break;
      }
      case 'array': {
        var row = el('div.elems');
        o.elems.forEach(function (v, i) {
          var c = add(el('div.elem'), el('div.idx', String(i)), add(el('div.ev'), valueEl(ctx, v)));
          slots.push(c);
          add(row, c);
        });
        if (o.more) add(row, el('div.more', '\u2026 ' + o.more + ' more'));
        if (!o.elems.length && !o.more) add(row, el('div.empty', 'empty'));
        add(e, row);
        break;
      }
      case 'map': {
        var mt = el('table.entries');
        o.entries.forEach(function (en) {
          var tr = add(el('tr'), add(el('td.key'), valueEl(ctx, en.k)), add(el('td.val'), valueEl(ctx, en.v)));
          slots.push(tr);
          add(mt, tr);
        });
        add(e, mt);
        if (o.more) add(e, el('div.more', '\u2026 ' + o.more + ' more'));
        if (!o.entries.length && !o.more) add(e, el('div.empty', 'empty map'));
        break;
      }
      case 'cell':
        add(e, add(el('div.cellv'), valueEl(ctx, o.v)));
        break;
      case 'func': {
        add(e, el('div.fnname', o.fn));
        if (o.captures.length) {
          var ct = el('table.fields');
          add(ct, add(el('tr'), add(el('td.cap', 'captures'))));
          o.captures.forEach(function (c) {
            add(ct, add(el('tr'), el('td.name', c.name), add(el('td.val'), valueEl(ctx, c.v))));
          });
          add(e, ct);
        }
        break;
      }
      case 'chan': {
        var ch = rec.chanOf(o, ctx.state);
        if (ch) add(e, chanBody(ctx, ch));
        break;
      }
    }
    ctx.objEls.set(o.addr, { el: e, slots: slots });
    return e;
  }

  /* chanBody: the buffer as cap cells (filled ones first), and the
   * goroutines parked on it, in their own colours. */
  function chanBody(ctx, ch) {
    var b = el('div.chan');
    var info = add(el('div.cinfo'), el('span', 'cap ' + ch.cap), el('span', 'len ' + ch.buf.length));
    if (ch.closed) add(info, el('span.closed', 'closed'));
    add(b, info);
    if (ch.cap > 0) {
      var buf = el('div.buf');
      for (var i = 0; i < Math.max(ch.cap, ch.buf.length); i++) {
        var cell = el('div.bcell' + (i < ch.buf.length ? '' : '.free'));
        if (i < ch.buf.length) add(cell, valueEl(ctx, ch.buf[i]));
        add(buf, cell);
      }
      add(b, buf);
    } else {
      add(b, el('div.unbuf', 'unbuffered'));
    }
    function chip(id, text) {
      var c = el('span.gchip', text);
      c.style.background = gcolour(id);
      return c;
    }
    if (ch.recvq.length) {
      var rq = add(el('div.q'), el('span.lbl', 'recvq'));
      ch.recvq.forEach(function (id) { add(rq, chip(id, 'g' + id)); });
      add(b, rq);
    }
    if (ch.sendq.length) {
      var sq = add(el('div.q'), el('span.lbl', 'sendq'));
      ch.sendq.forEach(function (w) { add(sq, add(el('span.sendw'), chip(w.g, 'g' + w.g), valueEl(ctx, w.v))); });
      add(b, sq);
    }
    return b;
  }

  /* ---- the memory pane ------------------------------------------------- */

  function shownFramesFn(ctx) {
    return function (g) {
      return ctx.opts.mine ? g.frames.filter(function (f) { return !f.lib; }) : g.frames;
    };
  }

  function renderMemory(ctx, stacksBox, heapBox) {
    var stacks = el('div.gors');
    ctx.state.gs.forEach(function (g) { add(stacks, goroutineEl(ctx, g)); });
    if (!ctx.state.gs.length) add(stacks, el('div.nogs', 'no goroutines'));
    stacksBox.replaceChildren(el('h3', 'Goroutines'), stacks);

    heapBox.textContent = '';
    if (ctx.opts.text) {
      heapBox.hidden = true;
      return;
    }
    var rows = GS.layout.heapRows(ctx.rec, ctx.state, shownFramesFn(ctx));
    /* Channels no object stands for (should not happen, but a channel must
     * never vanish from the page). */
    var drawnChans = new Set();
    rows.forEach(function (r) {
      r.forEach(function (o) {
        if (o.kind === 'chan') {
          var c = ctx.rec.chanOf(o, ctx.state);
          if (c) drawnChans.add(c.addr);
        }
      });
    });
    heapBox.hidden = false;
    add(heapBox, el('h3', 'Heap'));
    rows.forEach(function (r) {
      var row = el('div.hrow');
      r.forEach(function (o) { add(row, objectEl(ctx, o)); });
      add(heapBox, row);
    });
    ctx.state.chans.forEach(function (c) {
      if (drawnChans.has(c.addr)) return;
      var e = add(el('div.obj.k-chan'), add(el('div.otype'), el('span.ty', c.type), el('span.addr', c.addr)), chanBody(ctx, c));
      add(heapBox, add(el('div.hrow'), e));
    });
    if (!rows.length && !ctx.state.chans.size) add(heapBox, el('div.empty', 'nothing on the heap yet'));

    /* Pointers become arrows now that every target exists. */
    ctx.ptrs.forEach(function (p) {
      var o = ctx.rec.resolve(p.val, ctx.state);
      var t = o && ctx.objEls.get(o.addr);
      if (!t) {
        p.el.classList.add('dangling');
        return;
      }
      var to = p.val.at !== null && t.slots[p.val.at] ? t.slots[p.val.at] : t.el;
      ctx.arrows.push({ from: p.el, to: to, cls: 'ptr', centre: true });
    });
  }

  /* ---- output ---------------------------------------------------------- */

  function OutputView(rec, pre) {
    this.rec = rec;
    this.pre = pre;
    this.n = 0;
  }

  /* show(n): the first n chunks. Moving forward appends, moving back trims:
   * a recording may have thousands of chunks. */
  OutputView.prototype.show = function (n) {
    var pre = this.pre;
    if (n < this.n / 2) {
      pre.textContent = '';
      this.n = 0;
    }
    while (this.n > n) {
      pre.removeChild(pre.lastChild);
      this.n--;
    }
    if (this.n < n) {
      var frag = document.createDocumentFragment();
      for (var i = this.n; i < n; i++) {
        var c = this.rec.output[i];
        frag.appendChild(el('span.' + (c[0] === 'stderr' ? 'stderr' : 'stdout'), c[1]));
      }
      pre.appendChild(frag);
      this.n = n;
      this.scroll = true;
    }
  };

  /* follow keeps the newest output in view; called after the step's layout. */
  OutputView.prototype.follow = function () {
    if (this.scroll) {
      this.pre.scrollTop = this.pre.scrollHeight;
      this.scroll = false;
    }
  };

  return {
    el: el,
    add: add,
    gcolour: gcolour,
    valueEl: valueEl,
    SourceView: SourceView,
    OutputView: OutputView,
    renderMemory: renderMemory,
  };
})();
