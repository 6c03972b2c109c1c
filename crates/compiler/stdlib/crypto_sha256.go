// Ported from Go 1.27 (crypto/sha256/sha256.go and
// crypto/internal/fips140/sha256/sha256.go): Copyright The Go Authors,
// BSD-style licence (Go's LICENSE file). The block function and the final
// padding are natives (crate sha2's compress256), as Go's are assembly.

// Package sha256 implements the SHA224 and SHA256 hash algorithms as defined
// in FIPS 180-4.
package sha256

import (
	"errors"
	"hash"
	"internal/byteorder"
)

// The size of a SHA256 checksum in bytes.
const Size = 32

// The size of a SHA224 checksum in bytes.
const Size224 = 28

// The blocksize of SHA256 and SHA224 in bytes.
const BlockSize = 64

const chunk = 64

// digest represents the partial evaluation of a checksum.
type digest struct {
	h     [8]uint32
	x     []byte // the input of the block not yet complete
	len   uint64
	is224 bool // mark if this digest is SHA-224
}

// block runs the compression function over p (whole blocks); finish pads
// the tail of a message of n bytes and returns the final state's bytes.
func block(h [8]uint32, p []byte) [8]uint32
func finish(h [8]uint32, tail []byte, n uint64) []byte

func (d *digest) Reset() {
	if !d.is224 {
		d.h = [8]uint32{0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19}
	} else {
		d.h = [8]uint32{0xC1059ED8, 0x367CD507, 0x3070DD17, 0xF70E5939, 0xFFC00B31, 0x68581511, 0x64F98FA7, 0xBEFA4FA4}
	}
	d.x = nil
	d.len = 0
}

// New returns a new [hash.Hash] computing the SHA256 checksum.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

// New224 returns a new [hash.Hash] computing the SHA224 checksum.
func New224() hash.Hash {
	d := new(digest)
	d.is224 = true
	d.Reset()
	return d
}

func (d *digest) Size() int {
	if !d.is224 {
		return Size
	}
	return Size224
}

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
	return append(in, finish(d.h, d.x, d.len)[:d.Size()]...)
}

// Sum256 returns the SHA256 checksum of the data.
func Sum256(data []byte) [Size]byte {
	h := New()
	h.Write(data)
	var sum [Size]byte
	copy(sum[:], h.Sum(nil))
	return sum
}

// Sum224 returns the SHA224 checksum of the data.
func Sum224(data []byte) [Size224]byte {
	h := New224()
	h.Write(data)
	var sum [Size224]byte
	copy(sum[:], h.Sum(nil))
	return sum
}

// ---- The state's encoding (encoding.BinaryMarshaler, BinaryAppender,
// BinaryUnmarshaler), Go's layout: magic, state words, the block (the
// pending input zero-padded), the length.

const (
	magic224      = "sha\x02"
	magic256      = "sha\x03"
	marshaledSize = len(magic256) + 8*4 + chunk + 8
)

func (d *digest) MarshalBinary() ([]byte, error) {
	return d.AppendBinary(make([]byte, 0, marshaledSize))
}

func (d *digest) AppendBinary(b []byte) ([]byte, error) {
	if d.is224 {
		b = append(b, magic224...)
	} else {
		b = append(b, magic256...)
	}
	b = byteorder.BEAppendUint32(b, d.h[0])
	b = byteorder.BEAppendUint32(b, d.h[1])
	b = byteorder.BEAppendUint32(b, d.h[2])
	b = byteorder.BEAppendUint32(b, d.h[3])
	b = byteorder.BEAppendUint32(b, d.h[4])
	b = byteorder.BEAppendUint32(b, d.h[5])
	b = byteorder.BEAppendUint32(b, d.h[6])
	b = byteorder.BEAppendUint32(b, d.h[7])
	b = append(b, d.x...)
	b = append(b, make([]byte, chunk-len(d.x))...)
	b = byteorder.BEAppendUint64(b, d.len)
	return b, nil
}

func (d *digest) UnmarshalBinary(b []byte) error {
	if len(b) < len(magic224) || (d.is224 && string(b[:len(magic224)]) != magic224) || (!d.is224 && string(b[:len(magic256)]) != magic256) {
		return errors.New("crypto/sha256: invalid hash state identifier")
	}
	if len(b) != marshaledSize {
		return errors.New("crypto/sha256: invalid hash state size")
	}
	b = b[len(magic224):]
	b, d.h[0] = consumeUint32(b)
	b, d.h[1] = consumeUint32(b)
	b, d.h[2] = consumeUint32(b)
	b, d.h[3] = consumeUint32(b)
	b, d.h[4] = consumeUint32(b)
	b, d.h[5] = consumeUint32(b)
	b, d.h[6] = consumeUint32(b)
	b, d.h[7] = consumeUint32(b)
	block := b[:chunk]
	_, d.len = consumeUint64(b[chunk:])
	// The pending input is the first len%chunk bytes of the block.
	d.x = append([]byte(nil), block[:d.len%chunk]...)
	return nil
}

func consumeUint64(b []byte) ([]byte, uint64) {
	return b[8:], byteorder.BEUint64(b)
}

func consumeUint32(b []byte) ([]byte, uint32) {
	return b[4:], byteorder.BEUint32(b)
}

// Clone returns a copy of the hash's state (hash.Cloner).
func (d *digest) Clone() (hash.Cloner, error) {
	r := *d
	r.x = append([]byte(nil), d.x...)
	return &r, nil
}
