//! Sizes of Go types on linux/amd64 and append's growth rule
//! (runtime/slice.go `nextslicecap`, `roundupsize` with malloc size classes).

use bytecode::TypeId;
use types::TypeTable;

use crate::value::Elem;

/// `unsafe.Sizeof` on amd64.
pub fn size_of(tt: &TypeTable, t: TypeId) -> usize {
    tt.size_of(t)
}

const SIZE_CLASSES: &[usize] = &[
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640,
    704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192,
    9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
];

/// runtime/msize.go `roundupsize`: the size class an allocation of `size`
/// bytes gets. Objects with pointers above 512 bytes carry an 8-byte malloc
/// header (Go 1.22+), which comes out of the usable size.
fn roundupsize(size: usize, noscan: bool) -> usize {
    const MAX_SMALL: usize = 32768;
    const HEADER: usize = 8;
    if size <= MAX_SMALL - HEADER {
        let req = if !noscan && size > 512 { size + HEADER } else { size };
        for &c in SIZE_CLASSES {
            if c >= req {
                return c - (req - size);
            }
        }
    }
    // Large objects are rounded up to the page size.
    size.div_ceil(8192) * 8192
}

/// Whether values of type `t` contain pointers (the GC's !noscan).
pub fn has_pointers(tt: &TypeTable, t: TypeId) -> bool {
    use types::Kind;
    match tt.ukind(t) {
        Kind::Array(n, e) => *n > 0 && has_pointers(tt, *e),
        Kind::Struct(fs) => fs.iter().any(|f| has_pointers(tt, f.ty)),
        k => matches!(
            k,
            Kind::String
                | Kind::Slice(_)
                | Kind::Map(..)
                | Kind::Chan(..)
                | Kind::Func(_)
                | Kind::Pointer(_)
                | Kind::Interface { .. }
                | Kind::UnsafePointer
        ),
    }
}

/// Whether slices with element type `elem` use a byte backing array
/// (`Value::Bytes`) when made: `byte`/`uint8` and `bool`. (Slices of other
/// numbers are `Value::Slice`s unless they slice a compact array.)
pub fn byte_elem(tt: &TypeTable, elem: TypeId) -> Option<Elem> {
    match tt.ukind(elem) {
        types::Kind::Uint8 => Some(Elem::U8),
        types::Kind::Bool => Some(Elem::Bool),
        _ => None,
    }
}

/// How arrays with element type `elem` store their elements when compact
/// (`Value::Bytes` of kind Array): every fixed-size number and bool, at
/// its Go size; None for other element types (an `Agg` of `Value`s).
pub fn compact_elem(tt: &TypeTable, elem: TypeId) -> Option<Elem> {
    use types::Kind::*;
    Some(match tt.ukind(elem) {
        Uint8 => Elem::U8,
        Bool => Elem::Bool,
        Int8 => Elem::I8,
        Int16 => Elem::I16,
        Uint16 => Elem::U16,
        Int32 => Elem::I32,
        Uint32 => Elem::U32,
        Int | Int64 => Elem::I64,
        Uint | Uint64 | Uintptr => Elem::U64,
        Float32 => Elem::F32,
        Float64 => Elem::F64,
        Complex64 => Elem::C64,
        Complex128 => Elem::C128,
        _ => return None,
    })
}

/// growslice's new capacity for a slice of `old_cap` needing `new_len`.
pub fn grow_cap(old_cap: usize, new_len: usize, elem_size: usize, noscan: bool) -> usize {
    let mut newcap = old_cap;
    let doublecap = newcap + newcap;
    if new_len > doublecap {
        newcap = new_len;
    } else {
        const THRESHOLD: usize = 256;
        if old_cap < THRESHOLD {
            newcap = doublecap;
        } else {
            while newcap < new_len {
                newcap += (newcap + 3 * THRESHOLD) >> 2;
            }
        }
    }
    if elem_size == 0 {
        return newcap;
    }
    let mem = roundupsize(newcap * elem_size, noscan);
    mem / elem_size
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn append_caps_match_go() {
        // append one int at a time: Go prints caps 1 2 4 8 16 32 64 128 256 512 848
        let mut cap = 0;
        let mut seen = vec![];
        for len in 1..=600 {
            if len > cap {
                cap = grow_cap(cap, len, 8, true);
                seen.push(cap);
            }
        }
        assert_eq!(seen, vec![1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848]);
        // appending 3 to an empty []int gives cap 3; 5 bytes gives 8
        assert_eq!(grow_cap(0, 3, 8, true), 3);
        assert_eq!(grow_cap(0, 5, 1, true), 8);
        // []string from 32 to 33: 1024 bytes + malloc header → class 1152 → 71.
        assert_eq!(grow_cap(32, 33, 16, false), 71);
    }
}
