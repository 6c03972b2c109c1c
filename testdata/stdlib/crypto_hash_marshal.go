// Tests: crypto hashes' state encoding (MarshalBinary, AppendBinary, UnmarshalBinary and their errors) and Clone, resumed mid-block.
package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding"
	"fmt"
	"hash"
)

func main() {
	news := []struct {
		name string
		f    func() hash.Hash
	}{
		{"md5", md5.New}, {"sha1", sha1.New}, {"sha224", sha256.New224}, {"sha256", sha256.New},
		{"sha384", sha512.New384}, {"sha512_224", sha512.New512_224}, {"sha512_256", sha512.New512_256}, {"sha512", sha512.New},
	}
	msg := []byte("The quick brown fox jumps over the lazy dog, again and again and again and again and again and again and again!")
	for _, n := range news {
		for _, cut := range []int{0, 3, 64, 100, len(msg)} {
			h := n.f()
			h.Write(msg[:cut])
			state, err := h.(encoding.BinaryMarshaler).MarshalBinary()
			if err != nil {
				fmt.Println(err)
			}
			app, _ := h.(encoding.BinaryAppender).AppendBinary([]byte("prefix"))
			h2 := n.f()
			if err := h2.(encoding.BinaryUnmarshaler).UnmarshalBinary(state); err != nil {
				fmt.Println(err)
			}
			c, err := h.(hash.Cloner).Clone()
			h.Write(msg[cut:])
			h2.Write(msg[cut:])
			c.(hash.Hash).Write(msg[cut:])
			fmt.Printf("%s %d %d %x %q %x %v %v\n", n.name, cut, len(state), state[:8], app[:10], h.Sum(nil)[:8], string(h2.Sum(nil)) == string(h.Sum(nil)), string(c.(hash.Hash).Sum(nil)) == string(h.Sum(nil)))
		}
		h := n.f()
		u := h.(encoding.BinaryUnmarshaler)
		fmt.Println(u.UnmarshalBinary(nil))
		fmt.Println(u.UnmarshalBinary([]byte("xyz\x01abcdefgh")))
		good, _ := h.(encoding.BinaryMarshaler).MarshalBinary()
		fmt.Println(u.UnmarshalBinary(good[:len(good)-1]))
	}
	// A state from another algorithm of the same family is refused.
	s224, _ := sha256.New224().(encoding.BinaryMarshaler).MarshalBinary()
	fmt.Println(sha256.New().(encoding.BinaryUnmarshaler).UnmarshalBinary(s224))
	s384, _ := sha512.New384().(encoding.BinaryMarshaler).MarshalBinary()
	fmt.Println(sha512.New().(encoding.BinaryUnmarshaler).UnmarshalBinary(s384))
}
