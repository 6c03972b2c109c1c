//! Run-time values.
//!
//! A [`Value`] is 32 bytes. Scalars never allocate. Aggregates (structs and
//! arrays) live in shared, mutable [`Agg`] objects: a struct *value* is an
//! `Value::Agg` that the compiler copies (`CopyVal`) wherever Go copies, and a
//! pointer to it shares the same object (`Pointer::Agg`). Variables whose
//! address is taken or that closures capture live in heap cells
//! (`Value::Cell`), which double as pointers to them.
//!
//! Slices have two representations. `Value::Slice` shares a backing
//! [`Agg`] of `Value`s (any element type; also every slice of an array).
//! `Value::Bytes` shares a [`ByteArr`] holding one byte per element: `make`,
//! `append`, conversions and slice literals create it for `[]byte`/`[]uint8`
//! and `[]bool`, so a `[]byte` costs one byte per element instead of one
//! `Value`. Every slice operation accepts both.
//!
//! Arrays of bytes and bools (`[N]byte`, `[N]uint8`, `[N]bool`) are
//! compact the same way: such an array value is a `Value::Bytes` of kind
//! [`BytesKind::Array`] over a [`ByteArr`] of one byte per element (where
//! other arrays are an [`Agg`] of `Value`s; no variant of its own, which
//! would make every `Value` drop test one more tag), so a
//! `[256]byte` local costs 256 bytes and a zero `[1<<27]byte` global is a
//! calloc'ed buffer the OS backs only where it is touched. The VM chooses
//! the representation from the static type when it makes the zero value
//! (`Vm::zero`; every array value starts as one: composite literals are a
//! zero value then element stores). A *pointer* to such an array (`&a`,
//! `&s.buf`, `new([N]byte)`) is a `Value::Bytes` header of kind
//! [`BytesKind::Ptr`] over the whole `ByteArr`, the representation
//! `(*[N]T)(s)` already had. Indexing, slicing and `len` are the slice
//! operations for all three kinds, and `a[:]` shares the array's bytes. Copies (`CopyVal`, assignment into a struct
//! field or through a pointer) copy the bytes; `==` and map keys compare
//! and hash the bytes.

use std::cell::RefCell;
use std::rc::Rc;

use bytecode::TypeId;

/// The fields or elements of an [`Agg`]: up to three inline, so a small
/// struct value is one allocation.
pub type AggVec = smallvec::SmallVec<[Value; 3]>;
pub type Agg = Rc<AggObj>;
/// A heap cell: an escaped variable, `new(T)`, a boxed result.
pub type CellRef = Rc<CellObj>;

/// A struct or array object: its elements and its virtual address
/// (`crate::heap::vaddr`). Dereferences to the elements' `RefCell`.
#[derive(Debug)]
pub struct AggObj {
    pub addr: u64,
    pub elems: RefCell<AggVec>,
    /// The collector's mark word (`crate::gc`; 0 outside a cycle).
    pub gc: std::cell::Cell<u32>,
    /// The object's type holds nothing the collector traces (numbers,
    /// strings, and arrays and structs of them: `TypeTable::gc_scalar`),
    /// so it can never be part of a cycle and is not registered with the
    /// collector, as Go's allocator puts pointer-free objects in noscan
    /// spans. Its copies inherit the flag.
    pub scalar: bool,
}

impl AggObj {
    /// A new object at the next virtual address (8 bytes an element, as
    /// a Go word).
    #[inline]
    pub fn new(elems: AggVec) -> Agg {
        let a = AggObj::alloc(elems, false);
        crate::gc::track_agg(&a);
        a
    }

    /// A new object of a type the collector need not scan (see
    /// [`AggObj::scalar`]).
    #[inline]
    pub fn new_scalar(elems: AggVec) -> Agg {
        AggObj::alloc(elems, true)
    }

    /// A struct or array of no elements (`struct{}`, `[0]T`).
    pub fn is_zero_size(&self) -> bool {
        self.elems.try_borrow().map(|e| e.is_empty()).unwrap_or(false)
    }

    #[inline]
    fn alloc(elems: AggVec, scalar: bool) -> Agg {
        crate::heap::note_copy(elems.len());
        // Every zero-size object is at runtime.zerobase, as gc allocates
        // them (`new(struct{})`, `&[0]int{}`, a zero-size global).
        let addr = if elems.is_empty() { crate::heap::ZEROBASE } else { crate::heap::vaddr(8 * elems.len() as u64) };
        Rc::new(AggObj { addr, elems: RefCell::new(elems), gc: Default::default(), scalar })
    }
}

impl std::ops::Deref for AggObj {
    type Target = RefCell<AggVec>;
    #[inline(always)]
    fn deref(&self) -> &RefCell<AggVec> {
        &self.elems
    }
}

/// A heap cell's value and virtual address (a pooled cell gets a new
/// address each time it is reused: it is a new object to the program).
#[derive(Debug)]
pub struct CellObj {
    pub addr: std::cell::Cell<u64>,
    pub v: RefCell<Value>,
    /// The collector's mark word (`crate::gc`).
    pub gc: std::cell::Cell<u32>,
    /// The variable's type holds nothing the collector traces (a number,
    /// a bool, a string: `TypeTable::gc_scalar_basic`), so the cell can
    /// never be part of a cycle and is not registered with the collector
    /// (as [`AggObj::scalar`]). Unregistered, it stays eligible for the
    /// cell pool (`vm::read_result_cell`), and a closure that captures
    /// only such cells for the closure pool (`gc::func_needs_tracking`).
    pub scalar: bool,
}

impl CellObj {
    /// A new cell, registered with the collector.
    #[inline]
    pub fn new(v: Value) -> CellRef {
        let c = CellObj::alloc(v, false);
        crate::gc::track_cell(&c);
        c
    }

    /// A new cell of a variable whose type `scalar` says holds nothing the
    /// collector traces (then it is not registered; see [`CellObj::scalar`]).
    #[inline]
    pub fn new_typed(v: Value, scalar: bool) -> CellRef {
        if scalar {
            CellObj::alloc(v, true)
        } else {
            CellObj::new(v)
        }
    }

    #[inline]
    fn alloc(v: Value, scalar: bool) -> CellRef {
        Rc::new(CellObj { addr: std::cell::Cell::new(crate::heap::vaddr(8)), v: RefCell::new(v), gc: Default::default(), scalar })
    }
}

impl std::ops::Deref for CellObj {
    type Target = RefCell<Value>;
    #[inline(always)]
    fn deref(&self) -> &RefCell<Value> {
        &self.v
    }
}

#[derive(Clone, Debug, Default)]
pub enum Value {
    /// nil pointer/slice/map/chan/func/interface; also "no value".
    #[default]
    Nil,
    Bool(bool),
    /// Every integer kind; unsigned kinds are stored as their bit pattern.
    Int(i64),
    Float(f64),
    Complex(f64, f64),
    /// A Go string: immutable bytes, not necessarily UTF-8.
    Str(GoStr),
    /// A heap cell holding an escaping variable; also a pointer to it.
    Cell(CellRef),
    /// A struct or array value (see the module doc).
    Agg(Agg),
    Pointer(Pointer),
    Slice(Slice),
    /// A `[]byte` or `[]bool` over a byte backing array, a `[N]byte` or
    /// `[N]bool` array value, or a pointer to one (see the module doc and
    /// [`BytesKind`]).
    Bytes(Bytes),
    Map(Rc<RefCell<MapObj>>),
    Func(Rc<Closure>),
    Iface(Rc<Iface>),
    Chan(Rc<RefCell<crate::chan::Chan>>),
    /// Internal: a range iterator.
    Iter(Rc<RefCell<Iter>>),
}

#[derive(Clone, Debug)]
pub enum Pointer {
    /// A pointer to a whole struct or array object.
    Agg(Agg),
    /// A pointer to element/field `i` of an object (or a slice's backing array).
    Elem(Agg, u32),
    /// A pointer to a heap cell (an escaping variable, or `new(int)`).
    Cell(CellRef),
    /// A pointer to a package-level variable.
    Global(u32),
    /// A pointer to element `i` of a byte backing array (`&b[i]`).
    Byte(Rc<ByteArr>, u32),
}

#[derive(Clone, Debug)]
pub struct Slice {
    pub arr: Agg,
    pub off: u32,
    pub len: u32,
    pub cap: u32,
}

/// The 8-byte little-endian word `i` of `buf` (an `Elem::I64`/`U64` array).
#[inline(always)]
fn word_at(buf: &[u8], i: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&buf[i * 8..i * 8 + 8]);
    u64::from_le_bytes(w)
}

/// The bytes of a Go string, as Go's string header holds them: a pointer
/// into an immutable byte buffer and a length.
///
/// * Up to [`GoStr::INLINE`] bytes are stored in the value itself (no
///   allocation for short substrings, concatenations and conversions).
/// * A longer string is `len` bytes from `off` of a shared immutable
///   buffer ([`GoStr::Heap`]), so slicing it (`s[i:j]`, and the natives
///   that return parts of their argument: `strings.Fields`, `Split`,
///   `TrimPrefix`, ...) copies no bytes, as in Go: `for len(s) > 0 { s =
///   s[1:] }` is linear. The buffer is a `Rc<Vec<u8>>` (a thin pointer, so
///   the header with its offset and length stays 16 bytes and `Value` 32),
///   which also lets a `[]byte` the VM built (a `strings.Builder`'s
///   buffer, a concatenation) become a string without a copy.
/// * A string longer than `u32::MAX` bytes is a whole buffer ([`GoStr::Big`]);
///   its substrings share it while their end fits in a `u32`.
///
/// Memory: a small substring keeps its whole buffer alive, as in Go (the
/// collector there sees one object, the buffer, whatever points into it);
/// the counting allocator sees the buffer once, however many strings
/// share it. `strings.Clone` is the way out in both (always a new buffer).
#[derive(Clone)]
pub enum GoStr {
    Heap { buf: Rc<Vec<u8>>, off: u32, len: u32 },
    Inline(u8, [u8; GoStr::INLINE]),
    Big(Rc<Vec<u8>>),
}

impl GoStr {
    pub const INLINE: usize = 22;

    /// A string of a copy of `b`.
    #[inline]
    pub fn new(b: &[u8]) -> GoStr {
        if b.len() <= GoStr::INLINE {
            GoStr::inline(b)
        } else {
            GoStr::whole(Rc::new(b.to_vec()))
        }
    }

    #[inline]
    fn inline(b: &[u8]) -> GoStr {
        let mut buf = [0u8; GoStr::INLINE];
        buf[..b.len()].copy_from_slice(b);
        GoStr::Inline(b.len() as u8, buf)
    }

    /// The whole of buffer `buf` (which nobody will change any more).
    #[inline]
    fn whole(buf: Rc<Vec<u8>>) -> GoStr {
        match u32::try_from(buf.len()) {
            Ok(len) => GoStr::Heap { buf, off: 0, len },
            Err(_) => GoStr::Big(buf),
        }
    }

    /// A new string in a new buffer even when short: `strings.Clone`, and
    /// `unsafe.String`, whose result has a data pointer of its own.
    pub fn fresh(b: &[u8]) -> GoStr {
        GoStr::whole(Rc::new(b.to_vec()))
    }

    /// `x + y` in one allocation at most.
    #[inline]
    pub fn concat(x: &[u8], y: &[u8]) -> GoStr {
        let n = x.len() + y.len();
        if n <= GoStr::INLINE {
            let mut buf = [0u8; GoStr::INLINE];
            buf[..x.len()].copy_from_slice(x);
            buf[x.len()..n].copy_from_slice(y);
            return GoStr::Inline(n as u8, buf);
        }
        let mut v = Vec::with_capacity(n);
        v.extend_from_slice(x);
        v.extend_from_slice(y);
        GoStr::whole(Rc::new(v))
    }

    /// `s + y` where `s` is about to be overwritten by the result (`acc +=
    /// y`). When nothing else refers to `s`'s buffer (no other string, no
    /// range iterator, no unsafe.StringData record: `Rc::get_mut`), the
    /// bytes are appended in place with `Vec`'s doubling growth, so a loop
    /// of `acc += piece` is linear instead of copying `acc` every time.
    /// No program can tell: the old string is gone and nobody saw its
    /// buffer. (Go's concatstrings always copies; it has a collector for
    /// the garbage and a fast memmove, we have neither.)
    pub fn append(self, y: &[u8]) -> GoStr {
        if let GoStr::Heap { mut buf, off, len } = self {
            let end = off as usize + len as usize;
            if let (Some(v), Ok(_)) = (Rc::get_mut(&mut buf), u32::try_from(end + y.len())) {
                v.truncate(end);
                v.extend_from_slice(y);
                return GoStr::Heap { buf, off, len: len + y.len() as u32 };
            }
            return GoStr::concat(&buf[off as usize..end], y);
        }
        GoStr::concat(self.as_bytes(), y)
    }

    /// `s[i:j]` (the caller checked `i <= j <= len(s)`): shares the bytes
    /// of a heap string, copies a short result into the value.
    #[inline]
    pub fn substr(&self, i: usize, j: usize) -> GoStr {
        if j - i <= GoStr::INLINE {
            return GoStr::inline(&self.as_bytes()[i..j]);
        }
        match self {
            GoStr::Heap { buf, off, .. } => GoStr::Heap { buf: buf.clone(), off: off + i as u32, len: (j - i) as u32 },
            GoStr::Big(buf) => match (u32::try_from(i), u32::try_from(j)) {
                (Ok(off), Ok(end)) => GoStr::Heap { buf: buf.clone(), off, len: end - off },
                _ => GoStr::new(&buf[i..j]),
            },
            // (Unreachable: an inline string is never longer than INLINE.)
            GoStr::Inline(..) => GoStr::new(&self.as_bytes()[i..j]),
        }
    }

    /// The string of bytes `part`: shares this string's buffer when `part`
    /// lies in its bytes (a native returning a piece of its argument, as
    /// Go's `s[i:j]` inside `strings.TrimSpace` does), else a copy.
    pub fn share(&self, part: &[u8]) -> GoStr {
        let base = self.as_bytes();
        let (b, p) = (base.as_ptr() as usize, part.as_ptr() as usize);
        if p >= b && p + part.len() <= b + base.len() && !part.is_empty() {
            self.substr(p - b, p - b + part.len())
        } else {
            GoStr::new(part)
        }
    }

    /// The shared buffer of a heap string and this string's offset in it.
    pub fn buffer(&self) -> Option<(&Rc<Vec<u8>>, usize)> {
        match self {
            GoStr::Heap { buf, off, .. } => Some((buf, *off as usize)),
            GoStr::Big(buf) => Some((buf, 0)),
            GoStr::Inline(..) => None,
        }
    }

    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        match self {
            GoStr::Heap { buf, off, len } => &buf[*off as usize..(*off + *len) as usize],
            GoStr::Inline(n, b) => &b[..*n as usize],
            GoStr::Big(buf) => buf,
        }
    }

    /// `len(s)`, without touching the bytes.
    #[inline]
    pub fn len(&self) -> usize {
        match self {
            GoStr::Heap { len, .. } => *len as usize,
            GoStr::Inline(n, _) => *n as usize,
            GoStr::Big(buf) => buf.len(),
        }
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl std::ops::Deref for GoStr {
    type Target = [u8];
    #[inline]
    fn deref(&self) -> &[u8] {
        self.as_bytes()
    }
}

impl AsRef<[u8]> for GoStr {
    fn as_ref(&self) -> &[u8] {
        self.as_bytes()
    }
}

impl PartialEq for GoStr {
    #[inline]
    fn eq(&self, o: &GoStr) -> bool {
        self.as_bytes() == o.as_bytes()
    }
}

impl std::fmt::Debug for GoStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", String::from_utf8_lossy(self.as_bytes()))
    }
}

impl From<&[u8]> for GoStr {
    fn from(b: &[u8]) -> GoStr {
        GoStr::new(b)
    }
}

impl From<Vec<u8>> for GoStr {
    /// The string of `b`'s bytes, without copying a long one.
    fn from(b: Vec<u8>) -> GoStr {
        if b.len() <= GoStr::INLINE {
            GoStr::new(&b)
        } else {
            GoStr::whole(Rc::new(b))
        }
    }
}

/// How the elements of a [`ByteArr`] are stored: each kind at its Go size,
/// little-endian. Integers decode to `Value::Int` (signed kinds sign-extend,
/// unsigned ones keep their bit pattern, as the VM's `Value::Int` holds
/// them), floats to `Value::Float` (a float32 is stored as one, so it stays
/// rounded), complex numbers to `Value::Complex`, bools to `Value::Bool`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Elem {
    /// `byte`/`uint8`.
    U8,
    Bool,
    I8,
    I16,
    U16,
    I32,
    U32,
    I64,
    /// `uint64`, `uint`, `uintptr`.
    U64,
    F32,
    F64,
    C64,
    C128,
}

impl Elem {
    /// Bytes an element.
    #[inline(always)]
    pub fn width(self) -> usize {
        match self {
            Elem::U8 | Elem::Bool | Elem::I8 => 1,
            Elem::I16 | Elem::U16 => 2,
            Elem::I32 | Elem::U32 | Elem::F32 => 4,
            Elem::I64 | Elem::U64 | Elem::F64 | Elem::C64 => 8,
            Elem::C128 => 16,
        }
    }
    /// Whether an element is one byte (the first three kinds).
    #[inline(always)]
    pub fn is_byte(self) -> bool {
        self as u8 <= Elem::I8 as u8
    }
    /// Whether `==` on elements is not the equality of their bytes
    /// (+0 == -0, NaN != NaN).
    #[inline]
    pub fn is_float(self) -> bool {
        matches!(self, Elem::F32 | Elem::F64 | Elem::C64 | Elem::C128)
    }
    /// The element stored in `b` (`width()` bytes).
    #[inline(always)]
    pub fn decode(self, b: &[u8]) -> Value {
        fn w<const N: usize>(b: &[u8]) -> [u8; N] {
            let mut a = [0u8; N];
            a.copy_from_slice(&b[..N]);
            a
        }
        match self {
            Elem::U8 => Value::Int(b[0] as i64),
            Elem::Bool => Value::Bool(b[0] != 0),
            Elem::I8 => Value::Int(b[0] as i8 as i64),
            Elem::I16 => Value::Int(i16::from_le_bytes(w(b)) as i64),
            Elem::U16 => Value::Int(u16::from_le_bytes(w(b)) as i64),
            Elem::I32 => Value::Int(i32::from_le_bytes(w(b)) as i64),
            Elem::U32 => Value::Int(u32::from_le_bytes(w(b)) as i64),
            Elem::I64 | Elem::U64 => Value::Int(i64::from_le_bytes(w(b))),
            Elem::F32 => Value::Float(f32::from_le_bytes(w(b)) as f64),
            Elem::F64 => Value::Float(f64::from_le_bytes(w(b))),
            Elem::C64 => Value::Complex(f32::from_le_bytes(w(b)) as f64, f32::from_le_bytes(w(&b[4..])) as f64),
            Elem::C128 => Value::Complex(f64::from_le_bytes(w(b)), f64::from_le_bytes(w(&b[8..]))),
        }
    }
    /// Stores element value `v` in `b` (`width()` bytes).
    #[inline(always)]
    pub fn encode(self, v: &Value, b: &mut [u8]) {
        match self {
            Elem::U8 | Elem::Bool | Elem::I8 => b[0] = byte_of(v),
            Elem::I16 | Elem::U16 => b[..2].copy_from_slice(&(v.as_int() as u16).to_le_bytes()),
            Elem::I32 | Elem::U32 => b[..4].copy_from_slice(&(v.as_int() as u32).to_le_bytes()),
            Elem::I64 | Elem::U64 => b[..8].copy_from_slice(&v.as_int().to_le_bytes()),
            Elem::F32 => b[..4].copy_from_slice(&(v.as_float() as f32).to_le_bytes()),
            Elem::F64 => b[..8].copy_from_slice(&v.as_float().to_le_bytes()),
            Elem::C64 | Elem::C128 => {
                let (re, im) = match v {
                    Value::Complex(re, im) => (*re, *im),
                    v => (v.as_float(), 0.0),
                };
                if self == Elem::C64 {
                    b[..4].copy_from_slice(&(re as f32).to_le_bytes());
                    b[4..8].copy_from_slice(&(im as f32).to_le_bytes());
                } else {
                    b[..8].copy_from_slice(&re.to_le_bytes());
                    b[8..16].copy_from_slice(&im.to_le_bytes());
                }
            }
        }
    }
    /// The bytes of element values `vals`.
    pub fn encode_all<'a>(self, vals: impl IntoIterator<Item = &'a Value>) -> Vec<u8> {
        let w = self.width();
        let mut out = Vec::new();
        for v in vals {
            let at = out.len();
            out.resize(at + w, 0);
            self.encode(v, &mut out[at..]);
        }
        out
    }
}

/// The backing array of a `Value::Bytes` slice or compact array: its
/// capacity never changes (append makes a new one, as Go's growslice does).
#[derive(Debug)]
pub struct ByteArr {
    /// How the elements are stored.
    pub elem: Elem,
    /// The elements, `elem.width()` bytes each.
    pub buf: RefCell<Vec<u8>>,
    /// Virtual address (`crate::heap::vaddr`).
    pub addr: u64,
}

impl ByteArr {
    /// An array over the encoded elements `buf`.
    pub fn new(elem: Elem, buf: Vec<u8>) -> Rc<ByteArr> {
        // A zero-size array is at runtime.zerobase, as gc allocates it.
        let addr = if buf.is_empty() { crate::heap::ZEROBASE } else { crate::heap::vaddr(buf.len() as u64) };
        Rc::new(ByteArr { elem, buf: RefCell::new(buf), addr })
    }
    /// A zero array of `n` elements, calloc'ed, so the bytes of a large
    /// one cost no host memory until they are written. When the host
    /// refuses the memory (an address-space cap below `--max-heap`) the
    /// request is recorded (`heap::note_host_oom`) and the array is empty:
    /// the allocating instruction checks the record at once and ends the
    /// program with Go's `fatal error: out of memory`, never a host abort.
    pub fn zeroed(elem: Elem, n: usize) -> Rc<ByteArr> {
        let bytes = n.saturating_mul(elem.width());
        match crate::heap::try_calloc(bytes) {
            Some(buf) => ByteArr::new(elem, buf),
            None => {
                crate::heap::note_host_oom(bytes as u64);
                ByteArr::new(elem, Vec::new())
            }
        }
    }
    /// A new array with the same elements (an array value's copy).
    #[inline(never)]
    pub fn copy(&self) -> Rc<ByteArr> {
        let buf = self.buf.borrow();
        crate::heap::note_copy_bytes(buf.len());
        ByteArr::new(self.elem, buf.clone())
    }
    /// Whether the elements are bools.
    #[inline]
    pub fn bools(&self) -> bool {
        self.elem == Elem::Bool
    }
    /// Number of elements.
    #[inline]
    pub fn len(&self) -> usize {
        let n = self.buf.borrow().len();
        match self.elem.width() {
            1 => n,
            w => n / w,
        }
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// All elements as `Value`s.
    pub fn elems(&self) -> Vec<Value> {
        self.range(0, self.len())
    }
    /// Elements `off..off+n` as `Value`s.
    pub fn range(&self, off: usize, n: usize) -> Vec<Value> {
        let w = self.elem.width();
        let buf = self.buf.borrow();
        buf[off * w..(off + n) * w].chunks_exact(w).map(|b| self.elem.decode(b)).collect()
    }
    /// `*dst = *src` for two array values: the bytes are overwritten in
    /// place, so pointers into `dst` stay valid.
    pub fn assign_from(&self, src: &ByteArr) {
        if std::ptr::eq(self, src) {
            return;
        }
        let (Ok(mut d), Ok(s)) = (self.buf.try_borrow_mut(), src.buf.try_borrow()) else { return };
        if d.len() == s.len() {
            d.copy_from_slice(&s);
        } else {
            *d = s.clone();
        }
    }
    /// `*dst = src` from an array value of the other representation.
    pub fn assign_elems(&self, src: &[Value]) {
        let w = self.elem.width();
        let Ok(mut d) = self.buf.try_borrow_mut() else { return };
        for (b, v) in d.chunks_exact_mut(w).zip(src.iter()) {
            self.elem.encode(v, b);
        }
    }
    /// A pointer to the whole array (`&a`): a header over all of it.
    #[inline(never)]
    pub fn pointer(self: &Rc<ByteArr>) -> Value {
        let n = self.len() as u32;
        Value::Bytes(Bytes { arr: self.clone(), off: 0, len: n, cap: n, kind: BytesKind::Ptr })
    }
    /// The array value whose elements these are.
    #[inline(never)]
    pub fn value(self: Rc<ByteArr>) -> Value {
        let n = self.len() as u32;
        Value::Bytes(Bytes { arr: self, off: 0, len: n, cap: n, kind: BytesKind::Array })
    }
    /// Element `i` as a `Value` (None past the end).
    #[inline]
    pub fn get(&self, i: usize) -> Option<Value> {
        let w = self.elem.width();
        self.buf.borrow().get(i * w..(i + 1) * w).map(|b| self.elem.decode(b))
    }
    /// Element `i` (in range) as a `Value`.
    #[inline(always)]
    pub fn at(&self, i: usize) -> Value {
        match self.elem {
            // (The `[]byte`/`[]bool` paths stay as short as they were.
            // Decoding the wider kinds out of line made the dispatch loop
            // run more instructions on programs without compact arrays:
            // docs/performance.md.)
            Elem::U8 => Value::Int(self.buf.borrow()[i] as i64),
            Elem::Bool => Value::Bool(self.buf.borrow()[i] != 0),
            // `[]int`'s own path: make([]int, n) is compact too.
            Elem::I64 | Elem::U64 => Value::Int(word_at(&self.buf.borrow(), i) as i64),
            _ => self.at_wide(i),
        }
    }
    #[inline(always)]
    fn at_wide(&self, i: usize) -> Value {
        let w = self.elem.width();
        self.elem.decode(&self.buf.borrow()[i * w..(i + 1) * w])
    }
    /// Element `i` (in range) = `v`.
    #[inline(always)]
    pub fn set(&self, i: usize, v: &Value) {
        if self.elem.is_byte() {
            self.buf.borrow_mut()[i] = byte_of(v);
        } else if let (Elem::I64 | Elem::U64, Value::Int(x)) = (self.elem, v) {
            self.buf.borrow_mut()[i * 8..i * 8 + 8].copy_from_slice(&x.to_le_bytes());
        } else {
            self.set_wide(i, v);
        }
    }
    #[inline(always)]
    fn set_wide(&self, i: usize, v: &Value) {
        let w = self.elem.width();
        self.elem.encode(v, &mut self.buf.borrow_mut()[i * w..(i + 1) * w]);
    }
    /// Element `i` = `v` if in range.
    pub fn try_set(&self, i: usize, v: &Value) {
        if i < self.len() {
            self.set(i, v);
        }
    }
    /// Sets elements `off..off+n` to zero.
    pub fn clear(&self, off: usize, n: usize) {
        let w = self.elem.width();
        self.buf.borrow_mut()[off * w..(off + n) * w].fill(0);
    }
    /// Swaps elements `i` and `j`.
    pub fn swap(&self, i: usize, j: usize) {
        let w = self.elem.width();
        let mut buf = self.buf.borrow_mut();
        for k in 0..w {
            buf.swap(i * w + k, j * w + k);
        }
    }
    /// Whether two arrays of one type hold equal elements (Go's `==`).
    pub fn same_elems(&self, o: &ByteArr) -> bool {
        if !self.elem.is_float() {
            return *self.buf.borrow() == *o.buf.borrow();
        }
        let n = self.len();
        n == o.len() && (0..n).all(|i| key_eq(&self.at(i), &o.at(i)))
    }
}

/// A header over a [`ByteArr`]: a `[]byte`/`[]bool` slice (or a slice of
/// a compact array), an array value or a pointer to an array (`kind`).
/// `off`, `len` and `cap` count elements.
#[derive(Clone, Debug)]
pub struct Bytes {
    pub arr: Rc<ByteArr>,
    pub off: u32,
    pub len: u32,
    pub cap: u32,
    pub kind: BytesKind,
}

/// What a [`Bytes`] header is. The slice operations (index, `len`,
/// slicing, `&x[i]`) are the same for the three; copies, `==`, map keys
/// and assignment tell them apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BytesKind {
    /// A slice.
    Slice,
    /// A pointer to an array (`&a`, `(*[N]T)(s)`): compared by identity;
    /// slicing it reports its bounds "with length", as arrays do.
    Ptr,
    /// A compact array value: the whole `ByteArr` (off 0, len = cap = N),
    /// copied by `copy_val`, compared and hashed by contents.
    Array,
}

impl Bytes {
    /// A new slice with len = cap = the elements in `buf`.
    pub fn from_vec(elem: Elem, buf: Vec<u8>) -> Bytes {
        let n = (buf.len() / elem.width()) as u32;
        Bytes { arr: ByteArr::new(elem, buf), off: 0, len: n, cap: n, kind: BytesKind::Slice }
    }
    /// Whether this is an array value (not a slice or pointer).
    #[inline]
    pub fn is_array(&self) -> bool {
        self.kind == BytesKind::Array
    }
    /// Whether the header covers its whole backing array (a pointer to an
    /// array value, `&a`).
    pub fn is_whole(&self) -> bool {
        self.off == 0 && self.len as usize == self.arr.len()
    }
    /// `*p = src` through a pointer to a compact array.
    pub fn store_array(&self, src: &ByteArr) {
        if self.is_whole() {
            self.arr.assign_from(src);
            return;
        }
        let w = self.arr.elem.width();
        let s = src.buf.borrow().clone();
        let mut d = self.arr.buf.borrow_mut();
        let (off, n) = (self.off as usize * w, (self.len as usize * w).min(s.len()));
        d[off..off + n].copy_from_slice(&s[..n]);
    }
    /// The byte range of the elements in the backing array.
    #[inline]
    pub fn span(&self) -> std::ops::Range<usize> {
        let w = self.arr.elem.width();
        self.off as usize * w..(self.off + self.len) as usize * w
    }
    /// A copy of the elements' bytes.
    pub fn to_vec(&self) -> Vec<u8> {
        self.arr.buf.borrow()[self.span()].to_vec()
    }
    /// The elements as `Value`s.
    pub fn elems(&self) -> Vec<Value> {
        self.arr.range(self.off as usize, self.len as usize)
    }
}

/// The byte stored for element value `v` of a byte backing array.
#[inline]
pub fn byte_of(v: &Value) -> u8 {
    match v {
        Value::Int(i) => *i as u8,
        Value::Bool(b) => *b as u8,
        _ => 0,
    }
}

#[derive(Debug)]
pub struct Iface {
    pub ty: TypeId,
    /// The collector's mark word (`crate::gc`).
    pub gc: std::cell::Cell<u32>,
    pub val: Value,
}

impl Iface {
    /// An interface value's box (not registered with the collector).
    pub fn new(ty: TypeId, val: Value) -> Iface {
        Iface { ty, gc: Default::default(), val }
    }
    /// convT: boxes `val` in an interface of dynamic type `ty`; a box that
    /// holds a reference is registered with the collector (it can be part
    /// of a cycle).
    pub fn new_ref(ty: TypeId, val: Value) -> Rc<Iface> {
        let refs = val.holds_ref();
        let i = Rc::new(Iface::new(ty, val));
        if refs {
            crate::gc::track_iface(&i);
        }
        i
    }
}

/// A closure's captured values.
pub type Caps = smallvec::SmallVec<[Value; 2]>;

#[derive(Debug)]
pub struct Closure {
    pub func: u32,
    /// Captured cells (or captured aggregates); up to two are stored in
    /// the closure object itself (one allocation per `MakeClosure`).
    pub caps: Caps,
    /// For method values `x.M`: the bound receiver, passed as the first argument.
    pub recv: Option<Value>,
    /// A native function value (e.g. `f := strings.ToUpper`).
    pub native: Option<u16>,
    /// Virtual address of the funcval (0: a static one, at an address
    /// given by the function, as gc's closures without captures are).
    pub addr: std::cell::Cell<u64>,
    /// The collector's mark word (`crate::gc`).
    pub gc: std::cell::Cell<u32>,
}

impl Closure {
    /// A new closure object, registered with the collector when it holds
    /// references (a closure of scalars cannot be part of a cycle, and
    /// stays eligible for the closure pool, which needs it unshared).
    pub fn into_ref(self) -> Rc<Closure> {
        let track = crate::gc::func_needs_tracking(&self);
        let c = Rc::new(self);
        if track {
            crate::gc::track_func(&c);
        }
        c
    }
    /// A func value of `func` without captures: Go's static funcval.
    pub fn of_func(func: u32) -> Closure {
        Closure { func, caps: Caps::new(), recv: None, native: None, addr: std::cell::Cell::new(0), gc: Default::default() }
    }
    /// A closure or method value: a funcval on the heap.
    pub fn with_caps(func: u32, caps: Caps, recv: Option<Value>) -> Closure {
        let addr = crate::heap::vaddr(8 + 8 * (caps.len() as u64 + recv.is_some() as u64));
        Closure { func, caps, recv, native: None, addr: std::cell::Cell::new(addr), gc: Default::default() }
    }
    /// A native function as a value.
    pub fn of_native(native: u16) -> Closure {
        Closure { func: 0, caps: Caps::new(), recv: None, native: Some(native), addr: std::cell::Cell::new(0), gc: Default::default() }
    }
    /// The funcval's address as `%p` shows it.
    pub fn vaddr(&self) -> u64 {
        match self.addr.get() {
            0 => match self.native {
                Some(n) => crate::heap::STATIC_FUNCS + 0x8000 + 0x20 * n as u64,
                None => crate::heap::STATIC_FUNCS + 0x20 * self.func as u64,
            },
            a => a,
        }
    }
}

/// A Go map: insertion-ordered entries with tombstones, plus a hash index
/// of entry positions. Keys are hashed and compared as `Value`s
/// ([`hash_key`], [`key_eq`]); no per-access key object is built.
///
/// Divergence: `range` visits entries in insertion order; Go randomises
/// the start of every iteration, so a program whose output depends on the
/// order prints differently from run to run under Go.
#[derive(Debug, Default)]
pub struct MapObj {
    /// Virtual address of the map header (`crate::heap::vaddr`).
    pub addr: u64,
    index: hashbrown::HashTable<u32>,
    pub entries: Vec<Option<(Value, Value)>>,
    pub live: usize,
    pub ty: TypeId,
    /// Range loops over this map in progress: entries do not move while
    /// one is (iterators hold entry positions).
    pub iters: u32,
    /// The collector's mark word (`crate::gc`).
    pub gc: std::cell::Cell<u32>,
}

impl MapObj {
    /// An empty map of map type `ty`.
    pub fn new(ty: TypeId) -> MapObj {
        MapObj { ty, addr: crate::heap::vaddr(48), ..Default::default() }
    }
    /// makemap: a new empty map object, registered with the collector.
    pub fn new_ref(ty: TypeId) -> Rc<RefCell<MapObj>> {
        let m = Rc::new(RefCell::new(MapObj::new(ty)));
        crate::gc::track_map(&m);
        m
    }
    /// The value stored under key `k` whose [`hash_key`] is `h`.
    #[inline]
    pub fn get(&self, h: u64, k: &Value) -> Option<&Value> {
        let entries = &self.entries;
        let i = *self.index.find(h, |&i| matches!(&entries[i as usize], Some(e) if key_eq(&e.0, k)))?;
        entries[i as usize].as_ref().map(|e| &e.1)
    }
    /// m[k] = v, where `h` is `k`'s [`hash_key`]. An existing entry takes
    /// the new key too (Go's NeedKeyUpdate: +0/-0, strings, interfaces).
    pub fn insert(&mut self, h: u64, k: Value, v: Value) {
        let entries = &mut self.entries;
        if let Some(&i) = self.index.find(h, |&i| matches!(&entries[i as usize], Some(e) if key_eq(&e.0, &k))) {
            if let Some(e) = &mut entries[i as usize] {
                *e = (k, v);
                return;
            }
        }
        if entries.len() == entries.capacity() && self.live < entries.len() / 4 * 3 && self.iters == 0 {
            // Reuse the tombstones' room rather than growing.
            self.compact();
        }
        if self.index.len() == self.index.capacity() {
            self.grow_index();
        }
        let entries = &mut self.entries;
        let pos = entries.len() as u32;
        self.index.insert_unique(h, pos, |&i| entry_hash(&entries[i as usize]));
        entries.push(Some((k, v)));
        self.live += 1;
    }
    /// Inserts, hashing `k` here (unhashable keys are ignored).
    pub fn insert_key(&mut self, k: Value, v: Value) {
        if let Ok(h) = hash_key(&k) {
            self.insert(h, k, v);
        }
    }
    pub fn remove(&mut self, h: u64, k: &Value) {
        let entries = &self.entries;
        if let Ok(e) = self.index.find_entry(h, |&i| matches!(&entries[i as usize], Some(e) if key_eq(&e.0, k))) {
            let (i, _) = e.remove();
            self.entries[i as usize] = None;
            self.live -= 1;
            if self.entries.len() > 32 && self.live * 2 < self.entries.len() && self.iters == 0 {
                self.compact();
            }
        }
    }
    /// Drops the tombstones in place and re-indexes the live entries.
    fn compact(&mut self) {
        self.entries.retain(|e| e.is_some());
        self.index.clear();
        self.reindex();
    }
    /// hashGrow: an index with room for twice the live entries, before
    /// an insertion would fill the current one. hashbrown's own growth
    /// rehashes in bucket order, reading the entries at random positions
    /// (a cache miss each once the map outgrows the cache: 12% of the
    /// maps benchmark); this one reads them in order.
    #[inline(never)]
    fn grow_index(&mut self) {
        self.index = hashbrown::HashTable::with_capacity((self.live * 2).max(3));
        self.reindex();
    }
    /// Indexes every live entry, in entry order, into `index` (which has
    /// room for them).
    fn reindex(&mut self) {
        let entries = &self.entries;
        for (pos, e) in entries.iter().enumerate() {
            if e.is_some() {
                self.index.insert_unique(entry_hash(e), pos as u32, |&i| entry_hash(&entries[i as usize]));
            }
        }
    }
    pub fn clear(&mut self) {
        self.index.clear();
        self.entries.clear();
        self.live = 0;
    }
}

fn entry_hash(e: &Option<(Value, Value)>) -> u64 {
    e.as_ref().and_then(|e| hash_key(&e.0).ok()).unwrap_or(0)
}

/// FxHash (rustc's hasher): one multiply and rotate per word, far cheaper
/// than the default SipHash on the small keys Go maps mostly have. Map
/// iteration order does not depend on it (entries keep insertion order).
/// Divergence: not resistant to hash flooding, unlike Go's seeded aeshash.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.hash = (self.hash.rotate_left(5) ^ w).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl std::hash::Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(b));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64)
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(i as u64)
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i)
    }
    #[inline]
    fn write_i64(&mut self, i: i64) {
        self.add(i as u64)
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64)
    }
    #[inline]
    fn write_isize(&mut self, i: isize) {
        self.add(i as u64)
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// Range iteration state.
#[derive(Debug)]
pub enum Iter {
    /// Over a map: the entries present at the start, from a random one
    /// (`start`, of `span` positions) round to the one before it, then
    /// those added since. Go randomises where each range starts
    /// (runtime/map.go's mapiterinit) so that programs cannot rely on an
    /// order; entries deleted during iteration are skipped, as Go requires
    /// (positions do not move while an iterator is live).
    Map { m: Rc<RefCell<MapObj>>, pos: usize, start: usize, span: usize },
    /// Over a string: byte offset.
    Str { s: GoStr, pos: usize },
    /// Over an int.
    Int { n: i64, i: i64 },
}

impl Drop for Iter {
    fn drop(&mut self) {
        if let Iter::Map { m, .. } = self {
            if let Ok(mut m) = m.try_borrow_mut() {
                m.iters = m.iters.saturating_sub(1);
            }
        }
    }
}

thread_local! {
    static NAN_COUNTER: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// A map key whose dynamic type is not comparable (a slice, map or func,
/// possibly inside an interface, struct or array): the caller reports
/// `hash of unhashable type T`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unhashable;

/// internal/runtime/maps' mapKeyError: the first dynamic type inside map
/// key `v` (an interface value, or a struct or array holding interfaces)
/// that has no `==`; a map operation with such a key panics, even on an
/// empty or nil map.
///
/// Only an interface or an aggregate can hold a dynamic type: every other
/// key (an int, a string, a pointer) is answered here, inline in the map
/// operations, without the out-of-line walk (Go's compiler likewise emits
/// the check only for key types that contain interfaces).
#[inline(always)]
pub fn key_error(v: &Value, tt: &types::TypeTable) -> Option<TypeId> {
    match v {
        Value::Iface(_) | Value::Agg(_) => key_error_walk(v, tt),
        _ => None,
    }
}

/// [`key_error`]'s walk through interfaces and aggregates.
#[inline(never)]
fn key_error_walk(v: &Value, tt: &types::TypeTable) -> Option<TypeId> {
    match v {
        Value::Iface(x) if !tt.comparable(x.ty) => Some(x.ty),
        Value::Iface(x) => key_error_walk(&x.val, tt),
        Value::Agg(a) => a.borrow().iter().find_map(|e| key_error_walk(e, tt)),
        _ => None,
    }
}

/// The hash of map key `v`, consistent with [`key_eq`]; Err when its
/// dynamic type is not hashable.
#[inline]
pub fn hash_key(v: &Value) -> Result<u64, Unhashable> {
    if let Value::Int(i) = v {
        let mut h = FxHasher::default();
        h.add(*i as u64);
        return Ok(h.hash);
    }
    let mut h = FxHasher::default();
    hash_into(v, &mut h)?;
    Ok(h.hash)
}

fn hash_float(f: f64, h: &mut FxHasher) {
    if f.is_nan() {
        // NaN never equals anything: each insertion is a distinct entry.
        h.add(NAN_COUNTER.with(|c| {
            c.set(c.get() + 1);
            c.get()
        }))
    } else if f == 0.0 {
        h.add(0)
    } else {
        h.add(f.to_bits())
    }
}

fn hash_into(v: &Value, h: &mut FxHasher) -> Result<(), Unhashable> {
    use std::hash::Hasher;
    // Too deep for the host stack: stop (the caller sees
    // `hoststack::take_overflow` and throws Go's stack overflow).
    if matches!(v, Value::Agg(_) | Value::Iface(_)) && crate::hoststack::exhausted() {
        return Ok(());
    }
    match v {
        Value::Nil => h.add(0),
        Value::Bool(b) => h.add(*b as u64 + 1),
        Value::Int(i) => h.add(*i as u64),
        Value::Float(f) => hash_float(*f, h),
        Value::Complex(a, b) => {
            hash_float(*a, h);
            hash_float(*b, h)
        }
        Value::Str(s) => {
            h.write(s);
            h.add(s.len() as u64)
        }
        Value::Agg(a) => {
            for x in a.borrow().iter() {
                hash_into(x, h)?;
            }
        }
        // An array value: as an Agg of the same elements hashes.
        Value::Bytes(a) if a.is_array() => {
            let arr = &a.arr;
            if arr.elem == Elem::U8 {
                for &b in arr.buf.borrow().iter() {
                    h.add(b as u64);
                }
            } else {
                for i in 0..arr.len() {
                    hash_into(&arr.at(i), h)?;
                }
            }
        }
        Value::Iface(i) => {
            h.add(i.ty.0 as u64);
            hash_into(&i.val, h)?
        }
        // Another `Value::Bytes` reaching here is a pointer to a byte array
        // (a []byte key is refused by `key_error` from its type first).
        Value::Bytes(b) => {
            h.add(Rc::as_ptr(&b.arr) as *const u8 as u64);
            h.add(b.off as u64)
        }
        Value::Slice(_) | Value::Map(_) | Value::Func(_) | Value::Iter(_) => return Err(Unhashable),
        Value::Cell(_) | Value::Pointer(_) | Value::Chan(_) => {
            let (p, i) = ptr_identity(v).unwrap_or((0, 0));
            h.add(p as u64);
            h.add(i as u64)
        }
    }
    Ok(())
}

/// The identity of a pointer-like value (a heap cell doubles as a pointer
/// to itself, so `Value::Cell(c)` and `Pointer::Cell(c)` are the same key).
fn ptr_identity(v: &Value) -> Option<(usize, u32)> {
    Some(match v {
        Value::Pointer(p) => match p {
            // Zero-size objects share one address (`ptr_eq`).
            Pointer::Agg(a) if a.is_zero_size() => (crate::heap::ZEROBASE as usize, u32::MAX),
            Pointer::Agg(a) => (Rc::as_ptr(a) as *const u8 as usize, u32::MAX),
            Pointer::Elem(a, i) => (Rc::as_ptr(a) as *const u8 as usize, *i),
            Pointer::Cell(c) => (Rc::as_ptr(c) as *const u8 as usize, u32::MAX),
            Pointer::Global(g) => (0, *g),
            Pointer::Byte(a, i) => (Rc::as_ptr(a) as *const u8 as usize, *i),
        },
        Value::Cell(c) => (Rc::as_ptr(c) as *const u8 as usize, u32::MAX),
        Value::Chan(c) => (Rc::as_ptr(c) as *const u8 as usize, u32::MAX),
        _ => return None,
    })
}

/// Map key equality: Go's `==` on two keys of the map's key type (NaN is
/// unequal to itself, +0 equals -0).
pub fn key_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::Nil, Value::Nil) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x == y,
        (Value::Complex(a1, b1), Value::Complex(a2, b2)) => a1 == a2 && b1 == b2,
        (Value::Agg(x), Value::Agg(y)) => {
            let (x, y) = (x.borrow(), y.borrow());
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| key_eq(p, q))
        }
        (Value::Bytes(x), Value::Bytes(y)) if x.is_array() => x.arr.same_elems(&y.arr),
        // An empty byte array made where the element type was not known.
        (Value::Bytes(_), Value::Agg(_)) | (Value::Agg(_), Value::Bytes(_)) => {
            let (x, y) = (a.array_elems(), b.array_elems());
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| key_eq(p, q))
        }
        (Value::Iface(x), Value::Iface(y)) => x.ty == y.ty && key_eq(&x.val, &y.val),
        (Value::Bytes(x), Value::Bytes(y)) => Rc::ptr_eq(&x.arr, &y.arr) && x.off == y.off,
        _ => match (ptr_identity(a), ptr_identity(b)) {
            (Some(p), Some(q)) => p == q,
            _ => false,
        },
    }
}

impl Value {
    /// Whether the value references an object the collector tracks (a
    /// struct, cell, map, func, interface box or channel).
    #[inline]
    pub fn holds_ref(&self) -> bool {
        !matches!(
            self,
            Value::Nil
                | Value::Bool(_)
                | Value::Int(_)
                | Value::Float(_)
                | Value::Complex(..)
                | Value::Str(_)
                | Value::Bytes(_)
                | Value::Iter(_)
        ) && !matches!(self, Value::Pointer(Pointer::Global(_) | Pointer::Byte(..)))
    }
    #[inline(always)]
    pub fn as_int(&self) -> i64 {
        if let Value::Int(i) = self {
            *i
        } else {
            self.as_int_slow()
        }
    }
    #[cold]
    #[inline(never)]
    fn as_int_slow(&self) -> i64 {
        match self {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::Float(f) => *f as i64,
            _ => 0,
        }
    }
    #[inline]
    pub fn as_float(&self) -> f64 {
        match self {
            Value::Float(f) => *f,
            Value::Int(i) => *i as f64,
            _ => 0.0,
        }
    }
    #[inline]
    pub fn as_bool(&self) -> bool {
        matches!(self, Value::Bool(true))
    }
    pub fn str_bytes(&self) -> &[u8] {
        match self {
            Value::Str(s) => s,
            _ => b"",
        }
    }
    pub fn str(s: &str) -> Value {
        Value::Str(GoStr::new(s.as_bytes()))
    }
    pub fn bytes(b: &[u8]) -> Value {
        Value::Str(GoStr::new(b))
    }
    pub fn is_nil(&self) -> bool {
        matches!(self, Value::Nil)
    }

    /// The elements of a slice value (either representation) or of a byte
    /// array value; empty for nil or anything else.
    pub fn slice_elems(&self) -> Vec<Value> {
        match self {
            Value::Slice(s) => s.arr.borrow()[s.off as usize..(s.off + s.len) as usize].to_vec(),
            Value::Bytes(b) => b.elems(),
            _ => Vec::new(),
        }
    }

    /// (len, cap) of a slice value; (0, 0) for nil.
    pub fn slice_len_cap(&self) -> (u32, u32) {
        match self {
            Value::Slice(s) => (s.len, s.cap),
            Value::Bytes(b) => (b.len, b.cap),
            _ => (0, 0),
        }
    }

    /// A copy with Go's value semantics: struct and array values are copied
    /// (recursively, since nested structs are stored as their own objects);
    /// everything else is shared.
    #[inline]
    pub fn copy_val(&self) -> Value {
        match self {
            Value::Agg(a) => Value::Agg(copy_agg(a)),
            Value::Int(i) => Value::Int(*i),
            Value::Bytes(b) if b.is_array() => b.arr.copy().value(),
            v => v.clone(),
        }
    }

    /// The elements of an array value (either representation).
    pub fn array_elems(&self) -> Vec<Value> {
        match self {
            Value::Agg(a) => a.borrow().to_vec(),
            Value::Bytes(b) if b.is_array() => b.arr.elems(),
            _ => Vec::new(),
        }
    }
}

/// A fresh copy of a struct or array object (nested objects copied too).
/// The vector is filled in place inside the new `Rc`, so a small object
/// is one allocation and no move of the inline storage.
fn copy_agg(a: &Agg) -> Agg {
    let src = a.borrow();
    crate::heap::note_copy(src.len());
    let rc: Agg = Rc::new(AggObj {
        addr: crate::heap::vaddr(8 * src.len() as u64),
        elems: RefCell::new(AggVec::new()),
        gc: Default::default(),
        scalar: a.scalar,
    });
    if !a.scalar {
        crate::gc::track_agg(&rc);
    }
    {
        let mut d = rc.borrow_mut();
        d.reserve_exact(src.len());
        for v in src.iter() {
            d.push(match v {
                Value::Int(i) => Value::Int(*i),
                Value::Agg(x) => Value::Agg(copy_agg(x)),
                Value::Bytes(x) if x.is_array() => x.arr.copy().value(),
                v => v.clone(),
            });
        }
    }
    rc
}

/// Go's `==` on two values of the same static type (or two interfaces).
/// Err(()) when an interface holds an uncomparable dynamic type.
///
/// A walk deeper than the host stack allows stops with Ok(false) and
/// [`crate::hoststack::take_overflow`] set: the caller throws Go's stack
/// overflow.
pub fn equal(a: &Value, b: &Value, tt: &types::TypeTable) -> Result<bool, TypeId> {
    if matches!(a, Value::Agg(_) | Value::Iface(_)) && crate::hoststack::exhausted() {
        return Ok(false);
    }
    Ok(match (a, b) {
        (Value::Nil, Value::Nil) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x == y,
        (Value::Complex(a1, b1), Value::Complex(a2, b2)) => a1 == a2 && b1 == b2,
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::Agg(x), Value::Agg(y)) => {
            // No identity shortcut: a NaN field makes a struct unequal to itself.
            let (x, y) = (x.borrow(), y.borrow());
            for (p, q) in x.iter().zip(y.iter()) {
                if !equal(p, q, tt)? {
                    return Ok(false);
                }
            }
            true
        }
        (Value::Bytes(x), Value::Bytes(y)) if x.is_array() => x.arr.same_elems(&y.arr),
        (Value::Bytes(_), Value::Agg(_)) | (Value::Agg(_), Value::Bytes(_)) => key_eq(a, b),
        (Value::Iface(x), Value::Iface(y)) => {
            if x.ty != y.ty {
                return Ok(false);
            }
            // efaceeq: a dynamic type without ==, whatever the values
            // (a struct with a nil slice field too).
            if !tt.comparable(x.ty) {
                return Err(x.ty);
            }
            equal(&x.val, &y.val, tt)?
        }
        (Value::Iface(_), Value::Nil) | (Value::Nil, Value::Iface(_)) => false,
        (Value::Pointer(p), Value::Pointer(q)) => ptr_eq(p, q),
        (Value::Cell(x), Value::Cell(y)) => Rc::ptr_eq(x, y),
        (Value::Chan(x), Value::Chan(y)) => Rc::ptr_eq(x, y),
        (Value::Func(x), Value::Func(y)) => Rc::ptr_eq(x, y),
        (Value::Map(x), Value::Map(y)) => Rc::ptr_eq(x, y),
        // Pointers to arrays made from slices ((*[N]T)(s)): the same
        // first element.
        (Value::Slice(x), Value::Slice(y)) => Rc::ptr_eq(&x.arr, &y.arr) && x.off == y.off,
        // Pointers to zero-size arrays are all at runtime.zerobase.
        (Value::Bytes(x), Value::Bytes(y)) => {
            Rc::ptr_eq(&x.arr, &y.arr) && x.off == y.off || x.arr.buf.borrow().is_empty() && y.arr.buf.borrow().is_empty()
        }
        _ => false,
    })
}

fn ptr_eq(p: &Pointer, q: &Pointer) -> bool {
    match (p, q) {
        // Pointers to zero-size objects are equal: gc allocates them all
        // at runtime.zerobase.
        (Pointer::Agg(a), Pointer::Agg(b)) => Rc::ptr_eq(a, b) || a.is_zero_size() && b.is_zero_size(),
        (Pointer::Elem(a, i), Pointer::Elem(b, j)) => Rc::ptr_eq(a, b) && i == j,
        (Pointer::Cell(a), Pointer::Cell(b)) => Rc::ptr_eq(a, b),
        (Pointer::Global(a), Pointer::Global(b)) => a == b,
        (Pointer::Byte(a, i), Pointer::Byte(b, j)) => Rc::ptr_eq(a, b) && i == j,
        _ => false,
    }
}

/// The virtual address of a pointer-like value, as `%p`, `println` and
/// tracebacks print it: deterministic (`crate::heap::vaddr`), so that one
/// program prints the same addresses in every run. An element `i` of an
/// object is 8 bytes a word past its start (gostack does not lay fields out
/// by type here).
pub fn addr_of(v: &Value) -> usize {
    (match v {
        Value::Pointer(Pointer::Agg(a)) | Value::Agg(a) => a.addr,
        Value::Pointer(Pointer::Elem(a, i)) => a.addr + 8 * *i as u64,
        Value::Pointer(Pointer::Cell(c)) | Value::Cell(c) => c.addr.get(),
        Value::Pointer(Pointer::Global(g)) => crate::heap::GLOBALS + 8 * *g as u64,
        Value::Map(m) => m.borrow().addr,
        Value::Chan(c) => c.borrow().addr,
        Value::Func(f) => f.vaddr(),
        Value::Slice(s) => s.arr.addr + 8 * s.off as u64,
        Value::Pointer(Pointer::Byte(a, i)) => a.addr + (*i as usize * a.elem.width()) as u64,
        Value::Bytes(s) => s.arr.addr + (s.off as usize * s.arr.elem.width()) as u64,
        Value::Str(s) => crate::heap::str_addr(s),
        _ => 0,
    }) as usize
}

/// `x op y` on complex128 values (`+ - * /`), as gc compiles them: the
/// product in the schoolbook form, the quotient by runtime.complex128div.
pub fn complex128_arith(op: bytecode::BinOp, x: (f64, f64), y: (f64, f64)) -> (f64, f64) {
    use bytecode::BinOp;
    match op {
        BinOp::Add => (x.0 + y.0, x.1 + y.1),
        BinOp::Sub => (x.0 - y.0, x.1 - y.1),
        BinOp::Mul => (x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0),
        _ => complex128div(x, y),
    }
}

/// complex64 arithmetic: gc computes it in float64 (its parts widened)
/// and rounds each part of the result to float32.
pub fn complex64_arith(op: bytecode::BinOp, x: (f64, f64), y: (f64, f64)) -> (f64, f64) {
    let (re, im) = complex128_arith(op, x, y);
    (re as f32 as f64, im as f32 as f64)
}

/// runtime/complex.go's complex128div: Smith's algorithm, with C99's
/// corrections to infinities and zeros when both parts came out NaN.
pub fn complex128div((a, b): (f64, f64), (c, d): (f64, f64)) -> (f64, f64) {
    // inf2one: a signed 1 for an infinity, a signed 0 otherwise.
    let inf2one = |f: f64| (if f.is_infinite() { 1.0f64 } else { 0.0 }).copysign(f);
    let (mut e, mut f);
    if c.abs() >= d.abs() {
        let ratio = d / c;
        let denom = c + ratio * d;
        e = (a + b * ratio) / denom;
        f = (b - a * ratio) / denom;
    } else {
        let ratio = c / d;
        let denom = d + ratio * c;
        e = (a * ratio + b) / denom;
        f = (b * ratio - a) / denom;
    }
    if e.is_nan() && f.is_nan() {
        let inf = f64::INFINITY;
        if c == 0.0 && d == 0.0 && (!a.is_nan() || !b.is_nan()) {
            e = inf.copysign(c) * a;
            f = inf.copysign(c) * b;
        } else if (a.is_infinite() || b.is_infinite()) && c.is_finite() && d.is_finite() {
            let (a, b) = (inf2one(a), inf2one(b));
            e = inf * (a * c + b * d);
            f = inf * (b * c - a * d);
        } else if (c.is_infinite() || d.is_infinite()) && a.is_finite() && b.is_finite() {
            let (c, d) = (inf2one(c), inf2one(d));
            e = 0.0 * (a * c + b * d);
            f = 0.0 * (b * c - a * d);
        }
    }
    (e, f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_is_32_bytes() {
        // GoStr's inline capacity and the Bytes/Slice headers are sized to
        // keep Value at 32 bytes; growing it slows every register access.
        assert_eq!(std::mem::size_of::<Value>(), 32);
        assert_eq!(std::mem::size_of::<GoStr>(), 24);
    }

    #[test]
    fn gostr_inline_and_heap() {
        let short = GoStr::new(b"0123456789012345678901");
        let long = GoStr::concat(b"0123456789012345678901", b"2");
        assert!(matches!(short, GoStr::Inline(22, _)));
        assert!(matches!(long, GoStr::Heap { off: 0, len: 23, .. }));
        assert_eq!(&long[..22], &short[..]);
        assert_eq!(GoStr::concat(b"ab", b"c"), GoStr::new(b"abc"));
    }

    #[test]
    fn substrings_share_the_buffer() {
        let s = GoStr::new(&[b'x'; 100]);
        let t = s.substr(10, 90);
        let (GoStr::Heap { buf: a, .. }, GoStr::Heap { buf: b, off: 10, len: 80 }) = (&s, &t) else { panic!("not shared: {t:?}") };
        assert!(Rc::ptr_eq(a, b));
        // A short piece is copied into the value (it pins no buffer).
        assert!(matches!(t.substr(0, 5), GoStr::Inline(5, _)));
        // share: a slice of the string's own bytes, or a copy.
        assert!(matches!(s.share(&s[20..60]), GoStr::Heap { off: 20, len: 40, .. }));
        assert_eq!(s.share(&[b'x'; 30]).as_bytes(), &[b'x'; 30][..]);
        // append extends a buffer nobody else holds, and copies otherwise.
        let u = GoStr::concat(&[b'y'; 30], b"");
        let grown = u.append(b"zz");
        assert_eq!(grown.len(), 32);
        let kept = grown.clone();
        let again = grown.append(b"!");
        assert_eq!((kept.len(), again.len()), (32, 33));
        assert_eq!(&again[30..], b"zz!");
    }

    #[test]
    fn map_keys_as_values() {
        let mut m = MapObj::new(TypeId::INT);
        m.insert_key(Value::Float(0.0), Value::Int(1));
        m.insert_key(Value::Float(-0.0), Value::Int(2));
        m.insert_key(Value::Float(f64::NAN), Value::Int(3));
        m.insert_key(Value::Float(f64::NAN), Value::Int(4));
        assert_eq!(m.live, 3);
        let k = Value::str("a-long-string-key-over-22-bytes");
        m.insert_key(k.clone(), Value::Int(5));
        let h = hash_key(&Value::str("a-long-string-key-over-22-bytes")).unwrap();
        assert!(matches!(m.get(h, &k), Some(Value::Int(5))));
        assert!(hash_key(&Value::Slice(Slice { arr: AggObj::new(AggVec::new()), off: 0, len: 0, cap: 0 })).is_err());
        // Byte arrays as keys: by contents.
        let a = ByteArr::new(Elem::U8, vec![1, 2]).value();
        m.insert_key(a.copy_val(), Value::Int(6));
        assert!(matches!(m.get(hash_key(&a).unwrap(), &a), Some(Value::Int(6))));
    }
}
