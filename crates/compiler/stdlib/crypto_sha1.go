// Ported from Go 1.27 (crypto/sha1/sha1.go): Copyright The Go Authors,
// BSD-style licence (Go's LICENSE file). The block function and the final
// padding are natives (crate sha1's compress), as Go's are assembly.

// Package sha1 implements the SHA-1 hash algorithm as defined in RFC 3174.
//
// SHA-1 is cryptographically broken and should not be used for secure
// applications.
package sha1

import (
	"errors"
	"hash"
	"internal/byteorder"
)

// The size of a SHA-1 checksum in bytes.
const Size = 20

// The blocksize of SHA-1 in bytes.
const BlockSize = 64

const chunk = 64

// digest represents the partial evaluation of a checksum.
type digest struct {
	h   [5]uint32
	x   []byte // the input of the block not yet complete
	len uint64
}

// block runs the compression function over p (whole blocks); finish pads
// the tail of a message of n bytes and returns the final state's bytes.
func block(h [5]uint32, p []byte) [5]uint32
func finish(h [5]uint32, tail []byte, n uint64) []byte

func (d *digest) Reset() {
	d.h = [5]uint32{0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0}
	d.x = nil
	d.len = 0
}

// New returns a new [hash.Hash] computing the SHA1 checksum.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

func (d *digest) Size() int { return Size }

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
	return append(in, finish(d.h, d.x, d.len)...)
}

// Sum returns the SHA-1 checksum of the data.
func Sum(data []byte) [Size]byte {
	h := New()
	h.Write(data)
	var sum [Size]byte
	copy(sum[:], h.Sum(nil))
	return sum
}

// ---- The state's encoding (encoding.BinaryMarshaler, BinaryAppender,
// BinaryUnmarshaler), Go's layout: magic, state words, the block (the
// pending input zero-padded), the length.

const (
	magic         = "sha\x01"
	marshaledSize = len(magic) + 5*4 + chunk + 8
)

func (d *digest) MarshalBinary() ([]byte, error) {
	return d.AppendBinary(make([]byte, 0, marshaledSize))
}

func (d *digest) AppendBinary(b []byte) ([]byte, error) {
	b = append(b, magic...)
	b = byteorder.BEAppendUint32(b, d.h[0])
	b = byteorder.BEAppendUint32(b, d.h[1])
	b = byteorder.BEAppendUint32(b, d.h[2])
	b = byteorder.BEAppendUint32(b, d.h[3])
	b = byteorder.BEAppendUint32(b, d.h[4])
	b = append(b, d.x...)
	b = append(b, make([]byte, chunk-len(d.x))...)
	b = byteorder.BEAppendUint64(b, d.len)
	return b, nil
}

func (d *digest) UnmarshalBinary(b []byte) error {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return errors.New("crypto/sha1: invalid hash state identifier")
	}
	if len(b) != marshaledSize {
		return errors.New("crypto/sha1: invalid hash state size")
	}
	b = b[len(magic):]
	b, d.h[0] = consumeUint32(b)
	b, d.h[1] = consumeUint32(b)
	b, d.h[2] = consumeUint32(b)
	b, d.h[3] = consumeUint32(b)
	b, d.h[4] = consumeUint32(b)
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
