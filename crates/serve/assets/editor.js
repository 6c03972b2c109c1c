/* editor.js: the editor page of `gostack serve`.
 *
 * Without this script the page is a form that posts the program to /run
 * into the view's frame. With it:
 *  - the textarea's text is transparent over a <pre> coloured by gostack's
 *    lexer (POST /highlight); lines that did not change keep their colours
 *    while a new colouring is on its way, changed lines show plain;
 *  - Tab, Enter and } keep Go's tab indentation; Ctrl+Enter runs; Esc
 *    then Tab leaves the editor;
 *  - the page shows the program or its view, one at a time (data-mode);
 *  - theme and size are the viewer's (same localStorage keys).
 * The page fetches nothing but /highlight and the view.
 */
(function () {
  'use strict';

  function $(id) {
    return document.getElementById(id);
  }

  var body = document.body;
  var form = $('editor');
  var code = $('code');
  var hl = $('hl');
  var gutter = $('gutter');
  var view = $('view');
  var status = $('status');
  var maxSource = parseInt(form.dataset.max, 10) || 65536;
  body.dataset.js = '1';

  /* ---- preferences, shared with the viewer ---- */

  function store(key, value) {
    try {
      if (value === undefined) return window.localStorage.getItem(key);
      window.localStorage.setItem(key, value);
    } catch (e) {
      /* no storage: preferences last a visit */
    }
    return null;
  }

  var SIZES = ['normal', 'large', 'huge'];

  function frameDoc() {
    try {
      var d = view.contentDocument;
      return d && d.body && view.contentWindow.location.href !== 'about:blank' ? d : null;
    } catch (e) {
      return null;
    }
  }

  function applyPrefs() {
    var dark = window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches;
    body.dataset.theme = store('gostack.theme') || (dark ? 'dark' : 'light');
    body.dataset.size = store('gostack.size') || 'normal';
    var d = frameDoc();
    if (d) {
      d.body.dataset.theme = body.dataset.theme;
      d.body.dataset.size = body.dataset.size;
      var g = view.contentWindow.__gostack;
      if (g && g.viewer) g.viewer.redrawArrows();
    }
  }

  $('o-size').onclick = function () {
    store('gostack.size', SIZES[(SIZES.indexOf(body.dataset.size) + 1) % SIZES.length]);
    applyPrefs();
  };
  $('o-theme').onclick = function () {
    store('gostack.theme', body.dataset.theme === 'dark' ? 'light' : 'dark');
    applyPrefs();
  };
  /* the viewer's own buttons change the same keys */
  window.addEventListener('storage', applyPrefs);
  applyPrefs();

  /* ---- the coloured copy ---- */

  function esc(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  /* What the <pre> shows: the text's lines and each line's HTML. */
  var shown = { lines: code.value.split('\n'), html: hl.innerHTML.split('\n') };
  if (shown.html.length !== shown.lines.length) shown.html = shown.lines.map(esc);

  function paint() {
    /* a <pre> drops a last empty line; the textarea does not */
    hl.innerHTML = shown.html.join('\n') + '\n ';
    var n = shown.lines.length;
    if (gutter.dataset.n !== String(n)) {
      var nums = [];
      for (var i = 1; i <= n; i++) nums.push(i);
      gutter.textContent = nums.join('\n') + '\n ';
      gutter.dataset.n = String(n);
    }
    sync();
  }

  function sync() {
    hl.scrollTop = code.scrollTop;
    hl.scrollLeft = code.scrollLeft;
    gutter.scrollTop = code.scrollTop;
  }

  /* changed: keep the HTML of the lines before and after the edit, show
   * the edited lines plain, and ask for new colours shortly. */
  var timer = null;
  var seq = 0;
  function changed() {
    var lines = code.value.split('\n');
    var old = shown.lines;
    var pre = 0;
    while (pre < lines.length && pre < old.length && lines[pre] === old[pre]) pre++;
    var suf = 0;
    while (suf < lines.length - pre && suf < old.length - pre && lines[lines.length - 1 - suf] === old[old.length - 1 - suf]) suf++;
    var html = shown.html.slice(0, pre);
    for (var i = pre; i < lines.length - suf; i++) html.push(esc(lines[i]));
    html = html.concat(shown.html.slice(old.length - suf));
    shown = { lines: lines, html: html };
    paint();
    clearTimeout(timer);
    timer = setTimeout(colour, 120);
  }

  function colour() {
    var text = code.value;
    var mine = ++seq;
    if (text.length > maxSource || !window.fetch) return;
    fetch('/highlight', { method: 'POST', headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: text })
      .then(function (r) {
        return r.ok ? r.text() : null;
      })
      .then(function (html) {
        if (html === null || mine !== seq || code.value !== text) return;
        var lines = text.split('\n');
        var parts = html.split('\n');
        if (parts.length !== lines.length) return;
        shown = { lines: lines, html: parts };
        paint();
      })
      .catch(function () {
        /* the colours wait for the next edit */
      });
  }

  code.addEventListener('input', changed);
  code.addEventListener('scroll', sync);
  window.addEventListener('resize', sync);
  paint();

  /* ---- keys ---- */

  /* insert replaces the selection with text, through the browser's own
   * editing so that Undo undoes it. */
  function insert(text) {
    var ok = false;
    try {
      ok = document.execCommand('insertText', false, text);
    } catch (e) {
      ok = false;
    }
    if (!ok) {
      code.setRangeText(text, code.selectionStart, code.selectionEnd, 'end');
      changed();
    }
  }

  function lineStart(pos) {
    return code.value.lastIndexOf('\n', pos - 1) + 1;
  }

  /* indent adds (or with Shift removes) a tab at the start of every
   * selected line; without a selection Tab types a tab. */
  function indent(out) {
    var v = code.value;
    var s = code.selectionStart;
    var e = code.selectionEnd;
    if (s === e && !out) return insert('\t');
    var from = lineStart(s);
    var to = e > s && v[e - 1] === '\n' ? e - 1 : e;
    var block = v.slice(from, to);
    var next = block
      .split('\n')
      .map(function (l) {
        return out ? l.replace(/^\t/, '') : '\t' + l;
      })
      .join('\n');
    if (next === block) return;
    code.setSelectionRange(from, to);
    insert(next);
    code.setSelectionRange(from, from + next.length);
  }

  var leaving = false;
  code.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      run();
      return;
    }
    if (e.key === 'Escape') {
      leaving = true;
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'Tab') {
      if (leaving) return;
      e.preventDefault();
      indent(e.shiftKey);
    } else if (e.key === 'Enter') {
      /* the new line starts with this line's indentation, one more after { ( [ */
      e.preventDefault();
      var line = code.value.slice(lineStart(code.selectionStart), code.selectionStart);
      var lead = /^[\t ]*/.exec(line)[0];
      insert('\n' + lead + (/[{(\[]\s*$/.test(line) ? '\t' : ''));
    } else if (e.key === '}') {
      /* a closing brace alone on its line goes back one tab */
      var s = code.selectionStart;
      var before = code.value.slice(lineStart(s), s);
      if (s === code.selectionEnd && /^\t+$/.test(before)) {
        e.preventDefault();
        code.setSelectionRange(s - 1, s);
        insert('}');
      }
    }
    leaving = false;
  });

  /* ---- running, and the view ---- */

  var running = false;
  var started = 0;
  var ticker = null;

  function say(text, bad) {
    status.textContent = text;
    status.className = bad ? 'bad' : '';
  }

  function secs(ms) {
    return ms < 1000 ? Math.round(ms) + ' ms' : (ms / 1000).toFixed(1) + ' s';
  }

  function setMode(mode) {
    body.dataset.mode = mode;
    if (mode === 'edit') {
      code.focus();
      sync();
    } else {
      try {
        view.contentWindow.focus();
      } catch (e) {
        /* nothing to focus */
      }
    }
  }

  function begin(what) {
    running = true;
    started = performance.now();
    say(what + '…');
    clearInterval(ticker);
    ticker = setInterval(function () {
      say(what + '… ' + secs(performance.now() - started));
    }, 250);
  }

  function run() {
    if (typeof form.requestSubmit === 'function') form.requestSubmit();
    else {
      begin('Running');
      form.submit();
    }
  }

  form.addEventListener('submit', function () {
    begin('Running');
  });

  /* keys inside the view: Esc goes back to the program, Ctrl+Enter runs it again */
  function wireFrame(d) {
    d.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') setMode('edit');
      else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run();
    });
  }

  function loaded() {
    var d = frameDoc();
    if (!d) return;
    clearInterval(ticker);
    if (running) {
      var ok = !!d.getElementById('gostack-recording');
      say(ok ? 'Ran in ' + secs(performance.now() - started) : 'Not run: see the message', !ok);
    }
    running = false;
    $('to-view').disabled = false;
    /* the page's own bar names the program already */
    var title = d.getElementById('title');
    if (title) title.hidden = true;
    applyPrefs();
    wireFrame(d);
    setMode('view');
  }

  view.addEventListener('load', loaded);
  $('to-edit').onclick = function () {
    setMode('edit');
  };
  $('to-view').onclick = function () {
    setMode('view');
  };

  if (view.getAttribute('src')) {
    /* a lesson: its view is loading already */
    begin('Running the lesson');
    if (frameDoc() && view.contentDocument.readyState === 'complete') loaded();
  } else {
    $('to-view').disabled = true;
    setMode('edit');
  }

  window.__gostackEditor = { ready: true };
})();
