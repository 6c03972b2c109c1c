// Ported from Go 1.27 (crypto/sha512/sha512.go and
// crypto/internal/fips140/sha512/sha512.go): Copyright The Go Authors,
// BSD-style licence (Go's LICENSE file). The block function and the final
// padding are natives (crate sha2's compress512), as Go's are assembly.

// Package sha512 implements the SHA-384, SHA-512, SHA-512/224, and SHA-512/256
// hash algorithms as defined in FIPS 180-4.
package sha512

import (
	"errors"
	"hash"
	"internal/byteorder"
)

const (
	// Size is the size, in bytes, of a SHA-512 checksum.
	Size = 64

	// Size224 is the size, in bytes, of a SHA-512/224 checksum.
	Size224 = 28

	// Size256 is the size, in bytes, of a SHA-512/256 checksum.
	Size256 = 32

	// Size384 is the size, in bytes, of a SHA-384 checksum.
	Size384 = 48

	// BlockSize is the block size, in bytes, of the SHA-512/224,
	// SHA-512/256, SHA-384 and SHA-512 hash functions.
	BlockSize = 128
)

const chunk = 128

// digest represents the partial evaluation of a checksum.
type digest struct {
	h    [8]uint64
	x    []byte // the input of the block not yet complete
	len  uint64
	size int
}

// block runs the compression function over p (whole blocks); finish pads
// the tail of a message of n bytes and returns the final state's bytes.
func block(h [8]uint64, p []byte) [8]uint64
func finish(h [8]uint64, tail []byte, n uint64) []byte

func (d *digest) Reset() {
	switch d.size {
	case Size384:
		d.h = [8]uint64{0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939, 0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4}
	case Size224:
		d.h = [8]uint64{0x8c3d37c819544da2, 0x73e1996689dcd4d6, 0x1dfab7ae32ff9c82, 0x679dd514582f9fcf, 0x0f6d2b697bd44da8, 0x77e36f7304c48942, 0x3f9d85a86a1d36c8, 0x1112e6ad91d692a1}
	case Size256:
		d.h = [8]uint64{0x22312194fc2bf72c, 0x9f555fa3c84c64c2, 0x2393b86b6f53b151, 0x963877195940eabd, 0x96283ee2a88effe3, 0xbe5e1e2553863992, 0x2b0199fc2c85b8aa, 0x0eb72ddc81c52ca2}
	default:
		d.h = [8]uint64{0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1, 0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179}
	}
	d.x = nil
	d.len = 0
}

func newDigest(size int) *digest {
	d := &digest{size: size}
	d.Reset()
	return d
}

// New returns a new [hash.Hash] computing the SHA-512 checksum.
func New() hash.Hash { return newDigest(Size) }

// New512_224 returns a new [hash.Hash] computing the SHA-512/224 checksum.
func New512_224() hash.Hash { return newDigest(Size224) }

// New512_256 returns a new [hash.Hash] computing the SHA-512/256 checksum.
func New512_256() hash.Hash { return newDigest(Size256) }

// New384 returns a new [hash.Hash] computing the SHA-384 checksum.
func New384() hash.Hash { return newDigest(Size384) }

func (d *digest) Size() int { return d.size }

func (d *digest) BlockSize() int { return BlockSize }

func (d *digest) Write(p []byte) (nn int, err error) {
	nn = len(p)
	d.len += uint64(nn)
	if len(d.x) > 0 {
		n := min(chunk-len(d.x), len(p))
		d.x = append(d.x, p[:n]...)
		p = p[n:]
		if len(d.x) == chunk {
			d.h = block(d.h, d.x)
			d.x = nil
		}
	}
	if len(p) >= chunk {
		n := len(p) &^ (chunk - 1)
		d.h = block(d.h, p[:n])
		p = p[n:]
	}
	if len(p) > 0 {
		d.x = append([]byte(nil), p...)
	}
	return
}

func (d *digest) Sum(in []byte) []byte {
	return append(in, finish(d.h, d.x, d.len)[:d.size]...)
}

func sum(size int, data []byte) []byte {
	d := newDigest(size)
	d.Write(data)
	return d.Sum(nil)
}

// Sum512 returns the SHA512 checksum of the data.
func Sum512(data []byte) [Size]byte {
	var s [Size]byte
	copy(s[:], sum(Size, data))
	return s
}

// Sum384 returns the SHA384 checksum of the data.
func Sum384(data []byte) [Size384]byte {
	var s [Size384]byte
	copy(s[:], sum(Size384, data))
	return s
}

// Sum512_224 returns the Sum512/224 checksum of the data.
func Sum512_224(data []byte) [Size224]byte {
	var s [Size224]byte
	copy(s[:], sum(Size224, data))
	return s
}

// Sum512_256 returns the Sum512/256 checksum of the data.
func Sum512_256(data []byte) [Size256]byte {
	var s [Size256]byte
	copy(s[:], sum(Size256, data))
	return s
}

// ---- The state's encoding (encoding.BinaryMarshaler, BinaryAppender,
// BinaryUnmarshaler), Go's layout: magic, state words, the block (the
// pending input zero-padded), the length.

const (
	magic384      = "sha\x04"
	magic512_224  = "sha\x05"
	magic512_256  = "sha\x06"
	magic512      = "sha\x07"
	marshaledSize = len(magic512) + 8*8 + chunk + 8
)

func (d *digest) MarshalBinary() ([]byte, error) {
	return d.AppendBinary(make([]byte, 0, marshaledSize))
}

func (d *digest) AppendBinary(b []byte) ([]byte, error) {
	switch d.size {
	case Size384:
		b = append(b, magic384...)
	case Size224:
		b = append(b, magic512_224...)
	case Size256:
		b = append(b, magic512_256...)
	case Size:
		b = append(b, magic512...)
	default:
		panic("unknown size")
	}
	b = byteorder.BEAppendUint64(b, d.h[0])
	b = byteorder.BEAppendUint64(b, d.h[1])
	b = byteorder.BEAppendUint64(b, d.h[2])
	b = byteorder.BEAppendUint64(b, d.h[3])
	b = byteorder.BEAppendUint64(b, d.h[4])
	b = byteorder.BEAppendUint64(b, d.h[5])
	b = byteorder.BEAppendUint64(b, d.h[6])
	b = byteorder.BEAppendUint64(b, d.h[7])
	b = append(b, d.x...)
	b = append(b, make([]byte, chunk-len(d.x))...)
	b = byteorder.BEAppendUint64(b, d.len)
	return b, nil
}

func (d *digest) UnmarshalBinary(b []byte) error {
	if len(b) < len(magic512) {
		return errors.New("crypto/sha512: invalid hash state identifier")
	}
	switch {
	case d.size == Size384 && string(b[:len(magic384)]) == magic384:
	case d.size == Size224 && string(b[:len(magic512_224)]) == magic512_224:
	case d.size == Size256 && string(b[:len(magic512_256)]) == magic512_256:
	case d.size == Size && string(b[:len(magic512)]) == magic512:
	default:
		return errors.New("crypto/sha512: invalid hash state identifier")
	}
	if len(b) != marshaledSize {
		return errors.New("crypto/sha512: invalid hash state size")
	}
	b = b[len(magic512):]
	b, d.h[0] = consumeUint64(b)
	b, d.h[1] = consumeUint64(b)
	b, d.h[2] = consumeUint64(b)
	b, d.h[3] = consumeUint64(b)
	b, d.h[4] = consumeUint64(b)
	b, d.h[5] = consumeUint64(b)
	b, d.h[6] = consumeUint64(b)
	b, d.h[7] = consumeUint64(b)
	block := b[:chunk]
	_, d.len = consumeUint64(b[chunk:])
	// The pending input is the first len%chunk bytes of the block.
	d.x = append([]byte(nil), block[:d.len%chunk]...)
	return nil
}

func consumeUint64(b []byte) ([]byte, uint64) {
	return b[8:], byteorder.BEUint64(b)
}

// Clone returns a copy of the hash's state (hash.Cloner).
func (d *digest) Clone() (hash.Cloner, error) {
	r := *d
	r.x = append([]byte(nil), d.x...)
	return &r, nil
}
