//! The editor of `gostack serve` in a real browser (Debian's chromium,
//! headless, with the launch settings of the viewer's tests): a program is
//! typed with real key presses or pasted, Run is clicked, and the view of
//! `gostack show` must appear in the page with the run's steps, narration
//! and output. Screenshots go to target/screenshots/serve-*.png.
//!
//! Without /usr/bin/chromium (or $GOSTACK_CHROMIUM) every test is reported
//! ignored, unless GOSTACK_REQUIRE_BROWSER=1, which makes them fail.

#[path = "../../show/tests/chromium/mod.rs"]
mod chromium;
mod serve_support;

use headless_chrome::browser::tab::ModifierKey;
use headless_chrome::protocol::cdp::Page::CaptureScreenshotFormatOption;
use headless_chrome::Tab;
use libtest_mimic::{Arguments, Failed, Trial};
use serde_json::Value;
use serve_support::{scratch, Serve};
use std::sync::Arc;
use std::time::{Duration, Instant};

type R = Result<(), Failed>;
type Test = fn() -> R;

/// One tab on a page of the server.
struct Page {
    tab: Arc<Tab>,
    name: String,
}

impl Page {
    fn open(s: &Serve, path: &str, name: &str) -> Result<Page, Failed> {
        let tab = chromium::browser()?.new_tab()?;
        tab.set_default_timeout(Duration::from_secs(30));
        tab.navigate_to(&s.url(path))?.wait_until_navigated()?;
        let p = Page { tab, name: name.into() };
        p.wait("the editor's script", "!!(window.__gostackEditor && window.__gostackEditor.ready)", 10)?;
        Ok(p)
    }

    /// js evaluates an expression in the editor page, as JSON.
    fn js(&self, expr: &str) -> Result<Value, Failed> {
        let r = self.tab.evaluate(&format!("JSON.stringify(({expr}))"), false)?;
        match r.value {
            Some(Value::String(s)) => Ok(serde_json::from_str(&s)?),
            other => Err(format!("{}: no value from {expr}: {other:?} {:?}", self.name, r.description).into()),
        }
    }

    /// view evaluates an expression in the view's frame, where `d` is its
    /// document and `w` its window.
    fn view(&self, expr: &str) -> Result<Value, Failed> {
        self.js(&format!("(function(){{var w=document.getElementById('view').contentWindow;var d=w.document;return ({expr})}})()"))
    }

    fn text(&self, sel: &str) -> Result<String, Failed> {
        Ok(self.js(&format!("(document.querySelector({sel:?})||{{}}).textContent||''"))?.as_str().unwrap_or("").to_string())
    }

    fn view_text(&self, sel: &str) -> Result<String, Failed> {
        Ok(self.view(&format!("(d.querySelector({sel:?})||{{}}).textContent||''"))?.as_str().unwrap_or("").to_string())
    }

    /// wait polls a condition in the editor page until it holds.
    fn wait(&self, what: &str, cond: &str, secs: u64) -> R {
        let t0 = Instant::now();
        while self.js(&format!("!!({cond})"))? != Value::Bool(true) {
            if t0.elapsed() > Duration::from_secs(secs) {
                return Err(format!("{}: waited {secs} s for {what}; status {:?}", self.name, self.text("#status")?).into());
            }
            std::thread::sleep(Duration::from_millis(25));
        }
        Ok(())
    }

    /// wait_view waits for the viewer in the frame to be ready (and the
    /// page to show it).
    fn wait_view(&self, secs: u64) -> R {
        self.wait(
            "the view",
            "document.body.dataset.mode==='view' && (function(){try{var w=document.getElementById('view').contentWindow;return w.__gostack&&w.__gostack.ready}catch(e){return false}})()",
            secs,
        )
    }

    fn code(&self) -> Result<String, Failed> {
        Ok(self.js("document.getElementById('code').value")?.as_str().unwrap_or("").to_string())
    }

    /// clear empties the editor as a person would: select all, Backspace.
    fn clear(&self) -> R {
        self.tab.find_element("#code")?.click()?;
        self.js("(function(){var c=document.getElementById('code');c.focus();c.select();return true})()")?;
        self.tab.press_key("Backspace")?;
        check(self.code()?.is_empty(), "the editor is empty")
    }

    /// coloured waits until the coloured copy shows the editor's text with
    /// gostack's colours.
    fn coloured(&self) -> R {
        self.wait(
            "the colours",
            "(function(){var c=document.getElementById('code'),h=document.getElementById('hl');\
             return h.querySelector('.t-kw')&&h.textContent===c.value+'\\n '})()",
            10,
        )
    }

    fn shot(&self, what: &str) -> R {
        self.tab.evaluate("new Promise(function(r){requestAnimationFrame(function(){requestAnimationFrame(r)})})", true)?;
        let png = self.tab.capture_screenshot(CaptureScreenshotFormatOption::Png, None, None, true)?;
        std::fs::write(chromium::shots_dir().join(format!("serve-{}-{what}.png", self.name)), png)?;
        Ok(())
    }
}

impl Drop for Page {
    fn drop(&mut self) {
        let _ = self.tab.close(true);
    }
}

fn check(ok: bool, msg: impl Into<String>) -> R {
    if ok {
        Ok(())
    } else {
        Err(msg.into().into())
    }
}

fn eq<T: PartialEq + std::fmt::Debug>(got: T, want: T, what: &str) -> R {
    check(got == want, format!("{what}: got {got:?}, want {want:?}"))
}

// ---- the tests -------------------------------------------------------------

/// Typed key by key: Enter keeps the indentation (one more after `{`), a
/// `}` alone on its line goes back one tab, so the program comes out as
/// gofmt writes it. Run shows the view: steps, narration, output.
fn type_and_run() -> R {
    let s = Serve::start(&scratch("browser-type"), &[], &[]);
    let p = Page::open(&s, "/", "type")?;
    eq(p.js("document.body.dataset.mode")?, Value::from("edit"), "the editor shows first")?;
    check(p.js("document.querySelectorAll('#hl .t-kw').length")?.as_u64().unwrap_or(0) >= 4, "the starter program is coloured")?;
    p.shot("editor")?;

    p.clear()?;
    p.type_keys("package main\n\nimport \"fmt\"\n\nfunc main() {\ndefer fmt.Println(\"bye\")\nfor i := range 2 {\nfmt.Println(\"typed\", i)\n}\n}\n")?;
    let want = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tdefer fmt.Println(\"bye\")\n\tfor i := range 2 {\n\t\tfmt.Println(\"typed\", i)\n\t}\n}\n";
    eq(p.code()?, want.to_string(), "the typed program, indented")?;
    p.coloured()?;
    let gutter = p.text("#gutter")?;
    eq(gutter.split_whitespace().last(), Some("11"), &format!("line numbers {gutter:?}"))?;
    p.shot("typed")?;
    // The coloured copy lies exactly under the textarea's (transparent) text.
    eq(
        p.js("(function(){var a=getComputedStyle(document.getElementById('code')),b=getComputedStyle(document.getElementById('hl'));\
              return ['fontFamily','fontSize','lineHeight','tabSize','paddingTop','paddingLeft','letterSpacing','whiteSpace','top','left']\
              .filter(function(k){return a[k]!==b[k]})})()")?,
        serde_json::json!([]),
        "styles that differ between the textarea and its coloured copy",
    )?;
    p.js("document.getElementById('code').style.color='rgba(255,0,0,.55)'")?;
    p.shot("alignment")?;
    p.js("document.getElementById('code').style.color=''")?;

    let t0 = Instant::now();
    p.tab.find_element("#run")?.click()?;
    p.wait_view(30)?;
    let took = t0.elapsed();
    println!("type_and_run: Run to a ready view in {took:?} (the page says {:?})", p.text("#status")?);
    let counter = p.view_text("#counter")?;
    check(counter.starts_with("Step 1 of "), format!("step counter {counter:?}"))?;
    check(p.view_text("#narration")?.contains("main.main"), "narration of the first step")?;
    check(p.text("#status")?.starts_with("Ran in "), format!("status {:?}", p.text("#status")?))?;
    eq(p.view("d.activeElement===d.body||d.hasFocus()")?, Value::Bool(true), "the view has the focus")?;
    // Keys step the view: Forward once, then the end.
    p.tab.press_key("ArrowRight")?;
    check(p.view_text("#counter")?.starts_with("Step 2 of "), format!("ArrowRight in the view: {:?}", p.view_text("#counter")?))?;
    p.tab.press_key("End")?;
    eq(p.view_text("#output")?, "typed 0\ntyped 1\nbye\n".to_string(), "the output at the end")?;
    check(p.view_text("#exit")?.contains("exit status 0"), "exit status")?;
    p.shot("view")?;

    // Edit brings the program back, as it was.
    p.tab.find_element("#to-edit")?.click()?;
    eq(p.js("document.body.dataset.mode")?, Value::from("edit"), "Edit")?;
    eq(p.code()?, want.to_string(), "the program is kept")?;
    Ok(())
}

/// Pasted in one piece and run with Ctrl+Enter: an endless loop comes back
/// at the time limit with the reason on the page; the server answers the
/// next run.
fn paste_an_endless_loop() -> R {
    // The step limit is raised so that the time limit is the one that ends
    // `for {}` below: with delta recording the hooked loop passes the
    // default 50 million steps in under 2 s on a quiet machine.
    let s = Serve::start(&scratch("browser-endless"), &["--max-wall", "2s", "--max-steps", "100000000000"], &[]);
    let p = Page::open(&s, "/", "endless")?;
    p.clear()?;
    p.tab.send_character("package main\n\nfunc main() {\n\tn := 0\n\tfor {\n\t\tn++\n\t}\n}\n")?;
    p.coloured()?;
    p.tab.press_key_with_modifiers("Enter", Some(&[ModifierKey::Ctrl]))?;
    // The run started (on a quiet machine the 20,000 steps are recorded in
    // about 0.2 s, so "Running…" may already have given way to "Ran in").
    p.wait(
        "Running… or its end",
        "(function(t){return t.indexOf('Running')===0||t.indexOf('Ran in')===0})(document.getElementById('status').textContent)",
        5,
    )?;
    p.wait_view(30)?;
    let banner = p.view_text("#banner")?;
    check(banner.starts_with("Truncated: the recording stops after 20000 steps"), format!("banner {banner:?}"))?;
    p.shot("truncated")?;

    // A long program: the coloured copy and the line numbers scroll with the text.
    p.tab.find_element("#to-edit")?.click()?;
    p.clear()?;
    let long: String = (0..150).map(|i| format!("\t// line {i} {}\n", "x".repeat(i))).collect();
    p.tab.send_character(&format!("package main\n\nfunc main() {{\n{long}}}\n"))?;
    p.coloured()?;
    eq(
        p.js("(function(){var c=document.getElementById('code');c.scrollTop=1e6;c.scrollLeft=1e6;c.dispatchEvent(new Event('scroll'));\
              var h=document.getElementById('hl'),g=document.getElementById('gutter');\
              return [c.scrollTop>0, h.scrollTop===c.scrollTop, g.scrollTop===c.scrollTop, h.scrollLeft===c.scrollLeft]})()")?,
        serde_json::json!([true, true, true, true]),
        "scrolled to the end: [scrolled, copy, line numbers, sideways]",
    )?;
    p.js("document.getElementById('code').style.color='rgba(255,0,0,.55)'")?;
    p.shot("scrolled")?;
    p.js("document.getElementById('code').style.color=''")?;

    // `for {}` records no steps: the time limit ends it.
    p.clear()?;
    p.tab.send_character("package main\n\nfunc main() {\n\tfor {\n\t}\n}\n")?;
    let t0 = Instant::now();
    p.tab.find_element("#run")?.click()?;
    p.wait("the next view", "document.getElementById('status').textContent.indexOf('Ran in')===0", 30)?;
    p.wait_view(5)?;
    println!("paste_an_endless_loop: `for {{}}` came back after {:?}", t0.elapsed());
    let banner = p.view_text("#banner")?;
    eq(banner.as_str(), "The program ran for longer than 2s and was stopped (--max-wall): does it loop forever?", "banner")?;
    p.view("w.__gostack.viewer.end(),true")?;
    check(p.view_text("#output")?.contains("gostack: program exceeded the time limit of 2s (--max-wall)"), "the limit's message")?;
    p.shot("time-limit")?;

    // The server goes on: a run right after.
    p.tab.find_element("#to-edit")?.click()?;
    p.clear()?;
    p.tab.send_character("package main\n\nfunc main() {\n\tprintln(\"still here\")\n}\n")?;
    p.tab.find_element("#run")?.click()?;
    p.wait("the third view", "document.getElementById('status').textContent.indexOf('Ran in')===0", 30)?;
    p.wait_view(5)?;
    p.view("w.__gostack.viewer.end(),true")?;
    eq(p.view_text("#output")?, "still here\n".to_string(), "output after the endless loops")?;
    Ok(())
}

/// A lesson opens on its view; Edit shows its text with the lesson list.
/// Larger text and the dark theme, as on a projector.
fn lesson() -> R {
    let dir = scratch("browser-lessons");
    std::fs::write(
        dir.join("defer.go"),
        "// Deferred calls run newest first\npackage main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor i := range 3 {\n\t\tdefer fmt.Println(\"deferred\", i)\n\t}\n\tfmt.Println(\"main returns\")\n}\n",
    )?;
    std::fs::write(
        dir.join("panic.go"),
        "// A panic, recovered\npackage main\n\nfunc main() {\n\tdefer func() { recover() }()\n\tpanic(\"boom\")\n}\n",
    )?;
    let s = Serve::start(&dir, &[], &[]);
    let p = Page::open(&s, "/lesson/defer.go", "lesson")?;
    p.wait_view(30)?;
    p.view("w.__gostack.viewer.end(),true")?;
    eq(p.view_text("#output")?, "main returns\ndeferred 2\ndeferred 1\ndeferred 0\n".to_string(), "the lesson's output")?;
    p.shot("view")?;
    p.tab.find_element("#to-edit")?.click()?;
    eq(p.texts("#lessons .lname")?, vec!["defer".to_string(), "panic".into()], "the lessons")?;
    eq(p.text("#lessons li.cur .lname")?, "defer".to_string(), "the open lesson")?;
    check(p.code()?.starts_with("// Deferred calls run newest first\npackage main"), "the lesson's text")?;
    p.tab.find_element("#o-size")?.click()?;
    p.tab.find_element("#o-theme")?.click()?;
    eq(p.js("[document.body.dataset.size, document.body.dataset.theme]")?, serde_json::json!(["large", "dark"]), "size and theme")?;
    p.shot("edit-large-dark")?;
    // The view follows the editor's choice.
    p.tab.find_element("#to-view")?.click()?;
    eq(p.view("[d.body.dataset.size, d.body.dataset.theme]")?, serde_json::json!(["large", "dark"]), "the view's size and theme")?;
    p.shot("view-large-dark")?;
    // Another lesson from the list.
    p.tab.find_element("#to-edit")?.click()?;
    p.tab.find_element("#lessons li:nth-child(2) a")?.click()?;
    p.tab.wait_until_navigated()?;
    p.wait("the second lesson", "!!(window.__gostackEditor && document.getElementById('fname').textContent==='panic.go')", 10)?;
    p.wait_view(30)?;
    p.view("w.__gostack.viewer.end(),true")?;
    check(p.view_text("#exit")?.contains("exit status 0"), "the recovered panic's view ends with status 0")?;
    Ok(())
}

impl Page {
    /// type_keys types text key by key, each newline as the Enter key
    /// (headless_chrome's type_str would insert it as text).
    fn type_keys(&self, text: &str) -> R {
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                self.tab.press_key("Enter")?;
            }
            self.tab.type_str(line)?;
        }
        Ok(())
    }

    fn texts(&self, sel: &str) -> Result<Vec<String>, Failed> {
        let v = self.js(&format!("Array.from(document.querySelectorAll({sel:?})).map(function(e){{return e.textContent}})"))?;
        Ok(v.as_array().unwrap_or(&vec![]).iter().map(|x| x.as_str().unwrap_or("").to_string()).collect())
    }
}

fn main() {
    let mut args = Arguments::from_args();
    // one browser, two cores: one page at a time
    args.test_threads.get_or_insert(1);
    let (have, require) = chromium::available();
    let tests: Vec<(&str, Test)> = vec![
        ("serve_browser::type_and_run", type_and_run),
        ("serve_browser::paste_an_endless_loop", paste_an_endless_loop),
        ("serve_browser::lesson", lesson),
    ];
    if !have {
        eprintln!(
            "note: {} not found: the browser tests are {} (apt-get install chromium)",
            chromium::chromium().display(),
            if require { "FAILING because GOSTACK_REQUIRE_BROWSER=1" } else { "ignored" }
        );
    }
    let trials = tests
        .into_iter()
        .map(|(name, f)| {
            Trial::test(name, move || {
                if !have {
                    return Err(format!("{} not found and GOSTACK_REQUIRE_BROWSER=1", chromium::chromium().display()).into());
                }
                f()
            })
            .with_ignored_flag(!have && !require)
        })
        .collect();
    let conclusion = libtest_mimic::run(&args, trials);
    chromium::shutdown();
    conclusion.exit();
}
