/* layout.js: where heap objects go, and how arrows are drawn.
 *
 * Heap rows follow Python Tutor: walk the roots in the order the page shows
 * them (goroutines left to right, frames top-down, variables in order, then
 * the defer and panic records); each object first reached from a root
 * starts a row, and objects reached from it are placed to its right on the
 * same row. A linked list reads left to right, a struct pointer sits level
 * with the frame that holds it, and the order is stable from step to step as
 * long as the program's variables are.
 */
var GS = window.GS || (window.GS = {});

GS.layout = (function () {
  'use strict';

  /* children lists the values an object holds, in display order. */
  function children(rec, obj, state) {
    switch (obj.kind) {
      case 'struct': return obj.fields.map(function (f) { return f.v; });
      case 'array': return obj.elems;
      case 'map': {
        var out = [];
        obj.entries.forEach(function (e) { out.push(e.k, e.v); });
        return out;
      }
      case 'cell': return obj.v ? [obj.v] : [];
      case 'func': return obj.captures.map(function (c) { return c.v; });
      case 'chan': {
        var c = rec.chanOf(obj, state);
        if (!c) return [];
        return c.buf.concat(c.sendq.map(function (w) { return w.v; }));
      }
    }
    return [];
  }

  /* heapRows returns rows of objects (arrays of decoded objects) for a
   * state. `shownFrames(g)` gives the frames whose variables are drawn. */
  function heapRows(rec, state, shownFrames) {
    var seen = new Set();
    var rows = [];
    var row = null;

    function visit(val, top) {
      if (!val || val.ref === null) return;
      var o = rec.resolve(val, state);
      if (!o || seen.has(o.addr)) return;
      seen.add(o.addr);
      if (top || !row) {
        row = [];
        rows.push(row);
      }
      row.push(o);
      children(rec, o, state).forEach(function (v) { visit(v, false); });
    }

    state.gs.forEach(function (g) {
      shownFrames(g).forEach(function (f) {
        f.vars.forEach(function (v) { visit(v.v, true); });
        if (f.open) f.open.slots.forEach(function (s) { s.args.forEach(function (a) { visit(a, true); }); });
      });
      g.defers.forEach(function (d) { d.args.forEach(function (a) { visit(a, true); }); });
      g.panics.forEach(function (p) { visit(p.value, true); });
    });
    /* Objects nothing shown points at (a value held only by a folded
     * library frame, or garbage the recorder still lists) go last. */
    state.objects.forEach(function (o) {
      if (!seen.has(o.addr)) visit({ ref: o.index }, true);
    });
    return rows;
  }

  /* Arrow geometry. Coordinates are relative to the box the SVG overlays
   * (`origin`, a DOMRect), so they hold however that box is scrolled. */
  function box(el, origin) {
    var r = el.getBoundingClientRect();
    return { l: r.left - origin.left, t: r.top - origin.top, r: r.right - origin.left, b: r.bottom - origin.top, w: r.width, h: r.height };
  }

  /* path from a source box to a target box: a pointer dot starts at its
   * centre, a record at the side facing the target; the arrow enters the
   * target's near side, a third of the way down (so arrows to one object
   * from several slots stay apart from its title line). */
  function path(src, dst, fromCentre) {
    var sx, sy = src.t + src.h / 2, dx, dy;
    var rightward = dst.l + dst.w / 2 >= src.l + src.w / 2;
    if (fromCentre) sx = src.l + src.w / 2;
    else sx = rightward ? src.r : src.l;
    if (rightward && dst.l >= sx - 4) dx = dst.l;
    else if (!rightward && dst.r <= sx + 4) dx = dst.r;
    else dx = dst.l; /* overlapping columns: enter from the left */
    dy = dst.t + Math.min(dst.h / 2, 18);
    var pull = Math.max(30, Math.abs(dx - sx) / 2);
    var c1 = sx + (dx >= sx ? pull : -pull);
    var c2 = dx + (dx >= sx ? -pull : pull);
    if (Math.abs(dx - sx) < 8) {
      /* the same column: bow out to the right instead of a flat line */
      c1 = sx + 60;
      c2 = dx + 60;
    }
    return 'M' + sx.toFixed(1) + ',' + sy.toFixed(1) + ' C' + c1.toFixed(1) + ',' + sy.toFixed(1) + ' ' + c2.toFixed(1) + ',' + dy.toFixed(1) + ' ' + dx.toFixed(1) + ',' + dy.toFixed(1);
  }

  /* measureArrows reads where every arrow goes: arrows = [{ from, to, cls,
   * centre }]. Reading all boxes before writing anything costs one layout
   * for the whole step, not one per arrow. */
  function measureArrows(container, arrows) {
    var origin = container.getBoundingClientRect();
    var paths = [];
    arrows.forEach(function (a) {
      if (!a.from || !a.to || !a.from.isConnected || !a.to.isConnected) return;
      if (a.from.offsetParent === null || a.to.offsetParent === null) return; /* hidden */
      paths.push({ d: path(box(a.from, origin), box(a.to, origin), a.centre), cls: a.cls });
    });
    return { w: container.scrollWidth, h: container.scrollHeight, paths: paths };
  }

  /* paintArrows writes the measured arrows into the overlay. */
  function paintArrows(svg, m) {
    svg.setAttribute('width', m.w);
    svg.setAttribute('height', m.h);
    var defs = '<defs>' + ['ptr', 'defer', 'panic'].map(function (k) {
      return '<marker id="m-' + k + '" class="mk-' + k + '" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker>';
    }).join('') + '</defs>';
    svg.innerHTML = defs + m.paths.map(function (p) {
      return '<path class="ar ar-' + p.cls + '" d="' + p.d + '" marker-end="url(#m-' + p.cls + ')"/>';
    }).join('');
    return m.paths.length;
  }

  function drawArrows(svg, container, arrows) {
    return paintArrows(svg, measureArrows(container, arrows));
  }

  return { heapRows: heapRows, measureArrows: measureArrows, paintArrows: paintArrows, drawArrows: drawArrows };
})();
