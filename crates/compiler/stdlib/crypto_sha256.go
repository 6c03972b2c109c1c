// Ported from Go 1.27 (crypto/sha256/sha256.go and
// crypto/internal/fips140/sha256/sha256.go): Copyright The Go Authors,
// BSD-style licence (Go's LICENSE file). The block function and the final
// padding are natives (crate sha2's compress256), as Go's are assembly.

// Package sha256 implements the SHA224 and SHA256 hash algorithms as defined
// in FIPS 180-4.
package sha256

import "hash"

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
