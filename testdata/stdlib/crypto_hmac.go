// Tests: crypto/hmac with sha256/sha1/md5 (long keys hashed), Equal, Reset, and crypto/subtle
package main

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"fmt"
	"strings"
)

func main() {
	key := []byte("secret-key")
	msg := []byte("The quick brown fox jumps over the lazy dog")
	m := hmac.New(sha256.New, key)
	m.Write(msg)
	sum := m.Sum(nil)
	fmt.Println(hex.EncodeToString(sum), m.Size(), m.BlockSize())
	m.Reset()
	m.Write(msg[:10])
	m.Write(msg[10:])
	fmt.Println(hmac.Equal(sum, m.Sum(nil)))
	fmt.Println(hmac.Equal(sum, sum[:5]))

	long := []byte(strings.Repeat("k", 200))
	for _, f := range []func() []byte{
		func() []byte { h := hmac.New(sha1.New, long); h.Write(msg); return h.Sum(nil) },
		func() []byte { h := hmac.New(md5.New, []byte("")); h.Write(msg); return h.Sum(nil) },
		func() []byte { h := hmac.New(sha256.New224, long); h.Write(msg); return h.Sum(nil) },
	} {
		fmt.Println(hex.EncodeToString(f()))
	}
	fmt.Println(subtle.ConstantTimeCompare([]byte("abc"), []byte("abc")), subtle.ConstantTimeCompare([]byte("abc"), []byte("abd")), subtle.ConstantTimeEq(3, 3), subtle.ConstantTimeByteEq(1, 2))
	dst := make([]byte, 3)
	fmt.Println(subtle.XORBytes(dst, []byte{1, 2, 3}, []byte{3, 2, 1, 0}), dst)
	fmt.Println(subtle.ConstantTimeSelect(1, 10, 20), subtle.ConstantTimeSelect(0, 10, 20), subtle.ConstantTimeLessOrEq(3, 4))
}
