//! fmt over hand-built run-time values, checked against real Go output
//! (go1.27.3; the Go program is in the comment of each test).
#![allow(clippy::approx_constant)] // the values mirror the Go programs the expectations come from

use std::cell::RefCell;
use std::rc::Rc;

use bytecode::{Program, TypeId};
use runtime::value::{Iface, MapObj, Slice, Value};
use runtime::vm::{Options, Vm, NATIVE_BIT};
use types::{Field, Kind, Method, TypeTable};

struct Types {
    point: TypeId,
    s: TypeId,
    code: TypeId,
    reason: TypeId,
    inner: TypeId,
}

fn field(name: &str, ty: TypeId) -> Field {
    Field { name: name.into(), ty, embedded: false, tag: None }
}

fn program() -> (Program, Types) {
    let mut tt = TypeTable::new();
    let point = tt.new_named("main.Point".into());
    let ps = tt.intern(Kind::Struct(vec![field("X", TypeId::INT), field("Y", TypeId::INT), field("Tag", TypeId::STRING)]));
    tt.set_underlying(point, ps);
    let s = tt.new_named("main.S".into());
    tt.set_underlying(s, TypeId::STRING);
    let sig = tt.func(vec![], vec![TypeId::STRING], false);
    // main.S.String is played by the native strings.ToUpper.
    tt.named_info_mut(s).unwrap().methods.push(Method { name: "String".into(), func: NATIVE_BIT, ptr_recv: false, sig, promoted: false });
    let code = tt.new_named("main.Code".into());
    tt.set_underlying(code, TypeId::INT);
    let reason = tt.new_named("main.Reason".into());
    tt.set_underlying(reason, TypeId::STRING);
    let inner = tt.new_named("main.Inner".into());
    let is = tt.intern(Kind::Struct(vec![field("N", TypeId::FLOAT64), field("hi", s), field("Lo", s)]));
    tt.set_underlying(inner, is);
    let prog = Program { types: tt, natives: vec!["strings.ToUpper".into()], ..Default::default() };
    (prog, Types { point, s, code, reason, inner })
}

fn with_vm(f: impl FnOnce(&mut Vm, &Types)) {
    let (prog, t) = program();
    let prog = Box::leak(Box::new(prog));
    let mut vm = Vm::new(prog, Options::default(), Box::new(std::io::sink()), Box::new(std::io::sink())).unwrap();
    f(&mut vm, &t);
}

fn s(x: &str) -> Value {
    Value::str(x)
}
fn i(ty: TypeId, v: Value) -> Value {
    Value::Iface(Rc::new(Iface::new(ty, v)))
}
fn agg(v: Vec<Value>) -> Value {
    Value::Agg(runtime::value::AggObj::new(v.into()))
}
fn slice(v: Vec<Value>) -> Value {
    let n = v.len() as u32;
    Value::Slice(Slice { arr: runtime::value::AggObj::new(v.into()), off: 0, len: n, cap: n })
}
fn map(entries: Vec<(Value, Value)>) -> Value {
    let mut m = MapObj::default();
    for (k, v) in entries {
        m.insert_key(k, v);
    }
    Value::Map(Rc::new(RefCell::new(m)))
}
fn int(n: i64) -> Value {
    i(TypeId::INT, Value::Int(n))
}
fn sprintf(vm: &mut Vm, f: &str, args: Vec<Value>) -> String {
    String::from_utf8(runtime::fmt::sprintf(vm, 0, f.as_bytes(), args)).unwrap()
}
fn sprintln(vm: &mut Vm, args: Vec<Value>) -> String {
    String::from_utf8(runtime::fmt::sprintln(vm, 0, args)).unwrap()
}
fn sprint(vm: &mut Vm, args: Vec<Value>) -> String {
    String::from_utf8(runtime::fmt::sprint(vm, 0, args)).unwrap()
}

#[test]
fn scalars_and_println() {
    with_vm(|vm, _| {
        let args = vec![
            int(1),
            i(TypeId::STRING, s("a")),
            i(TypeId::FLOAT64, Value::Float(2.5)),
            Value::Nil,
            i(TypeId::BOOL, Value::Bool(true)),
            i(TypeId::INT8, Value::Int(-3)),
            i(TypeId::UINT64, Value::Int(-1)),
            i(TypeId::FLOAT32, Value::Float(0.1f32 as f64)),
            i(TypeId::INT32, Value::Int('x' as i64)),
        ];
        assert_eq!(sprintln(vm, args), "1 a 2.5 <nil> true -3 18446744073709551615 0.1 120\n");
        let args = vec![
            i(TypeId::STRING, s("a")),
            int(1),
            int(2),
            i(TypeId::STRING, s("b")),
            i(TypeId::FLOAT64, Value::Float(3.0)),
            i(TypeId::STRING, s("\n")),
        ];
        assert_eq!(sprint(vm, args), "a1 2b3\n");
    });
}

#[test]
fn structs_pointers_and_types() {
    let (mut prog, t) = program();
    let pp = prog.types.pointer(t.point);
    let sp = prog.types.slice(t.point);
    let isl = prog.types.slice(TypeId::INT);
    let msi = prog.types.intern(Kind::Map(TypeId::STRING, isl));
    let prog = Box::leak(Box::new(prog));
    let mut vm = Vm::new(prog, Options::default(), Box::new(std::io::sink()), Box::new(std::io::sink())).unwrap();
    let p = agg(vec![Value::Int(1), Value::Int(2), s("a")]);
    let ptr = match &p {
        Value::Agg(a) => Value::Pointer(runtime::value::Pointer::Agg(a.clone())),
        _ => unreachable!(),
    };
    let args = vec![i(t.point, p.clone()), i(t.point, p.clone()), i(t.point, p.clone()), i(pp, ptr.clone()), i(pp, ptr.clone())];
    assert_eq!(
        sprintf(&mut vm, "%v|%+v|%#v|%v|%+v", args),
        "{1 2 a}|{X:1 Y:2 Tag:a}|main.Point{X:1, Y:2, Tag:\"a\"}|&{1 2 a}|&{X:1 Y:2 Tag:a}"
    );
    let args = vec![i(t.point, p.clone()), i(pp, ptr), i(sp, slice(vec![])), i(msi, map(vec![]))];
    assert_eq!(sprintf(&mut vm, "%T|%T|%T|%T", args), "main.Point|*main.Point|[]main.Point|map[string][]int");
    let args = vec![Value::Nil, i(pp, Value::Nil), i(isl, Value::Nil), i(msi, Value::Nil)];
    assert_eq!(sprintln(&mut vm, args), "<nil> <nil> [] map[]\n");
    let args = vec![i(isl, Value::Nil), i(msi, Value::Nil), i(TypeId::STRING, s("s")), int(42), i(pp, Value::Nil)];
    assert_eq!(sprintf(&mut vm, "%#v %#v %#v %#v %#v", args), "[]int(nil) map[string][]int(nil) \"s\" 42 (*main.Point)(nil)");
}

#[test]
fn maps_sorted() {
    let (mut prog, _t) = program();
    let msi = prog.types.intern(Kind::Map(TypeId::STRING, TypeId::INT));
    let mis = prog.types.intern(Kind::Map(TypeId::INT, TypeId::STRING));
    let msb = prog.types.intern(Kind::Map(TypeId::STRING, TypeId::BOOL));
    let prog = Box::leak(Box::new(prog));
    let mut vm = Vm::new(prog, Options::default(), Box::new(std::io::sink()), Box::new(std::io::sink())).unwrap();
    let m = map(vec![(s("b"), Value::Int(2)), (s("a"), Value::Int(1)), (s("c"), Value::Int(3))]);
    assert_eq!(sprintln(&mut vm, vec![i(msi, m)]), "map[a:1 b:2 c:3]\n");
    let m1 = map(vec![(Value::Int(3), s("c")), (Value::Int(-1), s("z")), (Value::Int(2), s("b"))]);
    let m2 = map(vec![(s("y"), Value::Bool(true)), (s("x"), Value::Bool(false))]);
    assert_eq!(sprintf(&mut vm, "%v|%#v", vec![i(mis, m1), i(msb, m2)]), "map[-1:z 2:b 3:c]|map[string]bool{\"x\":false, \"y\":true}");
}

#[test]
fn bytes_methods_and_nesting() {
    let (mut prog, t) = program();
    let bs = prog.types.slice(TypeId::UINT8);
    let anys = prog.types.slice(TypeId::ANY);
    let ss = prog.types.slice(t.s);
    let ip = prog.types.pointer(t.inner);
    let prog = Box::leak(Box::new(prog));
    let mut vm = Vm::new(prog, Options::default(), Box::new(std::io::sink()), Box::new(std::io::sink())).unwrap();
    let b = || i(bs, slice(b"hi\n".iter().map(|&c| Value::Int(c as i64)).collect()));
    assert_eq!(
        sprintf(&mut vm, "%s|%x|%X|%q|%v|%#v|% x", vec![b(), b(), b(), b(), b(), b(), b()]),
        "hi\n|68690a|68690A|\"hi\\n\"|[104 105 10]|[]byte{0x68, 0x69, 0xa}|68 69 0a"
    );
    let a = slice(vec![int(1), i(TypeId::STRING, s("a")), Value::Nil, i(TypeId::FLOAT64, Value::Float(2.5)), i(t.s, s("q"))]);
    assert_eq!(sprintln(&mut vm, vec![i(anys, a), i(ss, slice(vec![s("a"), s("b")]))]), "[1 a <nil> 2.5 Q] [A B]\n");
    let sv = || i(t.s, s("ab"));
    assert_eq!(sprintf(&mut vm, "%v|%s|%d|%q|%x", vec![sv(), sv(), sv(), sv(), sv()]), "AB|AB|%!d(main.S=ab)|\"AB\"|4142");
    let inner = || agg(vec![Value::Float(1.5), s("x"), s("y")]);
    let inner2 = agg(vec![Value::Float(2.0), s("u"), s("v")]);
    let p2 = match &inner2 {
        Value::Agg(a) => Value::Pointer(runtime::value::Pointer::Agg(a.clone())),
        _ => unreachable!(),
    };
    assert_eq!(sprintln(&mut vm, vec![i(t.inner, inner()), i(ip, p2)]), "{1.5 x Y} &{2 u V}\n");
    assert_eq!(
        sprintf(&mut vm, "%+v|%#v", vec![i(t.inner, inner()), i(t.inner, inner())]),
        "{N:1.5 hi:x Lo:Y}|main.Inner{N:1.5, hi:\"x\", Lo:\"y\"}"
    );
    let _ = t.code;
}

#[test]
fn verbs_and_errors() {
    with_vm(|vm, t| {
        let f = |x: f64| i(TypeId::FLOAT64, Value::Float(x));
        let st = |x: &str| i(TypeId::STRING, s(x));
        let args = vec![
            st("x"),
            int(3),
            int(4),
            int(5),
            int(6),
            f(3.14159),
            f(2.25),
            int(42),
            int(42),
            int(42),
            int(255),
            int(8),
            int(5),
            i(TypeId::INT32, Value::Int('A' as i64)),
            i(TypeId::INT32, Value::Int('A' as i64)),
            f(1234.5678),
            f(1234.5678),
            f(1e21),
            f(1e-7),
            i(TypeId::BOOL, Value::Bool(true)),
            st("abcdef"),
        ];
        assert_eq!(
            sprintf(vm, "%d|%s|%z|%!|%d %d|%.2f|%5.1f|%-5d|%05d|%+d|%x|%o|%b|%c|%U|%e|%E|%g|%G|%t|%8.3s|", args),
            "%!d(string=x)|%!s(int=3)|%!z(int=4)|%!!(int=5)|6 %!d(float64=3.14159)|2.25|%!f(int=   42)|42   |00042|+255|8|5|1000001|A|%!U(float64=1234.5678)|1.234568e+03|1.000000E+21|1e-07|%!G(bool=true)|%!t(string=abcdef)|%!s(MISSING)|"
        );
        assert_eq!(sprintf(vm, "%d %s", vec![int(1)]), "1 %!s(MISSING)");
        assert_eq!(sprintf(vm, "%d\n", vec![int(1), int(2), st("x")]), "1\n%!(EXTRA int=2, string=x)");
        assert_eq!(sprintf(vm, "%v %v", vec![i(t.code, Value::Int(404)), i(t.reason, s("r"))]), "404 r");
        assert_eq!(
            sprintf(vm, "%6.2v|%v|%v|%v|%v", vec![f(3.14159), f(1e6), f(1e20), f(1e21), f(123456789.0)]),
            "   3.1|1e+06|1e+20|1e+21|1.23456789e+08"
        );
        assert_eq!(sprintf(vm, "%*d|%-*d|%.*f", vec![int(5), int(1), int(4), int(2), int(2), f(3.14159)]), "    1|2   |3.14");
        assert_eq!(sprintf(vm, "%x|% X|%#x", vec![st("hello"), st("hi"), st("hi")]), "68656c6c6f|68 69|0x6869");
        assert_eq!(
            sprintf(vm, "%q|%+q|%#q|%q", vec![st("héllo\n"), st("héllo"), st("back`"), i(TypeId::INT32, Value::Int('x' as i64))]),
            "\"héllo\\n\"|\"h\\u00e9llo\"|\"back`\"|'x'"
        );
        assert_eq!(sprintf(vm, "%v|%.3v|%10v|%-10v|", vec![st("str"), st("string"), st("r"), st("l")]), "str|str|         r|l         |");
        assert_eq!(
            sprintf(
                vm,
                "%t|%v|%08.3f|%+.2e|% d",
                vec![
                    i(TypeId::BOOL, Value::Bool(false)),
                    i(TypeId::COMPLEX128, Value::Complex(1.0, -2.0)),
                    f(-3.14159),
                    f(12345.678),
                    int(5)
                ]
            ),
            "false|(1-2i)|-003.142|+1.23e+04| 5"
        );
        assert_eq!(sprintf(vm, "%08b|%o|%O|%#o|%#b", vec![int(5), int(64), int(64), int(64), int(5)]), "00000101|100|0o100|0100|0b101");
        let (text, w) = runtime::fmt::errorf(vm, 0, b"a %w b %v %w", vec![st("x"), int(1), st("y")]);
        assert_eq!(String::from_utf8(text).unwrap(), "a %!w(string=x) b 1 %!w(string=y)");
        assert_eq!(w, vec![0, 2]);
        assert_eq!(sprintf(vm, "%w", vec![int(3)]), "%!w(int=3)");
    });
}

#[test]
fn panic_values() {
    with_vm(|vm, t| {
        assert_eq!(runtime::fmt::panic_value_text(vm, 0, &i(t.code, Value::Int(404))), "main.Code(404)");
        assert_eq!(runtime::fmt::panic_value_text(vm, 0, &i(t.reason, s("x\ny"))), "main.Reason(\"x\n\ty\")");
        assert_eq!(runtime::fmt::panic_value_text(vm, 0, &i(TypeId::STRING, s("boom\nline2"))), "boom\n\tline2");
        assert_eq!(runtime::fmt::panic_value_text(vm, 0, &i(TypeId::FLOAT64, Value::Float(3.5))), "3.5");
        assert_eq!(runtime::fmt::panic_value_text(vm, 0, &i(TypeId::INT, Value::Int(-7))), "-7");
        assert_eq!(runtime::fmt::panic_value_text(vm, 0, &i(t.s, s("abc"))), "ABC");
        let txt = runtime::fmt::panic_value_text(vm, 0, &i(t.point, agg(vec![Value::Int(1), Value::Int(2), s("")])));
        assert!(txt.starts_with("(main.Point) 0xc"), "{txt}");
    });
}
