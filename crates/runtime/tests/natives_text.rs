//! strings natives called directly, checked against go1.27.3 output.
#![allow(clippy::approx_constant)] // the values mirror the Go programs the expectations come from

use bytecode::Program;
use runtime::value::Value;
use runtime::vm::{NativeOut, Options, Vm};

fn call(vm: &mut Vm, name: &str, args: Vec<Value>) -> Vec<Value> {
    let f = runtime::natives::lookup(name).unwrap_or_else(|| panic!("no native {name}"));
    match f(vm, 0, &args) {
        NativeOut::Ret(v) => v.into_vec(),
        _ => panic!("{name} did not return"),
    }
}

fn s(x: &str) -> Value {
    Value::str(x)
}

/// Renders a result as Go's %q would for strings / []string, %v for others.
fn show(v: &Value) -> String {
    match v {
        Value::Str(b) => String::from_utf8_lossy(b).into_owned(),
        Value::Slice(sl) => {
            let arr = sl.arr.borrow();
            let parts: Vec<String> = arr[sl.off as usize..(sl.off + sl.len) as usize]
                .iter()
                .map(|e| format!("{:?}", String::from_utf8_lossy(e.str_bytes())))
                .collect();
            format!("[{}]", parts.join(" "))
        }
        Value::Int(i) => i.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Nil => "nil".into(),
        v => format!("{v:?}"),
    }
}

fn one(vm: &mut Vm, name: &str, args: Vec<Value>) -> String {
    show(&call(vm, name, args)[0])
}

#[test]
fn strings_natives() {
    let prog = Box::leak(Box::new(Program::default()));
    let vm = &mut Vm::new(prog, Options::default(), Box::new(std::io::sink()), Box::new(std::io::sink())).unwrap();
    assert_eq!(one(vm, "strings.Split", vec![s("a,b,,c"), s(",")]), r#"["a" "b" "" "c"]"#);
    assert_eq!(one(vm, "strings.Split", vec![s("abc"), s("")]), r#"["a" "b" "c"]"#);
    assert_eq!(one(vm, "strings.Split", vec![s(""), s(",")]), r#"[""]"#);
    assert_eq!(one(vm, "strings.SplitN", vec![s("a,b,c,d"), s(","), Value::Int(2)]), r#"["a" "b,c,d"]"#);
    assert_eq!(one(vm, "strings.SplitN", vec![s("a,b"), s(","), Value::Int(0)]), "nil");
    assert_eq!(one(vm, "strings.SplitAfter", vec![s("a,b,c"), s(",")]), r#"["a," "b," "c"]"#);
    assert_eq!(one(vm, "strings.Fields", vec![s("  a b\t c\n ")]), r#"["a" "b" "c"]"#);
    assert_eq!(one(vm, "strings.Replace", vec![s("oink oink oink"), s("k"), s("ky"), Value::Int(2)]), "oinky oinky oink");
    assert_eq!(one(vm, "strings.Replace", vec![s("oink oink oink"), s("oink"), s("moo"), Value::Int(-1)]), "moo moo moo");
    assert_eq!(one(vm, "strings.Replace", vec![s("abc"), s(""), s("-"), Value::Int(-1)]), "-a-b-c-");
    assert_eq!(one(vm, "strings.Replace", vec![s("abc"), s(""), s("-"), Value::Int(2)]), "-a-bc");
    assert_eq!(one(vm, "strings.Count", vec![s("cheese"), s("e")]), "3");
    assert_eq!(one(vm, "strings.Count", vec![s("five"), s("")]), "5");
    assert_eq!(one(vm, "strings.Count", vec![s("aaaa"), s("aa")]), "2");
    assert_eq!(one(vm, "strings.Title", vec![s("hello wOrld-foo_bar")]), "Hello WOrld-Foo_bar");
    assert_eq!(one(vm, "strings.Trim", vec![s("xxhixyx"), s("xy")]), "hi");
    assert_eq!(one(vm, "strings.TrimLeft", vec![s("¡¡hi!!"), s("!¡")]), "hi!!");
    assert_eq!(one(vm, "strings.TrimRight", vec![s("hi!!"), s("!")]), "hi");
    assert_eq!(one(vm, "strings.IndexAny", vec![s("golang"), s("ny")]), "4");
    assert_eq!(one(vm, "strings.LastIndexAny", vec![s("golang"), s("go")]), "5");
    assert_eq!(one(vm, "strings.LastIndex", vec![s("go gopher"), s("go")]), "3");
    assert_eq!(one(vm, "strings.Index", vec![s("chicken"), s("ken")]), "4");
    assert_eq!(one(vm, "strings.IndexRune", vec![s("chicken"), Value::Int('k' as i64)]), "4");
    assert_eq!(one(vm, "strings.EqualFold", vec![s("Go"), s("GO")]), "true");
    assert_eq!(one(vm, "strings.Repeat", vec![s("ab"), Value::Int(3)]), "ababab");
    assert_eq!(one(vm, "strings.ToUpper", vec![s("héllo")]), "HÉLLO");
    assert_eq!(one(vm, "strings.ToLower", vec![s("HÉLLO")]), "héllo");
    assert_eq!(one(vm, "strings.TrimSpace", vec![s("  x y  \n")]), "x y");
    let r = call(vm, "strings.SplitN", vec![s("a,b,c,d"), s(","), Value::Int(10)]);
    match &r[0] {
        Value::Slice(sl) => assert_eq!((sl.len, sl.cap), (4, 8)),
        _ => panic!(),
    }
    assert!(matches!(runtime::natives::lookup("strings.Repeat").unwrap()(vm, 0, &[s("x"), Value::Int(-1)]), NativeOut::Panic(_)));
}

#[test]
fn strconv_natives() {
    let prog = Box::leak(Box::new(Program::default()));
    let vm = &mut Vm::new(prog, Options::default(), Box::new(std::io::sink()), Box::new(std::io::sink())).unwrap();
    let r = call(vm, "strconv.parseInt", vec![s("12a"), Value::Int(10), Value::Int(0)]);
    assert_eq!((r[0].as_int(), r[1].as_int()), (0, 1));
    let r = call(vm, "strconv.parseInt", vec![s("300"), Value::Int(10), Value::Int(8)]);
    assert_eq!((r[0].as_int(), r[1].as_int()), (127, 2));
    let r = call(vm, "strconv.parseInt", vec![s("1"), Value::Int(1), Value::Int(0)]);
    assert_eq!((r[1].as_int(), r[2].as_int()), (3, 1));
    let r = call(vm, "strconv.parseFloat", vec![s("3.25"), Value::Int(64)]);
    assert_eq!((r[0].as_float(), r[1].as_int()), (3.25, 0));
    assert_eq!(one(vm, "strconv.Quote", vec![s("hi\n\"")]), r#""hi\n\"""#);
    assert_eq!(one(vm, "strconv.FormatFloat", vec![Value::Float(3.14159), Value::Int('f' as i64), Value::Int(2), Value::Int(64)]), "3.14");
    assert_eq!(one(vm, "strconv.FormatInt", vec![Value::Int(-255), Value::Int(16)]), "-ff");
    assert_eq!(one(vm, "strconv.Itoa", vec![Value::Int(-42)]), "-42");
}

#[test]
fn every_prelude_native_is_registered() {
    // Each bodiless func in crates/compiler/stdlib must have a native.
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../compiler/stdlib");
    let mut missing = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        let file = p.file_stem().unwrap().to_str().unwrap().to_string();
        let src = std::fs::read_to_string(&p).unwrap();
        // P.more.go is the rest of P, P.on-NAMES.go a part of it.
        let pkg = file.split(".on-").next().unwrap_or(&file);
        let pkg_path = pkg.trim_end_matches(".more").replace('_', "/");
        for line in src.lines() {
            let Some(rest) = line.strip_prefix("func ") else { continue };
            // (A trailing comment does not make a body: `func (noSub) Sub() {} // ...`.)
            let code = line.split(" //").next().unwrap_or(line).trim_end();
            if code.ends_with('{') || line.contains("{ ") || code.ends_with('}') {
                continue;
            }
            // func (r *T) Name(...) / func (r T) Name(...) / func Name(...)
            let name = if let Some(r) = rest.strip_prefix('(') {
                let close = r.find(')').unwrap();
                let recv = &r[..close];
                let ty = recv.split_whitespace().last().unwrap();
                let after = r[close + 1..].trim_start();
                let m = &after[..after.find('(').unwrap()];
                if let Some(t) = ty.strip_prefix('*') {
                    format!("{pkg_path}.(*{t}).{m}")
                } else {
                    format!("{pkg_path}.{ty}.{m}")
                }
            } else {
                format!("{pkg_path}.{}", &rest[..rest.find('(').unwrap()])
            };
            if runtime::natives::lookup(&name).is_none() {
                missing.push(name);
            }
        }
    }
    assert!(missing.is_empty(), "natives missing: {missing:?}");
}
