//! The hash functions' natives: the block (compression) functions and the
//! final padding of crypto/sha256, sha512, sha1 and md5 (their digests'
//! Write and Sum are Go code in `stdlib/crypto_*.go`, as Go's are, whose
//! block functions are assembly), hash/maphash's hash and the random
//! stream of maphash seeds and crypto/rand.
//!
//! A digest's state crosses as a Go array (`[8]uint32`, ...), passed and
//! returned by value.

use sha2::digest::generic_array::GenericArray;

use super::{arg, byte_slice, ret, ret_int, Entry};
use crate::value::{ByteArr, Elem, Value};
use crate::vm::{NativeOut, Vm};

pub(super) const NATIVES: &[Entry] = &[
    ("crypto/sha256.block", sha256_block, 2),
    ("crypto/sha256.finish", sha256_finish, 3),
    ("crypto/sha512.block", sha512_block, 2),
    ("crypto/sha512.finish", sha512_finish, 3),
    ("crypto/sha1.block", sha1_block, 2),
    ("crypto/sha1.finish", sha1_finish, 3),
    ("crypto/md5.block", md5_block, 2),
    ("crypto/md5.finish", md5_finish, 3),
    ("hash/maphash.rthash", maphash_rthash, 2),
    ("hash/maphash.rtComparableHash", maphash_comparable_hash, 2),
    ("hash/maphash.runtime_rand", super::rand_runtime_rand, 0),
    ("crypto/rand.runtime_rand", super::rand_runtime_rand, 0),
];

/// The words of a state array.
fn words<const N: usize>(v: &Value) -> [u64; N] {
    let mut w = [0u64; N];
    for (d, s) in w.iter_mut().zip(v.array_elems().iter()) {
        *d = s.as_int() as u64;
    }
    w
}

/// A state array of `w`: a compact `[N]uint32` (`wide`: `[N]uint64`).
fn array(w: impl IntoIterator<Item = u64>, wide: bool) -> Value {
    let elem = if wide { Elem::U64 } else { Elem::U32 };
    let vals: Vec<Value> = w.into_iter().map(|x| Value::Int(x as i64)).collect();
    ByteArr::new(elem, elem.encode_all(&vals)).value()
}

/// Merkle–Damgård padding of a message of `n` bytes whose last partial
/// block is `tail`: 0x80, zeros, and the length in bits in `len_bytes`
/// bytes (big- or little-endian), up to a whole number of `block` bytes.
fn pad(tail: &[u8], n: u64, block: usize, len_bytes: usize, big_endian: bool) -> Vec<u8> {
    let mut m = tail.to_vec();
    m.push(0x80);
    while !(m.len() + len_bytes).is_multiple_of(block) {
        m.push(0);
    }
    let bits = (n as u128) << 3;
    if big_endian {
        m.extend_from_slice(&bits.to_be_bytes()[16 - len_bytes..]);
    } else {
        m.extend_from_slice(&bits.to_le_bytes()[..len_bytes]);
    }
    m
}

fn compress256(h: &mut [u32; 8], p: &[u8]) {
    let blocks: Vec<_> = p.chunks_exact(64).map(GenericArray::clone_from_slice).collect();
    sha2::compress256(h, &blocks);
}

fn compress512(h: &mut [u64; 8], p: &[u8]) {
    let blocks: Vec<_> = p.chunks_exact(128).map(GenericArray::clone_from_slice).collect();
    sha2::compress512(h, &blocks);
}

fn compress_sha1(h: &mut [u32; 5], p: &[u8]) {
    let blocks: Vec<_> = p.chunks_exact(64).map(GenericArray::clone_from_slice).collect();
    sha1::compress(h, &blocks);
}

fn state32<const N: usize>(v: &Value) -> [u32; N] {
    words::<N>(v).map(|x| x as u32)
}

fn sha256_block(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let mut h = state32::<8>(arg(args, 0));
    compress256(&mut h, &crate::fmt::slice_bytes(arg(args, 1)));
    ret(array(h.map(u64::from), false))
}

fn sha256_finish(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let mut h = state32::<8>(arg(args, 0));
    compress256(&mut h, &pad(&crate::fmt::slice_bytes(arg(args, 1)), arg(args, 2).as_int() as u64, 64, 8, true));
    ret(byte_slice(h.iter().flat_map(|w| w.to_be_bytes()).collect()))
}

fn sha512_block(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let mut h = words::<8>(arg(args, 0));
    compress512(&mut h, &crate::fmt::slice_bytes(arg(args, 1)));
    ret(array(h, true))
}

fn sha512_finish(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let mut h = words::<8>(arg(args, 0));
    compress512(&mut h, &pad(&crate::fmt::slice_bytes(arg(args, 1)), arg(args, 2).as_int() as u64, 128, 16, true));
    ret(byte_slice(h.iter().flat_map(|w| w.to_be_bytes()).collect()))
}

fn sha1_block(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let mut h = state32::<5>(arg(args, 0));
    compress_sha1(&mut h, &crate::fmt::slice_bytes(arg(args, 1)));
    ret(array(h.map(u64::from), false))
}

fn sha1_finish(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let mut h = state32::<5>(arg(args, 0));
    compress_sha1(&mut h, &pad(&crate::fmt::slice_bytes(arg(args, 1)), arg(args, 2).as_int() as u64, 64, 8, true));
    ret(byte_slice(h.iter().flat_map(|w| w.to_be_bytes()).collect()))
}

fn md5_block(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let mut h = state32::<4>(arg(args, 0));
    compress_md5(&mut h, &crate::fmt::slice_bytes(arg(args, 1)));
    ret(array(h.map(u64::from), false))
}

fn md5_finish(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let mut h = state32::<4>(arg(args, 0));
    compress_md5(&mut h, &pad(&crate::fmt::slice_bytes(arg(args, 1)), arg(args, 2).as_int() as u64, 64, 8, false));
    ret(byte_slice(h.iter().flat_map(|w| w.to_le_bytes()).collect()))
}

/// MD5's table T[i] = floor(2^32 * |sin(i+1)|) (RFC 1321, Go's md5block.go).
const MD5_T: [u32; 64] = [
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501, 0x698098d8, 0x8b44f7af, 0xffff5bb1,
    0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821, 0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453,
    0xd8a1e681, 0xe7d3fbc8, 0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a, 0xfffa3942,
    0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70, 0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05,
    0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665, 0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d,
    0x85845dd1, 0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
];

/// MD5's per-round rotation counts.
const MD5_S: [[u32; 4]; 4] = [[7, 12, 17, 22], [5, 9, 14, 20], [4, 11, 16, 23], [6, 10, 15, 21]];

/// MD5's block function over whole 64-byte blocks (Go's md5block.go,
/// RFC 1321 section 3.4).
fn compress_md5(h: &mut [u32; 4], p: &[u8]) {
    for blk in p.chunks_exact(64) {
        let mut x = [0u32; 16];
        for (i, w) in x.iter_mut().enumerate() {
            *w = u32::from_le_bytes([blk[4 * i], blk[4 * i + 1], blk[4 * i + 2], blk[4 * i + 3]]);
        }
        let [mut a, mut b, mut c, mut d] = *h;
        for i in 0..64 {
            let round = i / 16;
            let (f, g) = match round {
                0 => ((b & c) | (!b & d), i),
                1 => ((b & d) | (c & !d), (5 * i + 1) % 16),
                2 => (b ^ c ^ d, (3 * i + 5) % 16),
                _ => (c ^ (b | !d), (7 * i) % 16),
            };
            let t = a.wrapping_add(f).wrapping_add(x[g]).wrapping_add(MD5_T[i]);
            a = d;
            d = c;
            c = b;
            b = b.wrapping_add(t.rotate_left(MD5_S[round][i % 4]));
        }
        h[0] = h[0].wrapping_add(a);
        h[1] = h[1].wrapping_add(b);
        h[2] = h[2].wrapping_add(c);
        h[3] = h[3].wrapping_add(d);
    }
}

/// The wyhash step both maphash natives mix with.
fn wymix(a: u64, b: u64) -> u64 {
    let r = (a as u128).wrapping_mul(b as u128);
    (r as u64) ^ ((r >> 64) as u64)
}

/// maphash's rtComparableHash(v, seed): Go's comparableHash runs the map
/// type's hasher; here the map key hash of v (equal values hash equal, a
/// NaN anew each time) mixed with seed. A value holding a dynamic type
/// without `==` panics as a map operation on it does.
fn maphash_comparable_hash(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let v = arg(args, 0);
    if let Some(t) = crate::value::key_error(v, &vm.prog.types) {
        return NativeOut::Panic(vm.rt_error(crate::rterr::RtErr::Unhashable(t, false)));
    }
    let seed = arg(args, 1).as_int() as u64;
    match crate::value::hash_key(v) {
        Ok(h) => ret_int(wymix(h ^ seed ^ 0xa076_1d64_78bd_642f, 0xe703_7ed1_a0b4_28db) as i64),
        Err(_) => NativeOut::Panic(vm.rt_error(crate::rterr::RtErr::Unhashable(crate::exec::dyn_type(v), false))),
    }
}

/// maphash's rthash(b, seed): a 64-bit hash of b continuing from seed
/// (wyhash's mixing steps; Go's memhash gives other values, which differ
/// between Go's architectures too).
fn maphash_rthash(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let b = crate::fmt::slice_bytes(arg(args, 0));
    let seed = arg(args, 1).as_int() as u64;
    const P0: u64 = 0xa076_1d64_78bd_642f;
    const P1: u64 = 0xe703_7ed1_a0b4_28db;
    let mix = |a: u64, b: u64| {
        let r = (a as u128).wrapping_mul(b as u128);
        (r as u64) ^ ((r >> 64) as u64)
    };
    let mut h = seed ^ P0;
    for c in b.chunks(8) {
        let mut w = [0u8; 8];
        w[..c.len()].copy_from_slice(c);
        h = mix(h ^ u64::from_le_bytes(w) ^ P1, h.rotate_left(17) ^ P0);
    }
    ret_int(mix(h ^ b.len() as u64, P1) as i64)
}
