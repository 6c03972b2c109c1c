// Ported from Go 1.27 (crypto/rand/rand.go, text.go): Copyright The Go
// Authors, BSD-style licence (Go's LICENSE file).
//
// gostack has no operating-system randomness: the bytes come from the
// runtime's generator (math/rand's), random per run as in Go but fixed by
// the run's random seed, and NOT cryptographically secure.

// Package rand implements a cryptographically secure
// random number generator.
package rand

import "io"

// Reader is a global, shared instance of a cryptographically
// secure random number generator (gostack: the runtime's generator).
var Reader io.Reader = &reader{}

type reader struct{}

func (r *reader) Read(b []byte) (n int, err error) {
	fill(b)
	return len(b), nil
}

func runtime_rand() uint64

func fill(b []byte) {
	for i := 0; i < len(b); i += 8 {
		x := runtime_rand()
		for j := i; j < len(b) && j < i+8; j++ {
			b[j] = byte(x)
			x >>= 8
		}
	}
}

// Read fills b with cryptographically secure random bytes. It never returns
// an error, and always fills b entirely.
func Read(b []byte) (n int, err error) {
	if _, ok := Reader.(*reader); ok {
		fill(b)
	} else {
		bb := make([]byte, len(b))
		_, err = io.ReadFull(Reader, bb)
		copy(b, bb)
	}
	if err != nil {
		panic("crypto/rand: failed to read random data (see https://go.dev/issue/66821): " + err.Error())
	}
	return len(b), nil
}

const base32alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

// Text returns a cryptographically random string using the standard RFC 4648 base32 alphabet
// for use when a secret string, token, password, or other text is needed.
// The result contains at least 128 bits of randomness, enough to prevent brute force
// guessing attacks and to make the likelihood of collisions vanishingly small.
// A future version may return longer texts as needed to maintain those properties.
func Text() string {
	// ⌈log₃₂ 2¹²⁸⌉ = 26 chars
	src := make([]byte, 26)
	Read(src)
	for i := range src {
		src[i] = base32alphabet[src[i]%32]
	}
	return string(src)
}
