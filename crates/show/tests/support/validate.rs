//! check: does a recording follow docs/recording-format.md? Every index in
//! range, every enumerated field one of its documented words. The fixtures
//! are checked with it, and the recorder's output can be too.

use serde_json::Value;

pub fn check(r: &Value) -> Result<(), String> {
    let mut errs = vec![];
    let len = |k: &str| r[k].as_array().map_or(0, |a| a.len());
    let idx = |errs: &mut Vec<String>, what: &str, v: &Value, table: &str| match v.as_u64() {
        Some(i) if (i as usize) < len(table) => {}
        _ => errs.push(format!("{what}: {v} is not an index into {table} (len {})", len(table))),
    };
    let arr = |v: &Value| v.as_array().cloned().unwrap_or_default();
    let oneof = |errs: &mut Vec<String>, what: &str, v: &Value, words: &[&str]| {
        if !v.as_str().is_some_and(|s| words.contains(&s)) {
            errs.push(format!("{what}: {v} is not one of {words:?}"));
        }
    };

    if r["format"] != "gostack-recording" || r["version"] != 1 {
        errs.push("format/version".into());
    }
    for (fi, f) in arr(&r["files"]).iter().enumerate() {
        for (li, line) in arr(&f["lines"]).iter().enumerate() {
            for run in arr(line) {
                oneof(
                    &mut errs,
                    &format!("files[{fi}].lines[{li}] class"),
                    &run[0],
                    &["kw", "id", "ty", "fn", "lit", "num", "str", "com", "op", "ws"],
                );
            }
        }
    }
    for (i, v) in arr(&r["values"]).iter().enumerate() {
        idx(&mut errs, &format!("values[{i}].t"), &v["t"], "strings");
        if !v["ref"].is_null() {
            idx(&mut errs, &format!("values[{i}].ref"), &v["ref"], "objects");
        }
        if !v["text"].is_string() {
            errs.push(format!("values[{i}] has no text"));
        }
    }
    for (i, o) in arr(&r["objects"]).iter().enumerate() {
        oneof(&mut errs, &format!("objects[{i}].kind"), &o["kind"], &["struct", "array", "map", "cell", "func", "chan"]);
        let vals: Vec<Value> = match o["kind"].as_str() {
            Some("struct") => arr(&o["fields"]).iter().map(|f| f[1].clone()).collect(),
            Some("array") => arr(&o["elems"]),
            Some("map") => arr(&o["entries"]).iter().flat_map(|e| [e[0].clone(), e[1].clone()]).collect(),
            Some("cell") => vec![o["v"].clone()],
            Some("func") => arr(&o["captures"]).iter().map(|c| c[1].clone()).collect(),
            _ => vec![],
        };
        for v in vals {
            idx(&mut errs, &format!("objects[{i}] value"), &v, "values");
        }
        if o["kind"] == "chan" {
            idx(&mut errs, &format!("objects[{i}].chan"), &o["chan"], "chans");
        }
    }
    for (i, f) in arr(&r["frames"]).iter().enumerate() {
        idx(&mut errs, &format!("frames[{i}].fn"), &f["fn"], "strings");
        idx(&mut errs, &format!("frames[{i}].file"), &f["file"], "files");
        let ret = f["ret"].as_str().unwrap_or("");
        let ok = ["caller", "deferreturn", "goexit", "native"].contains(&ret)
            || ret.strip_prefix("panic:").or(ret.strip_prefix("goexit:")).is_some_and(|n| n.parse::<u32>().is_ok());
        if !ok {
            errs.push(format!("frames[{i}].ret: {ret:?}"));
        }
        for v in arr(&f["vars"]) {
            idx(&mut errs, &format!("frames[{i}] var name"), &v["name"], "strings");
            idx(&mut errs, &format!("frames[{i}] var value"), &v["v"], "values");
            oneof(&mut errs, &format!("frames[{i}] var kind"), &v["kind"], &["param", "result", "local"]);
        }
    }
    for (i, d) in arr(&r["defers"]).iter().enumerate() {
        idx(&mut errs, &format!("defers[{i}].fn"), &d["fn"], "strings");
        for a in arr(&d["args"]) {
            idx(&mut errs, &format!("defers[{i}].args"), &a, "values");
        }
    }
    for (i, p) in arr(&r["panics"]).iter().enumerate() {
        oneof(&mut errs, &format!("panics[{i}].kind"), &p["kind"], &["panic", "goexit"]);
        if p["kind"] == "panic" {
            idx(&mut errs, &format!("panics[{i}].value"), &p["value"], "values");
        }
    }
    for (i, g) in arr(&r["goroutines"]).iter().enumerate() {
        oneof(&mut errs, &format!("goroutines[{i}].status"), &g["status"], &["running", "runnable", "waiting"]);
        let nframes = arr(&g["frames"]).len() as u64;
        for f in arr(&g["frames"]) {
            idx(&mut errs, &format!("goroutines[{i}].frames"), &f, "frames");
        }
        for d in arr(&g["defers"]) {
            idx(&mut errs, &format!("goroutines[{i}].defers"), &d, "defers");
            let k = &r["defers"][d.as_u64().unwrap_or(0) as usize]["frame"];
            if k.as_u64().is_none_or(|k| k >= nframes) {
                errs.push(format!("goroutines[{i}]: defer {d} names frame {k} of {nframes}"));
            }
        }
        for p in arr(&g["panics"]) {
            idx(&mut errs, &format!("goroutines[{i}].panics"), &p, "panics");
        }
        let nseg = arr(&g["segments"]).len() as u64;
        for f in arr(&g["frames"]) {
            let seg = &r["frames"][f.as_u64().unwrap_or(0) as usize]["seg"];
            if seg.as_u64().is_none_or(|s| s >= nseg) {
                errs.push(format!("goroutines[{i}]: frame {f} on segment {seg} of {nseg}"));
            }
        }
    }
    for (i, s) in arr(&r["states"]).iter().enumerate() {
        for (k, t) in [("gs", "goroutines"), ("objects", "objects"), ("chans", "chans")] {
            for x in arr(&s[k]) {
                idx(&mut errs, &format!("states[{i}].{k}"), &x, t);
            }
        }
    }
    let events = [
        "defer.push",
        "defer.run",
        "defer.done",
        "panic",
        "recover.accept",
        "recover.refuse",
        "goexit",
        "unwind",
        "panic.abort",
        "recovery",
        "go.create",
        "go.switch",
        "go.block",
        "go.exit",
        "morestack",
        "copystack",
        "fatal",
        "exit",
    ];
    for (i, sp) in arr(&r["spots"]).iter().enumerate() {
        idx(&mut errs, &format!("spots[{i}][0]"), &sp[0], "frames");
        idx(&mut errs, &format!("spots[{i}][3]"), &sp[3], "strings");
        if !sp[1].is_u64() || !sp[2].is_u64() {
            errs.push(format!("spots[{i}]: {sp}"));
        }
    }
    // Compact steps (docs/recording-format.md) are checked as the steps
    // they stand for.
    let mut expanded = r.clone();
    show::record::expand_steps(&mut expanded);
    let mut last_out = 0;
    for (i, s) in arr(&expanded["steps"]).iter().enumerate() {
        if !s.is_object() {
            errs.push(format!("steps[{i}] is not a step (a compact step with nothing before it, or malformed): {s}"));
            continue;
        }
        idx(&mut errs, &format!("steps[{i}].state"), &s["state"], "states");
        let top = &s["top"];
        if top.is_object() {
            idx(&mut errs, &format!("steps[{i}].top.f"), &top["f"], "frames");
            for v in arr(&top["vals"]).iter().filter(|v| !v.is_string()) {
                idx(&mut errs, &format!("steps[{i}].top.vals"), v, "values");
            }
            let nvars = arr(&r["frames"][top["f"].as_u64().unwrap_or(0) as usize]["vars"]).len();
            if arr(&top["vals"]).len() != nvars {
                errs.push(format!("steps[{i}].top: {} values for {nvars} variables", arr(&top["vals"]).len()));
            }
        } else if !top.is_null() {
            idx(&mut errs, &format!("steps[{i}].top"), top, "frames");
        }
        idx(&mut errs, &format!("steps[{i}].file"), &s["file"], "files");
        idx(&mut errs, &format!("steps[{i}].say"), &s["say"], "strings");
        oneof(&mut errs, &format!("steps[{i}].kind"), &s["kind"], &["stmt", "event"]);
        if s["kind"] == "event" {
            oneof(&mut errs, &format!("steps[{i}].ev"), &s["ev"], &events);
        }
        let out = s["out"].as_u64().unwrap_or(u64::MAX);
        if out < last_out || out as usize > len("output") {
            errs.push(format!("steps[{i}].out: {out}"));
        }
        last_out = out;
    }
    oneof(&mut errs, "end.why", &r["end"]["why"], &["panic", "exit", "fatal", "deadlock", "limit", "ok", "compile"]);
    if errs.is_empty() {
        Ok(())
    } else {
        errs.truncate(20);
        Err(errs.join("\n"))
    }
}
