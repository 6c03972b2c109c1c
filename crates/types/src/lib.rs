//! The type universe shared by the checker (in `compiler`) and the runtime
//! (through `bytecode`): interned Go types, their names as Go prints them,
//! identity, method sets and layout facts.
//!
//! Types are interned in a [`TypeTable`]: structurally equal unnamed types
//! get the same [`TypeId`], so type identity is `==` on ids. Each defined
//! (named) type gets its own id.
//!
//! Divergence: generic code is monomorphised by the checker, so no type
//! parameter ever reaches the table's users after checking.

use std::collections::HashMap;

/// A type: an index into the [`TypeTable`] (low 24 bits) and a *spelling*
/// (high 8 bits). Equality, hashing and ordering look at the index only, so
/// `==` is Go's type identity: `byte` and `uint8`, `[]rune` and `[]int32`
/// are equal ids. The spelling only changes how the checker prints the type
/// in compile errors (`byte`, `[]rune`), as gc keeps the alias names the
/// source or the universe used; `%T` and run-time messages print the
/// canonical name (`uint8`).
#[derive(Clone, Copy, Debug, Default)]
pub struct TypeId(pub u32);

impl TypeId {
    const INDEX_BITS: u32 = 24;
    const INDEX_MASK: u32 = (1 << Self::INDEX_BITS) - 1;

    /// The table index (the identity of the type).
    #[inline]
    pub fn index(self) -> usize {
        (self.0 & Self::INDEX_MASK) as usize
    }

    /// The same type with its canonical spelling (`uint8`, not `byte`).
    #[inline]
    pub fn canonical(self) -> TypeId {
        TypeId(self.0 & Self::INDEX_MASK)
    }

    #[inline]
    fn spelling(self) -> u32 {
        self.0 >> Self::INDEX_BITS
    }

    /// Whether both ids are the same type spelled the same way.
    #[inline]
    pub fn same_spelling(self, other: TypeId) -> bool {
        self.0 == other.0
    }
}

impl PartialEq for TypeId {
    #[inline]
    fn eq(&self, other: &TypeId) -> bool {
        (self.0 ^ other.0) & Self::INDEX_MASK == 0
    }
}

impl Eq for TypeId {}

impl std::hash::Hash for TypeId {
    #[inline]
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        (self.0 & Self::INDEX_MASK).hash(h)
    }
}

impl PartialOrd for TypeId {
    fn partial_cmp(&self, other: &TypeId) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for TypeId {
    fn cmp(&self, other: &TypeId) -> std::cmp::Ordering {
        self.index().cmp(&other.index())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    pub name: String,
    pub ty: TypeId,
    pub embedded: bool,
    pub tag: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Sig {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    pub variadic: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct IMethod {
    pub name: String,
    /// A `Func` type.
    pub sig: TypeId,
}

/// A method declared on a named type.
#[derive(Clone, Debug)]
pub struct Method {
    pub name: String,
    /// The compiled function (index into the program's functions).
    pub func: u32,
    pub ptr_recv: bool,
    /// A `Func` type without the receiver.
    pub sig: TypeId,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
    Pointer(TypeId),
    Slice(TypeId),
    Array(u64, TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    Func(Sig),
    Struct(Vec<Field>),
    /// Methods sorted by name; `terms` is the type set of a constraint
    /// interface (`~int | string`), empty for ordinary interfaces.
    Interface {
        methods: Vec<IMethod>,
        terms: Vec<(bool, TypeId)>,
        comparable: bool,
    },
    /// A defined type; the payload is an index into `TypeTable::named`.
    Named(u32),
    /// Several results of a call.
    Tuple(Vec<TypeId>),
    /// A type parameter while checking a generic body (never compiled).
    TypeParam(u32),
}

#[derive(Clone, Debug)]
pub struct NamedInfo {
    /// Qualified as Go prints it: `main.T`, `error`, `main.Pair[string,int]`.
    pub name: String,
    pub underlying: TypeId,
    pub methods: Vec<Method>,
}

pub struct TypeTable {
    /// Canonical kinds (components spelled canonically), by index.
    kinds: Vec<Kind>,
    intern: HashMap<Kind, TypeId>,
    pub named: Vec<NamedInfo>,
    /// The other spellings of a type, by index: spelling `s` of index `i`
    /// is `spellings[i][s - 1]`, the kind with its components as spelled.
    spellings: HashMap<u32, Vec<Kind>>,
}

macro_rules! basic_ids {
    ($($name:ident = $n:expr => $kind:ident),* $(,)?) => {
        impl TypeId { $(pub const $name: TypeId = TypeId($n);)* }
        const BASICS: &[Kind] = &[$(Kind::$kind),*];
    };
}

basic_ids! {
    BOOL = 0 => Bool, INT = 1 => Int, INT8 = 2 => Int8, INT16 = 3 => Int16, INT32 = 4 => Int32,
    INT64 = 5 => Int64, UINT = 6 => Uint, UINT8 = 7 => Uint8, UINT16 = 8 => Uint16, UINT32 = 9 => Uint32,
    UINT64 = 10 => Uint64, UINTPTR = 11 => Uintptr, FLOAT32 = 12 => Float32, FLOAT64 = 13 => Float64,
    COMPLEX64 = 14 => Complex64, COMPLEX128 = 15 => Complex128, STRING = 16 => String,
    UNSAFE_POINTER = 17 => UnsafePointer,
    UNTYPED_BOOL = 18 => UntypedBool, UNTYPED_INT = 19 => UntypedInt, UNTYPED_RUNE = 20 => UntypedRune,
    UNTYPED_FLOAT = 21 => UntypedFloat, UNTYPED_COMPLEX = 22 => UntypedComplex,
    UNTYPED_STRING = 23 => UntypedString, UNTYPED_NIL = 24 => UntypedNil,
}

impl TypeId {
    /// `interface {}` (`any`), interned right after the basic types.
    pub const ANY: TypeId = TypeId(25);
    /// The predeclared `error` interface (a named type).
    pub const ERROR: TypeId = TypeId(28);
    /// The empty tuple (no results).
    pub const VOID: TypeId = TypeId(29);
    /// `byte`: `uint8` spelled with its alias name.
    pub const BYTE: TypeId = TypeId(TypeId::UINT8.0 | 1 << TypeId::INDEX_BITS);
    /// `rune`: `int32` spelled with its alias name.
    pub const RUNE: TypeId = TypeId(TypeId::INT32.0 | 1 << TypeId::INDEX_BITS);
    /// `any`: `interface {}` spelled with its alias name.
    pub const ANY_ALIAS: TypeId = TypeId(TypeId::ANY.0 | 1 << TypeId::INDEX_BITS);
}

/// The raw ids (spellings included) of the types a kind is made of.
fn components(k: &Kind, out: &mut Vec<u32>) {
    match k {
        Kind::Pointer(e) | Kind::Slice(e) | Kind::Array(_, e) | Kind::Chan(_, e) => out.push(e.0),
        Kind::Map(a, b) => out.extend([a.0, b.0]),
        Kind::Func(sig) => out.extend(sig.params.iter().chain(&sig.results).map(|t| t.0)),
        Kind::Struct(fs) => out.extend(fs.iter().map(|f| f.ty.0)),
        Kind::Interface { methods, terms, .. } => {
            out.extend(methods.iter().map(|m| m.sig.0));
            out.extend(terms.iter().map(|t| t.1 .0));
        }
        Kind::Tuple(ts) => out.extend(ts.iter().map(|t| t.0)),
        _ => {}
    }
}

/// `k` with every component spelled canonically.
fn canonical_kind(k: &Kind) -> Kind {
    let c = |t: &TypeId| t.canonical();
    match k {
        Kind::Pointer(e) => Kind::Pointer(c(e)),
        Kind::Slice(e) => Kind::Slice(c(e)),
        Kind::Array(n, e) => Kind::Array(*n, c(e)),
        Kind::Chan(d, e) => Kind::Chan(*d, c(e)),
        Kind::Map(a, b) => Kind::Map(c(a), c(b)),
        Kind::Func(sig) => Kind::Func(Sig {
            params: sig.params.iter().map(c).collect(),
            results: sig.results.iter().map(c).collect(),
            variadic: sig.variadic,
        }),
        Kind::Struct(fs) => Kind::Struct(fs.iter().map(|f| Field { ty: c(&f.ty), ..f.clone() }).collect()),
        Kind::Interface { methods, terms, comparable } => Kind::Interface {
            methods: methods.iter().map(|m| IMethod { name: m.name.clone(), sig: c(&m.sig) }).collect(),
            terms: terms.iter().map(|(tilde, t)| (*tilde, c(t))).collect(),
            comparable: *comparable,
        },
        Kind::Tuple(ts) => Kind::Tuple(ts.iter().map(c).collect()),
        k => k.clone(),
    }
}

impl Default for TypeTable {
    fn default() -> Self {
        Self::new()
    }
}

impl TypeTable {
    pub fn new() -> TypeTable {
        let mut t = TypeTable { kinds: Vec::new(), intern: HashMap::new(), named: Vec::new(), spellings: HashMap::new() };
        for k in BASICS {
            t.intern(k.clone());
        }
        t.spellings.insert(TypeId::UINT8.0, vec![Kind::Uint8]);
        t.spellings.insert(TypeId::INT32.0, vec![Kind::Int32]);
        let any = t.intern(Kind::Interface { methods: vec![], terms: vec![], comparable: false });
        assert_eq!(any, TypeId::ANY);
        t.spellings.insert(TypeId::ANY.0, vec![t.kinds[TypeId::ANY.index()].clone()]);
        let err_sig = t.intern(Kind::Func(Sig { params: vec![], results: vec![TypeId::STRING], variadic: false }));
        let err_iface =
            t.intern(Kind::Interface { methods: vec![IMethod { name: "Error".into(), sig: err_sig }], terms: vec![], comparable: false });
        let err = t.new_named("error".into());
        t.set_underlying(err, err_iface);
        assert_eq!(err, TypeId::ERROR, "{err_sig:?}");
        let void = t.intern(Kind::Tuple(vec![]));
        assert_eq!(void, TypeId::VOID);
        t
    }

    /// The id of type `k`, spelled as `k`'s components are.
    pub fn intern(&mut self, k: Kind) -> TypeId {
        let id = match self.intern.get(&k) {
            Some(&id) => id,
            None => {
                let id = TypeId(self.kinds.len() as u32);
                assert!(id.0 <= TypeId::INDEX_MASK, "too many types");
                let canon = canonical_kind(&k);
                self.kinds.push(canon.clone());
                self.intern.insert(canon, id);
                id
            }
        };
        let mut raw = Vec::new();
        components(&k, &mut raw);
        if raw.iter().all(|&r| r <= TypeId::INDEX_MASK) {
            return id;
        }
        let list = self.spellings.entry(id.0).or_default();
        let mut other = Vec::new();
        for (i, s) in list.iter().enumerate() {
            other.clear();
            components(s, &mut other);
            if other == raw {
                return TypeId(id.0 | (i as u32 + 1) << TypeId::INDEX_BITS);
            }
        }
        if list.len() >= (u32::MAX >> TypeId::INDEX_BITS) as usize {
            return id;
        }
        list.push(k);
        TypeId(id.0 | (list.len() as u32) << TypeId::INDEX_BITS)
    }

    /// A fresh defined type; its underlying type is set later.
    pub fn new_named(&mut self, name: String) -> TypeId {
        let idx = self.named.len() as u32;
        self.named.push(NamedInfo { name, underlying: TypeId::VOID, methods: Vec::new() });
        let id = TypeId(self.kinds.len() as u32);
        self.kinds.push(Kind::Named(idx));
        id
    }

    pub fn set_underlying(&mut self, named: TypeId, under: TypeId) {
        let u = self.underlying(under);
        if let Kind::Named(i) = self.kinds[named.index()] {
            self.named[i as usize].underlying = u;
        }
    }

    /// Spells the underlying types and method signatures of the defined
    /// types canonically (for the runtime, which never prints spellings).
    pub fn canonicalize_named(&mut self) {
        for n in &mut self.named {
            n.underlying = n.underlying.canonical();
            for m in &mut n.methods {
                m.sig = m.sig.canonical();
            }
        }
    }

    /// The type's kind, its components spelled as `t` spells them.
    #[inline]
    pub fn kind(&self, t: TypeId) -> &Kind {
        let s = t.spelling();
        if s != 0 {
            if let Some(k) = self.spellings.get(&(t.index() as u32)).and_then(|l| l.get(s as usize - 1)) {
                return k;
            }
        }
        &self.kinds[t.index()]
    }

    pub fn len(&self) -> usize {
        self.kinds.len()
    }

    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }

    pub fn named_info(&self, t: TypeId) -> Option<&NamedInfo> {
        match self.kinds[t.index()] {
            Kind::Named(i) => Some(&self.named[i as usize]),
            _ => None,
        }
    }

    pub fn named_info_mut(&mut self, t: TypeId) -> Option<&mut NamedInfo> {
        match self.kinds[t.index()] {
            Kind::Named(i) => Some(&mut self.named[i as usize]),
            _ => None,
        }
    }

    /// The underlying type (the type itself for unnamed types).
    pub fn underlying(&self, t: TypeId) -> TypeId {
        match self.kinds[t.index()] {
            Kind::Named(i) => self.named[i as usize].underlying,
            _ => t,
        }
    }

    pub fn ukind(&self, t: TypeId) -> &Kind {
        self.kind(self.underlying(t))
    }

    pub fn pointer(&mut self, t: TypeId) -> TypeId {
        self.intern(Kind::Pointer(t))
    }
    pub fn slice(&mut self, t: TypeId) -> TypeId {
        self.intern(Kind::Slice(t))
    }
    pub fn tuple(&mut self, ts: Vec<TypeId>) -> TypeId {
        if ts.len() == 1 {
            return ts[0];
        }
        self.intern(Kind::Tuple(ts))
    }
    pub fn func(&mut self, params: Vec<TypeId>, results: Vec<TypeId>, variadic: bool) -> TypeId {
        self.intern(Kind::Func(Sig { params, results, variadic }))
    }

    pub fn is_named(&self, t: TypeId) -> bool {
        matches!(self.kind(t), Kind::Named(_))
    }

    pub fn is_untyped(&self, t: TypeId) -> bool {
        matches!(
            self.kind(t),
            Kind::UntypedBool
                | Kind::UntypedInt
                | Kind::UntypedRune
                | Kind::UntypedFloat
                | Kind::UntypedComplex
                | Kind::UntypedString
                | Kind::UntypedNil
        )
    }

    pub fn is_interface(&self, t: TypeId) -> bool {
        matches!(self.ukind(t), Kind::Interface { .. })
    }

    pub fn is_integer(&self, t: TypeId) -> bool {
        use Kind::*;
        matches!(
            self.ukind(t),
            Int | Int8 | Int16 | Int32 | Int64 | Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr | UntypedInt | UntypedRune
        )
    }

    pub fn is_unsigned(&self, t: TypeId) -> bool {
        use Kind::*;
        matches!(self.ukind(t), Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }

    pub fn is_float(&self, t: TypeId) -> bool {
        matches!(self.ukind(t), Kind::Float32 | Kind::Float64 | Kind::UntypedFloat)
    }

    pub fn is_complex(&self, t: TypeId) -> bool {
        matches!(self.ukind(t), Kind::Complex64 | Kind::Complex128 | Kind::UntypedComplex)
    }

    pub fn is_numeric(&self, t: TypeId) -> bool {
        self.is_integer(t) || self.is_float(t) || self.is_complex(t)
    }

    pub fn is_string(&self, t: TypeId) -> bool {
        matches!(self.ukind(t), Kind::String | Kind::UntypedString)
    }

    pub fn is_boolean(&self, t: TypeId) -> bool {
        matches!(self.ukind(t), Kind::Bool | Kind::UntypedBool)
    }

    /// Bit size of an integer kind (int and uint are 64 bits).
    pub fn int_bits(&self, t: TypeId) -> u32 {
        use Kind::*;
        match self.ukind(t) {
            Int8 | Uint8 => 8,
            Int16 | Uint16 => 16,
            Int32 | Uint32 => 32,
            _ => 64,
        }
    }

    /// The default type of an untyped constant type.
    pub fn default_type(&self, t: TypeId) -> TypeId {
        match self.kind(t) {
            Kind::UntypedBool => TypeId::BOOL,
            Kind::UntypedInt => TypeId::INT,
            Kind::UntypedRune => TypeId::RUNE,
            Kind::UntypedFloat => TypeId::FLOAT64,
            Kind::UntypedComplex => TypeId::COMPLEX128,
            Kind::UntypedString => TypeId::STRING,
            _ => t,
        }
    }

    pub fn sig(&self, t: TypeId) -> Option<&Sig> {
        match self.ukind(t) {
            Kind::Func(s) => Some(s),
            _ => None,
        }
    }

    pub fn elem(&self, t: TypeId) -> Option<TypeId> {
        match self.ukind(t) {
            Kind::Pointer(e) | Kind::Slice(e) | Kind::Array(_, e) | Kind::Chan(_, e) => Some(*e),
            Kind::Map(_, v) => Some(*v),
            _ => None,
        }
    }

    pub fn struct_fields(&self, t: TypeId) -> Option<&[Field]> {
        match self.ukind(t) {
            Kind::Struct(f) => Some(f),
            _ => None,
        }
    }

    pub fn iface_methods(&self, t: TypeId) -> Option<&[IMethod]> {
        match self.ukind(t) {
            Kind::Interface { methods, .. } => Some(methods),
            _ => None,
        }
    }

    /// Whether values of type `t` can be compared with `==`.
    pub fn comparable(&self, t: TypeId) -> bool {
        match self.ukind(t) {
            Kind::Slice(_) | Kind::Map(..) | Kind::Func(_) => false,
            Kind::Array(_, e) => self.comparable(*e),
            Kind::Struct(fs) => fs.iter().all(|f| self.comparable(f.ty)),
            _ => true,
        }
    }

    /// The type's name as Go's `%T` and runtime messages print it
    /// (canonical spelling: `uint8`, `[]int32`).
    pub fn name(&self, t: TypeId) -> String {
        let mut s = String::new();
        self.write_name(t, &mut s, false);
        s
    }

    /// The type's name as spelled in the source (`byte`, `[]rune`), as the
    /// checker prints it in compile errors.
    pub fn spelled_name(&self, t: TypeId) -> String {
        let mut s = String::new();
        self.write_name(t, &mut s, true);
        s
    }

    fn write_name(&self, t: TypeId, s: &mut String, spelled: bool) {
        use Kind::*;
        if spelled && t.same_spelling(TypeId::BYTE) {
            s.push_str("byte");
            return;
        }
        if spelled && t.same_spelling(TypeId::RUNE) {
            s.push_str("rune");
            return;
        }
        if spelled && t.same_spelling(TypeId::ANY_ALIAS) {
            s.push_str("any");
            return;
        }
        let kind = if spelled { self.kind(t) } else { &self.kinds[t.index()] };
        let simple = match kind {
            Bool | UntypedBool => "bool",
            Int | UntypedInt => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 | UntypedRune => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 | UntypedFloat => "float64",
            Complex64 => "complex64",
            Complex128 | UntypedComplex => "complex128",
            String | UntypedString => "string",
            UnsafePointer => "unsafe.Pointer",
            UntypedNil => "nil",
            _ => "",
        };
        if !simple.is_empty() {
            s.push_str(simple);
            return;
        }
        match kind {
            Pointer(e) => {
                s.push('*');
                self.write_name(*e, s, spelled);
            }
            Slice(e) => {
                s.push_str("[]");
                self.write_name(*e, s, spelled);
            }
            Array(n, e) => {
                s.push_str(&format!("[{n}]"));
                self.write_name(*e, s, spelled);
            }
            Map(k, v) => {
                s.push_str("map[");
                self.write_name(*k, s, spelled);
                s.push(']');
                self.write_name(*v, s, spelled);
            }
            Chan(d, e) => {
                s.push_str(match d {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                self.write_name(*e, s, spelled);
            }
            Func(sig) => {
                s.push_str("func");
                self.write_sig(sig, s, spelled);
            }
            Struct(fields) => {
                // The checker (types2) prints `struct{a int}`, reflect
                // `struct { a int }`.
                let (open, close) = if spelled { ("struct{", "}") } else { ("struct { ", " }") };
                if fields.is_empty() {
                    s.push_str(if spelled { "struct{}" } else { "struct {}" });
                    return;
                }
                s.push_str(open);
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    if !f.embedded {
                        s.push_str(&f.name);
                        s.push(' ');
                    }
                    self.write_name(f.ty, s, spelled);
                    if let Some(tag) = &f.tag {
                        s.push(' ');
                        s.push_str(&format!("{tag:?}"));
                    }
                }
                s.push_str(close);
            }
            Interface { methods, terms, comparable } => {
                let (open, close) = if spelled { ("interface{", "}") } else { ("interface { ", " }") };
                if methods.is_empty() && terms.is_empty() && !comparable {
                    s.push_str(if spelled { "interface{}" } else { "interface {}" });
                    return;
                }
                s.push_str(open);
                let mut first = true;
                if *comparable && !spelled {
                    s.push_str("comparable");
                    first = false;
                }
                for m in methods {
                    if !first {
                        s.push_str("; ");
                    }
                    first = false;
                    s.push_str(&m.name);
                    if let Func(sig) = self.kind(m.sig) {
                        self.write_sig(sig, s, spelled);
                    }
                }
                if !terms.is_empty() {
                    if !first {
                        s.push_str("; ");
                    }
                    for (i, (tilde, ty)) in terms.iter().enumerate() {
                        if i > 0 {
                            s.push_str(" | ");
                        }
                        if *tilde {
                            s.push('~');
                        }
                        self.write_name(*ty, s, spelled);
                    }
                }
                if *comparable && spelled {
                    if !first {
                        s.push_str("; ");
                    }
                    s.push_str("comparable");
                }
                s.push_str(close);
            }
            Named(i) => s.push_str(&self.named[*i as usize].name),
            Tuple(ts) => {
                s.push('(');
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_name(*t, s, spelled);
                }
                s.push(')');
            }
            TypeParam(i) => s.push_str(&format!("P{i}")),
            _ => {}
        }
    }

    fn write_sig(&self, sig: &Sig, s: &mut String, spelled: bool) {
        s.push('(');
        for (i, p) in sig.params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if sig.variadic && i + 1 == sig.params.len() {
                s.push_str("...");
                if let Some(e) = self.elem(*p) {
                    self.write_name(e, s, spelled);
                    continue;
                }
            }
            self.write_name(*p, s, spelled);
        }
        s.push(')');
        match sig.results.len() {
            0 => {}
            1 => {
                s.push(' ');
                self.write_name(sig.results[0], s, spelled);
            }
            _ => {
                s.push_str(" (");
                for (i, r) in sig.results.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_name(*r, s, spelled);
                }
                s.push(')');
            }
        }
    }

    /// `unsafe.Sizeof` on amd64.
    pub fn size_of(&self, t: TypeId) -> usize {
        match self.ukind(t) {
            Kind::Bool | Kind::Int8 | Kind::Uint8 => 1,
            Kind::Int16 | Kind::Uint16 => 2,
            Kind::Int32 | Kind::Uint32 | Kind::Float32 => 4,
            Kind::String | Kind::Complex128 | Kind::Interface { .. } => 16,
            Kind::Slice(_) => 24,
            Kind::Complex64 => 8,
            // Saturating: a type too large for the address space is an
            // error the checker reports, not an overflow here.
            Kind::Array(n, e) => (*n as usize).saturating_mul(self.size_of(*e)),
            Kind::Struct(fs) => {
                let mut off: usize = 0;
                let mut maxa = 1;
                for f in fs {
                    let a = self.align_of(f.ty);
                    maxa = maxa.max(a);
                    off = off.div_ceil(a).saturating_mul(a).saturating_add(self.size_of(f.ty));
                }
                off.div_ceil(maxa).saturating_mul(maxa)
            }
            Kind::Tuple(ts) => ts.iter().fold(0usize, |acc, t| acc.saturating_add(self.size_of(*t))),
            _ => 8,
        }
    }

    /// `unsafe.Alignof` on amd64.
    pub fn align_of(&self, t: TypeId) -> usize {
        match self.ukind(t) {
            Kind::Array(_, e) => self.align_of(*e),
            Kind::Struct(fs) => fs.iter().map(|f| self.align_of(f.ty)).max().unwrap_or(1),
            Kind::String | Kind::Slice(_) | Kind::Interface { .. } | Kind::Complex128 => 8,
            _ => self.size_of(t).clamp(1, 8),
        }
    }

    /// `unsafe.Offsetof` of each field of struct type `t` on amd64.
    pub fn field_offsets(&self, t: TypeId) -> Vec<usize> {
        let mut offs = Vec::new();
        let mut off: usize = 0;
        for f in self.struct_fields(t).unwrap_or(&[]) {
            let a = self.align_of(f.ty);
            off = off.div_ceil(a).saturating_mul(a);
            offs.push(off);
            off = off.saturating_add(self.size_of(f.ty));
        }
        offs
    }

    /// Looks up a method declared on named type `t` (not promoted ones).
    pub fn method(&self, t: TypeId, name: &str) -> Option<&Method> {
        self.named_info(t)?.methods.iter().find(|m| m.name == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn names() {
        let mut t = TypeTable::new();
        let s = t.slice(TypeId::INT);
        let m = t.intern(Kind::Map(TypeId::STRING, s));
        assert_eq!(t.name(m), "map[string][]int");
        assert_eq!(t.name(TypeId::ANY), "interface {}");
        assert_eq!(t.name(TypeId::ERROR), "error");
        let f = t.func(vec![TypeId::INT, s], vec![TypeId::STRING, TypeId::ERROR], true);
        assert_eq!(t.name(f), "func(int, ...int) (string, error)");
    }

    #[test]
    fn spellings() {
        let mut t = TypeTable::new();
        let bytes = t.slice(TypeId::BYTE);
        let uint8s = t.slice(TypeId::UINT8);
        assert_eq!(bytes, uint8s);
        assert!(!bytes.same_spelling(uint8s));
        assert_eq!(t.slice(TypeId::BYTE).0, bytes.0);
        assert_eq!(t.name(bytes), "[]uint8");
        assert_eq!(t.spelled_name(bytes), "[]byte");
        assert_eq!(t.spelled_name(uint8s), "[]uint8");
        let m = t.intern(Kind::Map(TypeId::RUNE, bytes));
        assert_eq!(t.spelled_name(m), "map[rune][]byte");
        assert_eq!(t.name(m), "map[int32][]uint8");
        assert_eq!(t.elem(m).map(|e| t.spelled_name(e)).as_deref(), Some("[]byte"));
        assert_eq!(t.kind(m.canonical()), &Kind::Map(TypeId::INT32, uint8s));
        let mut h = HashMap::new();
        h.insert(bytes, 1);
        assert_eq!(h.get(&uint8s), Some(&1));
        assert_eq!(t.default_type(TypeId::UNTYPED_RUNE), TypeId::INT32);
        assert_eq!(t.spelled_name(t.default_type(TypeId::UNTYPED_RUNE)), "rune");
    }
}
