//! Expressions of the debugger's `print`, `set`, `display`, `watch` and
//! breakpoint conditions, evaluated over the inspection API in the scope
//! of one frame.
//!
//! The language is Go's expression syntax (parsed by gostack's own
//! parser): variables (locals, parameters, captured variables, package
//! variables), `R3` slots, literals, selectors (`p.Name`, through
//! pointers), indexing (`s[1]`, `m["a"]`, strings), slicing (`s[1:3]`),
//! `*p`, `&x`, `len`/`cap`, conversions to basic types (`int64(x)`,
//! `string(b)`), arithmetic, comparisons and `&&`/`||` with Go's typing
//! of untyped constants. Function calls are refused: evaluating never
//! runs program code.

use std::rc::Rc;

use bytecode::VarLoc;
use runtime::hook::Place;
use runtime::inspect::Inspector;
use runtime::value::{BytesKind, GoStr, Pointer, Value};
use syntax::ast::{BinaryOp, Expr, ExprKind, LitKind, UnaryOp};
use types::{Kind, TypeId};

/// A value with its Go type and, for an addressable expression, where it
/// is stored (for `&x` and `set`).
#[derive(Clone, Debug)]
pub struct Val {
    pub v: Value,
    pub ty: TypeId,
    pub place: Option<Place>,
}

impl Val {
    fn rvalue(v: Value, ty: TypeId) -> Val {
        Val { v, ty, place: None }
    }
}

/// The frame an expression is evaluated in.
#[derive(Clone, Copy)]
pub struct Scope<'i, 'a, 'p> {
    pub insp: &'i Inspector<'a, 'p>,
    pub gi: usize,
    pub fi: usize,
    pub exact_top: bool,
}

/// Parses `src` as one Go expression and evaluates it.
pub fn eval_str(sc: &Scope, src: &str) -> Result<Val, String> {
    let arena = bumpalo::Bump::new();
    let e = parse_expr(&arena, src)?;
    eval(sc, e)
}

/// Evaluates `lhs = rhs` (the `set` command) into the store to make.
pub fn assign_str(sc: &Scope, lhs: &str, rhs: &str) -> Result<runtime::hook::Edit, String> {
    let target = eval_str(sc, lhs)?;
    let Some(place) = target.place.clone() else {
        return Err(format!("cannot assign to {}: not a variable, field or element", lhs.trim()));
    };
    let v = eval_str(sc, rhs)?;
    let v = convert_assign(sc.insp, v, target.ty)?;
    Ok(runtime::hook::Edit { place, value: v.v })
}

/// Parses one expression with the program parser: it is wrapped in a
/// variable declaration (`var _ = (EXPR)`).
pub fn parse_expr<'a>(arena: &'a bumpalo::Bump, src: &str) -> Result<&'a Expr<'a>, String> {
    if src.trim().is_empty() {
        return Err("missing expression".into());
    }
    if src.contains('\n') {
        return Err("an expression is one line".into());
    }
    let text: &'a str = arena.alloc_str(&format!("package p\nvar _ = ({src})\n"));
    let file = syntax::parse_file(arena, text).map_err(|errs| {
        let msg = errs.first().map(|d| d.message.clone()).unwrap_or_default();
        format!("cannot parse {:?}: {}", src.trim(), msg.trim_start_matches("syntax error: "))
    })?;
    for d in file.decls.iter() {
        if let syntax::ast::Decl::Gen(g) = d {
            if let Some(syntax::ast::Spec::Value(vs)) = g.specs.first() {
                if let Some(e) = vs.values.first() {
                    return Ok(match &e.kind {
                        ExprKind::Paren(inner) => inner,
                        _ => e,
                    });
                }
            }
        }
    }
    Err(format!("cannot parse {:?}", src.trim()))
}

fn tt<'p>(insp: &Inspector<'_, 'p>) -> &'p types::TypeTable {
    &insp.program().types
}

/// Evaluates an expression in scope `sc`.
pub fn eval(sc: &Scope, e: &Expr) -> Result<Val, String> {
    let insp = sc.insp;
    let t = tt(insp);
    match &e.kind {
        ExprKind::Paren(x) => eval(sc, x),
        ExprKind::Ident(name) => ident(sc, name),
        ExprKind::BasicLit { kind, raw } => literal(*kind, raw),
        ExprKind::Selector(x, field) => {
            // A package-qualified variable: `main.counter`, `os.Args`.
            if let ExprKind::Ident(pkg) = &x.kind {
                if insp.lookup(sc.gi, sc.fi, sc.exact_top, pkg).is_none() {
                    if let Some(g) = insp.global(&format!("{pkg}.{}", field.name)) {
                        return Ok(Val { v: g.value, ty: g.ty, place: Some(Place::Global(g.global.unwrap_or(0))) });
                    }
                }
            }
            let mut base = eval(sc, x)?;
            // Selectors go through pointers (p.Name for p *P).
            if let Kind::Pointer(elem) = t.ukind(base.ty).clone() {
                if base.v.is_nil() {
                    return Err(format!("nil pointer dereference: {} is nil", expr_text(x)));
                }
                let target = insp.deref(&base.v).ok_or("not a pointer")?;
                base = Val { v: target, ty: elem, place: Some(Place::Pointee(base.v.clone())) };
            }
            let Kind::Struct(fields) = t.ukind(base.ty).clone() else {
                return Err(format!("{} (type {}) has no field {}", expr_text(x), t.name(base.ty), field.name));
            };
            let Some(i) = fields.iter().position(|f| f.name == field.name) else {
                return Err(format!("{} (type {}) has no field {}", expr_text(x), t.name(base.ty), field.name));
            };
            let Value::Agg(a) = &base.v else { return Err("not a struct value".into()) };
            let v = a.borrow().get(i).cloned().unwrap_or_default();
            Ok(Val { v, ty: fields[i].ty, place: Some(Place::Pointee(Value::Pointer(Pointer::Elem(a.clone(), i as u32)))) })
        }
        ExprKind::Index(x, idx) => {
            let base = eval(sc, x)?;
            let [ie] = idx else { return Err("generic instantiation is not an expression here".into()) };
            index(sc, base, ie, x)
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            let base = eval(sc, x)?;
            let int_of = |o: &Option<&Expr>| -> Result<Option<i64>, String> {
                match o {
                    None => Ok(None),
                    Some(e) => Ok(Some(as_index(&eval(sc, e)?, t)?)),
                }
            };
            let (lo, hi, max) = (int_of(lo)?, int_of(hi)?, int_of(max)?);
            slice(insp, base, lo, hi, max)
        }
        ExprKind::Star(x) => {
            let p = eval(sc, x)?;
            let Kind::Pointer(elem) = t.ukind(p.ty).clone() else {
                return Err(format!("invalid indirect of {} (type {})", expr_text(x), t.name(p.ty)));
            };
            if p.v.is_nil() {
                return Err(format!("nil pointer dereference: {} is nil", expr_text(x)));
            }
            let v = insp.deref(&p.v).ok_or("not a pointer")?;
            Ok(Val { v, ty: elem, place: Some(Place::Pointee(p.v)) })
        }
        ExprKind::Unary(op, x) => unary(sc, *op, x),
        ExprKind::Binary { op, x, y, .. } => {
            if matches!(op, BinaryOp::LAnd | BinaryOp::LOr) {
                let a = eval(sc, x)?;
                if !t.is_boolean(a.ty) {
                    return Err(format!("operator {} not defined on {}", op.as_str(), t.name(a.ty)));
                }
                // Short-circuit, as Go evaluates it.
                if a.v.as_bool() == (*op == BinaryOp::LOr) {
                    return Ok(Val::rvalue(Value::Bool(a.v.as_bool()), TypeId::UNTYPED_BOOL));
                }
                let b = eval(sc, y)?;
                return Ok(Val::rvalue(Value::Bool(b.v.as_bool()), TypeId::UNTYPED_BOOL));
            }
            let a = eval(sc, x)?;
            let b = eval(sc, y)?;
            binary(insp, *op, a, b)
        }
        ExprKind::Call { fun, args, .. } => call(sc, fun, args),
        ExprKind::TypeAssert(x, Some(te)) => {
            let v = eval(sc, x)?;
            let want = type_by_name(insp, &expr_text(te)).ok_or_else(|| format!("unknown type {}", expr_text(te)))?;
            match insp.iface_parts(&v.v) {
                Some((dt, dv)) if dt == want => Ok(Val::rvalue(dv, dt)),
                Some((dt, _)) => Err(format!("interface conversion: interface is {}, not {}", t.name(dt), t.name(want))),
                None => Err(format!("interface conversion: interface is nil, not {}", t.name(want))),
            }
        }
        ExprKind::FuncLit { .. } => Err("function literals cannot be evaluated here".into()),
        ExprKind::CompositeLit { .. } => Err("composite literals are not supported in debugger expressions".into()),
        _ => Err(format!("{} is not an expression the debugger evaluates", expr_text(e))),
    }
}

fn ident(sc: &Scope, name: &str) -> Result<Val, String> {
    let insp = sc.insp;
    match name {
        "true" | "false" => return Ok(Val::rvalue(Value::Bool(name == "true"), TypeId::UNTYPED_BOOL)),
        "nil" => return Ok(Val::rvalue(Value::Nil, TypeId::UNTYPED_NIL)),
        _ => {}
    }
    if let Some(v) = insp.lookup(sc.gi, sc.fi, sc.exact_top, name) {
        let place = match (v.global, v.loc) {
            (Some(g), _) => Some(Place::Global(g)),
            (None, Some(loc)) => Some(Place::Var { gi: sc.gi, fi: sc.fi, loc, boxed: v.cell.is_some() }),
            _ => None,
        };
        return Ok(Val { v: v.value, ty: v.ty, place });
    }
    // Raw slots: `R3` (type unknown: shown as the machine holds it).
    if let Some(n) = name.strip_prefix('R').and_then(|n| n.parse::<u16>().ok()) {
        if let Some(v) = insp.slot(sc.gi, sc.fi, n) {
            let ty = match &v {
                Value::Int(_) => TypeId::INT,
                Value::Float(_) => TypeId::FLOAT64,
                Value::Str(_) => TypeId::STRING,
                Value::Bool(_) => TypeId::BOOL,
                _ => TypeId::ANY,
            };
            let v = if ty == TypeId::ANY && !v.is_nil() { Value::Iface(Rc::new(runtime::value::Iface::new(guess_type(&v), v))) } else { v };
            return Ok(Val { v, ty, place: Some(Place::Var { gi: sc.gi, fi: sc.fi, loc: VarLoc::Slot(n), boxed: false }) });
        }
    }
    Err(format!("could not find symbol {name:?}"))
}

/// A type to show an untyped slot's value with.
fn guess_type(v: &Value) -> TypeId {
    match v {
        Value::Slice(_) => TypeId::ANY,
        _ => TypeId::ANY,
    }
}

/// An imaginary literal's mantissa: an integer in a prefixed base
/// (`0xcafei`), else a float literal (`017i` is decimal, the spec says).
fn imag_mantissa(raw: &str) -> Option<f64> {
    let m = raw.strip_suffix('i')?;
    let lower = m.to_ascii_lowercase();
    let hex_float = lower.starts_with("0x") && lower.contains(['.', 'p']);
    if ["0x", "0o", "0b"].iter().any(|p| lower.starts_with(p)) && !hex_float {
        return gostd::strconv::parse_int(m, 0, 64).ok().map(|i| i as f64);
    }
    gostd::strconv::parse_float(m.replace('_', ""), 64).ok()
}

fn literal(kind: LitKind, raw: &str) -> Result<Val, String> {
    match kind {
        LitKind::Int => match gostd::strconv::parse_int(raw, 0, 64) {
            Ok(i) => Ok(Val::rvalue(Value::Int(i), TypeId::UNTYPED_INT)),
            Err(_) => Err(format!("integer constant {raw} overflows int64")),
        },
        LitKind::Float => {
            let f = gostd::strconv::parse_float(raw.replace('_', ""), 64).map_err(|_| format!("bad float constant {raw}"))?;
            Ok(Val::rvalue(Value::Float(f), TypeId::UNTYPED_FLOAT))
        }
        LitKind::Imag => {
            let f = imag_mantissa(raw).ok_or_else(|| format!("bad constant {raw}"))?;
            Ok(Val::rvalue(Value::Complex(0.0, f), TypeId::UNTYPED_COMPLEX))
        }
        LitKind::Char => {
            let b = gostd::strconv::unquote(raw).map_err(|_| format!("bad rune literal {raw}"))?;
            let c = String::from_utf8_lossy(&b).chars().next().map(|c| c as i64).unwrap_or(0);
            Ok(Val::rvalue(Value::Int(c), TypeId::UNTYPED_RUNE))
        }
        LitKind::String => {
            let b = gostd::strconv::unquote(raw).map_err(|_| format!("bad string literal {raw}"))?;
            Ok(Val::rvalue(Value::Str(GoStr::from(b)), TypeId::UNTYPED_STRING))
        }
    }
}

fn as_index(v: &Val, t: &types::TypeTable) -> Result<i64, String> {
    if !t.is_integer(v.ty) && v.ty != TypeId::UNTYPED_INT && v.ty != TypeId::UNTYPED_RUNE {
        return Err(format!("invalid index: {} is not an integer", t.name(v.ty)));
    }
    Ok(v.v.as_int())
}

fn index(sc: &Scope, base: Val, ie: &Expr, x: &Expr) -> Result<Val, String> {
    let insp = sc.insp;
    let t = tt(insp);
    let mut base = base;
    // Indexing a pointer to an array goes through it.
    if let Kind::Pointer(elem) = t.ukind(base.ty).clone() {
        if matches!(t.ukind(elem), Kind::Array(..)) {
            let target = insp.deref(&base.v).ok_or_else(|| format!("nil pointer dereference: {} is nil", expr_text(x)))?;
            base = Val { v: target, ty: elem, place: None };
        }
    }
    match t.ukind(base.ty).clone() {
        Kind::Map(kt, vt) => {
            let k = convert_assign(insp, eval(sc, ie)?, kt)?;
            let Value::Map(_) = &base.v else {
                return Ok(Val::rvalue(zero_of(insp, vt), vt));
            };
            let found = map_get(insp, &base.v, kt, &k.v);
            let place = Some(Place::MapElem { map: base.v.clone(), key: k.v });
            Ok(Val { v: found.unwrap_or_else(|| zero_of(insp, vt)), ty: vt, place })
        }
        Kind::Slice(et) | Kind::Array(_, et) => {
            let i = as_index(&eval(sc, ie)?, t)?;
            let (len, elems) = match &base.v {
                Value::Agg(a) => (a.borrow().len(), None),
                v => (v.slice_len_cap().0 as usize, Some(v.slice_elems())),
            };
            if i < 0 || i as usize >= len {
                return Err(format!("index out of range [{i}] with length {len}"));
            }
            match (&base.v, elems) {
                (Value::Agg(a), _) => {
                    let v = a.borrow()[i as usize].clone();
                    Ok(Val { v, ty: et, place: Some(Place::Pointee(Value::Pointer(Pointer::Elem(a.clone(), i as u32)))) })
                }
                (Value::Slice(s), Some(el)) => {
                    let place = Place::Pointee(Value::Pointer(Pointer::Elem(s.arr.clone(), s.off + i as u32)));
                    Ok(Val { v: el[i as usize].clone(), ty: et, place: Some(place) })
                }
                (Value::Bytes(b), Some(el)) => {
                    let place = Place::Pointee(Value::Pointer(Pointer::Byte(b.arr.clone(), b.off + i as u32)));
                    Ok(Val { v: el[i as usize].clone(), ty: et, place: Some(place) })
                }
                _ => Err("cannot index this value".into()),
            }
        }
        Kind::String | Kind::UntypedString => {
            let i = as_index(&eval(sc, ie)?, t)?;
            let s = base.v.str_bytes();
            if i < 0 || i as usize >= s.len() {
                return Err(format!("index out of range [{i}] with length {}", s.len()));
            }
            Ok(Val::rvalue(Value::Int(s[i as usize] as i64), TypeId::UINT8))
        }
        _ => Err(format!("invalid operation: cannot index {} (type {})", expr_text(x), t.name(base.ty))),
    }
}

fn map_get(insp: &Inspector, m: &Value, kt: TypeId, k: &Value) -> Option<Value> {
    let obj = insp.object(m, insp_map_type(insp, kt), usize::MAX)?;
    if let runtime::inspect::ObjectKind::Map { entries, .. } = obj.kind {
        return entries.into_iter().find(|(ek, _)| runtime::value::key_eq(ek, k)).map(|(_, v)| v);
    }
    None
}

/// Any map type with key `kt` (object() only needs the key and element
/// types to sort; the lookup compares keys as values).
fn insp_map_type(insp: &Inspector, kt: TypeId) -> TypeId {
    let t = tt(insp);
    (0..t.len() as u32).map(TypeId).find(|&id| matches!(t.kind(id), Kind::Map(k, _) if *k == kt)).unwrap_or(TypeId::ANY)
}

fn slice(insp: &Inspector, base: Val, lo: Option<i64>, hi: Option<i64>, max: Option<i64>) -> Result<Val, String> {
    let t = tt(insp);
    match t.ukind(base.ty).clone() {
        Kind::String | Kind::UntypedString => {
            let s = base.v.str_bytes();
            let (l, h) = (lo.unwrap_or(0), hi.unwrap_or(s.len() as i64));
            if l < 0 || h < l || h as usize > s.len() {
                return Err(format!("slice bounds out of range [{l}:{h}] with length {}", s.len()));
            }
            Ok(Val::rvalue(Value::Str(GoStr::new(&s[l as usize..h as usize])), base.ty))
        }
        Kind::Slice(_) => {
            let (len, cap) = base.v.slice_len_cap();
            let (l, h, m) = (lo.unwrap_or(0), hi.unwrap_or(len as i64), max.unwrap_or(cap as i64));
            if l < 0 || h < l || m < h || m > cap as i64 {
                return Err(format!("slice bounds out of range [{l}:{h}:{m}] with capacity {cap}"));
            }
            let v = match &base.v {
                Value::Slice(s) => Value::Slice(runtime::value::Slice {
                    arr: s.arr.clone(),
                    off: s.off + l as u32,
                    len: (h - l) as u32,
                    cap: (m - l) as u32,
                }),
                Value::Bytes(b) => Value::Bytes(runtime::value::Bytes {
                    arr: b.arr.clone(),
                    off: b.off + l as u32,
                    len: (h - l) as u32,
                    cap: (m - l) as u32,
                    kind: BytesKind::Slice,
                }),
                v => v.clone(),
            };
            Ok(Val::rvalue(v, base.ty))
        }
        Kind::Array(n, et) => {
            let (l, h, m) = (lo.unwrap_or(0), hi.unwrap_or(n as i64), max.unwrap_or(n as i64));
            if l < 0 || h < l || m < h || m > n as i64 {
                return Err(format!("slice bounds out of range [{l}:{h}:{m}] with length {n}"));
            }
            let v = match &base.v {
                Value::Agg(a) => {
                    Value::Slice(runtime::value::Slice { arr: a.clone(), off: l as u32, len: (h - l) as u32, cap: (m - l) as u32 })
                }
                Value::Bytes(a) if a.is_array() => Value::Bytes(runtime::value::Bytes {
                    arr: a.arr.clone(),
                    off: l as u32,
                    len: (h - l) as u32,
                    cap: (m - l) as u32,
                    kind: BytesKind::Slice,
                }),
                _ => return Err("not an array".into()),
            };
            let st = (0..t.len() as u32).map(TypeId).find(|&id| matches!(t.kind(id), Kind::Slice(e) if *e == et)).unwrap_or(TypeId::ANY);
            Ok(Val::rvalue(v, st))
        }
        _ => Err(format!("cannot slice {}", t.name(base.ty))),
    }
}

fn unary(sc: &Scope, op: UnaryOp, x: &Expr) -> Result<Val, String> {
    let insp = sc.insp;
    let t = tt(insp);
    let a = eval(sc, x)?;
    match op {
        UnaryOp::Addr => {
            // Whether the operand has an address at all comes first: that
            // is the answer a student needs (a variable in a frame slot has
            // none), before any limit of the debugger's type table.
            let v = match (&a.v, &a.place) {
                (Value::Agg(obj), _) => Value::Pointer(Pointer::Agg(obj.clone())),
                (Value::Bytes(obj), _) if obj.is_array() => obj.arr.pointer(),
                (_, Some(Place::Pointee(p))) => p.clone(),
                (_, Some(Place::Global(g))) => Value::Pointer(Pointer::Global(*g)),
                (_, Some(Place::Var { .. })) => match insp.lookup(sc.gi, sc.fi, sc.exact_top, &expr_text(x)).and_then(|v| v.cell) {
                    Some(Value::Cell(c)) => Value::Pointer(Pointer::Cell(c)),
                    _ => {
                        return Err(format!(
                            "cannot take the address of {}: it does not escape, so it lives in a frame slot, not at an address",
                            expr_text(x)
                        ))
                    }
                },
                _ => return Err(format!("invalid operation: cannot take address of {}", expr_text(x))),
            };
            let pt = pointer_type(insp, a.ty).ok_or_else(|| format!("no pointer type *{} in this program", t.name(a.ty)))?;
            Ok(Val::rvalue(v, pt))
        }
        UnaryOp::Neg | UnaryOp::Pos => {
            if !t.is_numeric(a.ty) {
                return Err(format!(
                    "invalid operation: operator {} not defined on {}",
                    if op == UnaryOp::Neg { "-" } else { "+" },
                    t.name(a.ty)
                ));
            }
            if op == UnaryOp::Pos {
                return Ok(Val::rvalue(a.v, a.ty));
            }
            let v = match a.v {
                Value::Float(f) => Value::Float(-f),
                Value::Complex(r, i) => Value::Complex(-r, -i),
                v => Value::Int(wrap(t, a.ty, v.as_int().wrapping_neg())),
            };
            Ok(Val::rvalue(v, a.ty))
        }
        UnaryOp::Not => {
            if !t.is_boolean(a.ty) {
                return Err(format!("invalid operation: operator ! not defined on {}", t.name(a.ty)));
            }
            Ok(Val::rvalue(Value::Bool(!a.v.as_bool()), a.ty))
        }
        UnaryOp::Xor => {
            if !t.is_integer(a.ty) && a.ty != TypeId::UNTYPED_INT {
                return Err(format!("invalid operation: operator ^ not defined on {}", t.name(a.ty)));
            }
            Ok(Val::rvalue(Value::Int(wrap(t, a.ty, !a.v.as_int())), a.ty))
        }
        UnaryOp::Recv => Err("receiving from a channel would change the program: not allowed here".into()),
        UnaryOp::Tilde => Err("~ is not an operator on values".into()),
    }
}

/// The type `*elem` if the program has it.
fn pointer_type(insp: &Inspector, elem: TypeId) -> Option<TypeId> {
    let t = tt(insp);
    (0..t.len() as u32).map(TypeId).find(|&id| matches!(t.kind(id), Kind::Pointer(e) if e.canonical() == elem.canonical()))
}

/// Go's typing of a binary operation: an untyped operand takes the other
/// operand's type.
fn unify(insp: &Inspector, a: Val, b: Val) -> Result<(Val, Val, TypeId), String> {
    let t = tt(insp);
    let (ua, ub) = (t.is_untyped(a.ty), t.is_untyped(b.ty));
    if ua && !ub {
        let a = convert_assign(insp, a, b.ty)?;
        let ty = b.ty;
        return Ok((a, b, ty));
    }
    if ub && !ua {
        let b = convert_assign(insp, b, a.ty)?;
        let ty = a.ty;
        return Ok((a, b, ty));
    }
    if ua && ub {
        // The "larger" untyped kind wins: int < rune < float < complex.
        let rank = |ty: TypeId| {
            [TypeId::UNTYPED_INT, TypeId::UNTYPED_RUNE, TypeId::UNTYPED_FLOAT, TypeId::UNTYPED_COMPLEX]
                .iter()
                .position(|&u| u == ty)
                .unwrap_or(0)
        };
        let ty = if rank(a.ty) >= rank(b.ty) { a.ty } else { b.ty };
        let to_float = |v: Val| if ty == TypeId::UNTYPED_FLOAT { Val::rvalue(Value::Float(v.v.as_float()), ty) } else { v };
        return Ok((to_float(a), to_float(b), ty));
    }
    if a.ty.canonical() != b.ty.canonical() && !t.is_interface(a.ty) && !t.is_interface(b.ty) {
        return Err(format!("invalid operation: mismatched types {} and {}", t.name(a.ty), t.name(b.ty)));
    }
    let ty = a.ty;
    Ok((a, b, ty))
}

fn binary(insp: &Inspector, op: BinaryOp, a: Val, b: Val) -> Result<Val, String> {
    use std::cmp::Ordering;
    let t = tt(insp);
    if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
        if !t.is_integer(a.ty) && !t.is_untyped(a.ty) {
            return Err(format!("invalid operation: shift of type {}", t.name(a.ty)));
        }
        let n = b.v.as_int();
        if n < 0 {
            return Err(format!("invalid shift count {n}"));
        }
        let x = a.v.as_int();
        let v = if op == BinaryOp::Shl {
            if n >= 64 {
                0
            } else {
                x.wrapping_shl(n as u32)
            }
        } else if t.is_unsigned(a.ty) {
            if n >= 64 {
                0
            } else {
                ((x as u64) >> n) as i64
            }
        } else {
            x >> n.min(63)
        };
        return Ok(Val::rvalue(Value::Int(wrap(t, a.ty, v)), a.ty));
    }
    let (a, b, ty) = unify(insp, a, b)?;
    let cmp = match op {
        BinaryOp::Eq | BinaryOp::Ne => {
            let eq = match runtime::value::equal(&a.v, &b.v, t) {
                Ok(eq) => eq,
                Err(dt) => return Err(format!("comparing uncomparable type {}", t.name(dt))),
            };
            return Ok(Val::rvalue(Value::Bool(eq == (op == BinaryOp::Eq)), TypeId::UNTYPED_BOOL));
        }
        BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge => {
            let ord = if t.is_string(ty) || ty == TypeId::UNTYPED_STRING {
                a.v.str_bytes().cmp(b.v.str_bytes())
            } else if t.is_float(ty) || ty == TypeId::UNTYPED_FLOAT {
                match a.v.as_float().partial_cmp(&b.v.as_float()) {
                    Some(o) => o,
                    None => return Ok(Val::rvalue(Value::Bool(false), TypeId::UNTYPED_BOOL)),
                }
            } else if t.is_unsigned(ty) {
                (a.v.as_int() as u64).cmp(&(b.v.as_int() as u64))
            } else if t.is_integer(ty) || t.is_untyped(ty) {
                a.v.as_int().cmp(&b.v.as_int())
            } else {
                return Err(format!("invalid operation: operator {} not defined on {}", op.as_str(), t.name(ty)));
            };
            Some(ord)
        }
        _ => None,
    };
    if let Some(ord) = cmp {
        let r = match op {
            BinaryOp::Lt => ord == Ordering::Less,
            BinaryOp::Le => ord != Ordering::Greater,
            BinaryOp::Gt => ord == Ordering::Greater,
            _ => ord != Ordering::Less,
        };
        return Ok(Val::rvalue(Value::Bool(r), TypeId::UNTYPED_BOOL));
    }
    if t.is_string(ty) || ty == TypeId::UNTYPED_STRING {
        if op != BinaryOp::Add {
            return Err(format!("invalid operation: operator {} not defined on {}", op.as_str(), t.name(ty)));
        }
        return Ok(Val::rvalue(Value::Str(GoStr::concat(a.v.str_bytes(), b.v.str_bytes())), ty));
    }
    if t.is_float(ty) || ty == TypeId::UNTYPED_FLOAT {
        let (x, y) = (a.v.as_float(), b.v.as_float());
        let r = match op {
            BinaryOp::Add => x + y,
            BinaryOp::Sub => x - y,
            BinaryOp::Mul => x * y,
            BinaryOp::Div => {
                if y == 0.0 && ty == TypeId::UNTYPED_FLOAT {
                    return Err("division by zero".into());
                }
                x / y
            }
            _ => return Err(format!("invalid operation: operator {} not defined on {}", op.as_str(), t.name(ty))),
        };
        let r = if matches!(t.ukind(ty), Kind::Float32) { r as f32 as f64 } else { r };
        return Ok(Val::rvalue(Value::Float(r), ty));
    }
    if !(t.is_integer(ty) || ty == TypeId::UNTYPED_INT || ty == TypeId::UNTYPED_RUNE) {
        return Err(format!("invalid operation: operator {} not defined on {}", op.as_str(), t.name(ty)));
    }
    let (x, y) = (a.v.as_int(), b.v.as_int());
    let unsigned = t.is_unsigned(ty);
    let r = match op {
        BinaryOp::Add => x.wrapping_add(y),
        BinaryOp::Sub => x.wrapping_sub(y),
        BinaryOp::Mul => x.wrapping_mul(y),
        BinaryOp::Div | BinaryOp::Rem => {
            if y == 0 {
                return Err("integer divide by zero".into());
            }
            match (op, unsigned) {
                (BinaryOp::Div, true) => ((x as u64) / (y as u64)) as i64,
                (BinaryOp::Div, false) => x.wrapping_div(y),
                (_, true) => ((x as u64) % (y as u64)) as i64,
                _ => x.wrapping_rem(y),
            }
        }
        BinaryOp::And => x & y,
        BinaryOp::Or => x | y,
        BinaryOp::Xor => x ^ y,
        BinaryOp::AndNot => x & !y,
        _ => return Err(format!("invalid operation: operator {} not defined on {}", op.as_str(), t.name(ty))),
    };
    Ok(Val::rvalue(Value::Int(wrap(t, ty, r)), ty))
}

/// An integer result truncated to its type's size.
fn wrap(t: &types::TypeTable, ty: TypeId, v: i64) -> i64 {
    match t.ukind(ty) {
        Kind::Int8 => v as i8 as i64,
        Kind::Int16 => v as i16 as i64,
        Kind::Int32 => v as i32 as i64,
        Kind::Uint8 => v as u8 as i64,
        Kind::Uint16 => v as u16 as i64,
        Kind::Uint32 => v as u32 as i64,
        _ => v,
    }
}

/// `v` made a value of type `to` for an assignment (untyped constants are
/// converted, with Go's overflow checks; typed values must match).
pub fn convert_assign(insp: &Inspector, v: Val, to: TypeId) -> Result<Val, String> {
    let t = tt(insp);
    if v.ty.canonical() == to.canonical() {
        return Ok(Val { ty: to, ..v });
    }
    if t.is_interface(to) {
        // Boxing: the dynamic type is the value's (default) type.
        let dt = t.default_type(v.ty);
        if v.v.is_nil() && v.ty == TypeId::UNTYPED_NIL {
            return Ok(Val::rvalue(Value::Nil, to));
        }
        let inner = if t.is_interface(dt) { v.v } else { Value::Iface(Rc::new(runtime::value::Iface::new(dt, v.v))) };
        return Ok(Val::rvalue(inner, to));
    }
    if !t.is_untyped(v.ty) {
        return Err(format!("cannot use value of type {} as {} value", t.name(v.ty), t.name(to)));
    }
    if v.ty == TypeId::UNTYPED_NIL {
        return match t.ukind(to) {
            Kind::Pointer(_) | Kind::Slice(_) | Kind::Map(..) | Kind::Chan(..) | Kind::Func(_) | Kind::UnsafePointer => {
                Ok(Val::rvalue(Value::Nil, to))
            }
            _ => Err(format!("cannot use nil as {} value", t.name(to))),
        };
    }
    convert(insp, v, to)
}

/// A conversion `T(v)` between basic types.
fn convert(insp: &Inspector, v: Val, to: TypeId) -> Result<Val, String> {
    let t = tt(insp);
    let from_int = t.is_integer(v.ty) || v.ty == TypeId::UNTYPED_INT || v.ty == TypeId::UNTYPED_RUNE;
    let from_float = t.is_float(v.ty) || v.ty == TypeId::UNTYPED_FLOAT;
    let out = match t.ukind(to) {
        k if t.is_integer(to) => {
            let i = if from_float {
                let f = v.v.as_float();
                if t.is_untyped(v.ty) && f.fract() != 0.0 {
                    return Err(format!("cannot use {} (untyped float constant) as {} value (truncated)", fmt_num(f), t.name(to)));
                }
                f as i64
            } else if from_int {
                v.v.as_int()
            } else {
                return Err(format!("cannot convert {} to type {}", t.name(v.ty), t.name(to)));
            };
            let w = wrap(t, to, i);
            if t.is_untyped(v.ty) && (w != i || (matches!(k, Kind::Uint | Kind::Uint64 | Kind::Uintptr) && i < 0)) {
                return Err(format!("cannot use {i} (untyped int constant) as {} value (overflows)", t.name(to)));
            }
            Value::Int(w)
        }
        Kind::Float32 | Kind::Float64 => {
            let f = if from_int {
                if t.is_unsigned(v.ty) {
                    v.v.as_int() as u64 as f64
                } else {
                    v.v.as_int() as f64
                }
            } else if from_float {
                v.v.as_float()
            } else {
                return Err(format!("cannot convert {} to type {}", t.name(v.ty), t.name(to)));
            };
            Value::Float(if matches!(t.ukind(to), Kind::Float32) { f as f32 as f64 } else { f })
        }
        Kind::Complex64 | Kind::Complex128 => match v.v {
            Value::Complex(r, i) => Value::Complex(r, i),
            x => Value::Complex(x.as_float(), 0.0),
        },
        Kind::String => {
            if t.is_string(v.ty) || v.ty == TypeId::UNTYPED_STRING {
                v.v
            } else if from_int {
                let c = char::from_u32(v.v.as_int() as u32).unwrap_or('\u{FFFD}');
                Value::str(&c.to_string())
            } else if matches!(t.ukind(v.ty), Kind::Slice(_)) {
                let bytes: Vec<u8> = v.v.slice_elems().iter().map(|e| e.as_int() as u8).collect();
                Value::Str(GoStr::from(bytes))
            } else {
                return Err(format!("cannot convert {} to type {}", t.name(v.ty), t.name(to)));
            }
        }
        Kind::Bool => {
            if !t.is_boolean(v.ty) {
                return Err(format!("cannot convert {} to type {}", t.name(v.ty), t.name(to)));
            }
            v.v
        }
        _ => return Err(format!("conversion to {} is not supported in debugger expressions", t.name(to))),
    };
    Ok(Val::rvalue(out, to))
}

fn fmt_num(f: f64) -> String {
    let mut out = Vec::new();
    gostd::fmt::fmt_float(&mut out, f, 64, 'v', &Default::default());
    String::from_utf8_lossy(&out).into_owned()
}

fn call(sc: &Scope, fun: &Expr, args: &[Expr]) -> Result<Val, String> {
    let insp = sc.insp;
    let t = tt(insp);
    let name = expr_text(fun);
    match (name.as_str(), args) {
        ("len" | "cap", [x]) => {
            let v = eval(sc, x)?;
            let n = match (t.ukind(v.ty).clone(), &v.v) {
                (Kind::String | Kind::UntypedString, s) if name == "len" => s.str_bytes().len(),
                (Kind::Slice(_), s) => {
                    let (l, c) = s.slice_len_cap();
                    (if name == "len" { l } else { c }) as usize
                }
                (Kind::Array(n, _), _) => n as usize,
                (Kind::Map(..), Value::Map(_)) if name == "len" => match insp.object(&v.v, v.ty, 0) {
                    Some(runtime::inspect::ObjectInfo { kind: runtime::inspect::ObjectKind::Map { total, .. }, .. }) => total,
                    _ => 0,
                },
                (Kind::Map(..), _) if name == "len" => 0,
                (Kind::Chan(..), c) => match insp.chan_info(c) {
                    Some(ci) => {
                        if name == "len" {
                            ci.buf.len()
                        } else {
                            ci.cap
                        }
                    }
                    None => 0,
                },
                _ => return Err(format!("invalid argument: {} (type {}) for built-in {name}", expr_text(x), t.name(v.ty))),
            };
            Ok(Val::rvalue(Value::Int(n as i64), TypeId::INT))
        }
        (_, [x]) => match type_by_name(insp, &name) {
            Some(to) => {
                let v = eval(sc, x)?;
                convert(insp, v, to)
            }
            None => Err(format!("cannot call {name}: the debugger does not run program code")),
        },
        _ => Err(format!("cannot call {name}: the debugger does not run program code")),
    }
}

/// The type the program calls `name` (`int64`, `main.Celsius`, `Celsius`).
pub fn type_by_name(insp: &Inspector, name: &str) -> Option<TypeId> {
    let t = tt(insp);
    let basic = match name {
        "byte" => Some(TypeId::UINT8),
        "rune" => Some(TypeId::INT32),
        "any" => Some(TypeId::ANY),
        _ => None,
    };
    if basic.is_some() {
        return basic;
    }
    let qualified =
        if name.contains('.') || !name.chars().next().is_some_and(|c| c.is_uppercase()) { None } else { Some(format!("main.{name}")) };
    (0..t.len() as u32).map(TypeId).find(|&id| {
        let n = t.name(id);
        n == name || qualified.as_deref() == Some(n.as_str())
    })
}

fn zero_of(insp: &Inspector, ty: TypeId) -> Value {
    let t = tt(insp);
    match t.ukind(ty) {
        Kind::Bool => Value::Bool(false),
        Kind::String => Value::str(""),
        Kind::Float32 | Kind::Float64 => Value::Float(0.0),
        Kind::Complex64 | Kind::Complex128 => Value::Complex(0.0, 0.0),
        _ if t.is_integer(ty) => Value::Int(0),
        _ => Value::Nil,
    }
}

/// The source text of an expression, re-rendered.
pub fn expr_text(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Ident(n) => n.to_string(),
        ExprKind::BasicLit { raw, .. } => raw.to_string(),
        ExprKind::Paren(x) => format!("({})", expr_text(x)),
        ExprKind::Selector(x, f) => format!("{}.{}", expr_text(x), f.name),
        ExprKind::Index(x, i) => format!("{}[{}]", expr_text(x), i.iter().map(expr_text).collect::<Vec<_>>().join(", ")),
        ExprKind::Star(x) => format!("*{}", expr_text(x)),
        ExprKind::Unary(op, x) => {
            let o = match op {
                UnaryOp::Pos => "+",
                UnaryOp::Neg => "-",
                UnaryOp::Not => "!",
                UnaryOp::Xor => "^",
                UnaryOp::Addr => "&",
                UnaryOp::Recv => "<-",
                UnaryOp::Tilde => "~",
            };
            format!("{o}{}", expr_text(x))
        }
        ExprKind::Binary { op, x, y, .. } => format!("{} {} {}", expr_text(x), op.as_str(), expr_text(y)),
        ExprKind::Call { fun, args, .. } => format!("{}({})", expr_text(fun), args.iter().map(expr_text).collect::<Vec<_>>().join(", ")),
        ExprKind::ArrayType { elem, .. } => format!("[]{}", expr_text(elem)),
        ExprKind::MapType { key, value } => format!("map[{}]{}", expr_text(key), expr_text(value)),
        _ => "expression".to_string(),
    }
}
