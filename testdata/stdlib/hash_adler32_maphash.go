// Tests: hash/adler32 checksums and hash.Hash32, hash/maphash's consistency rules (values are random per process)
package main

import (
	"fmt"
	"hash/adler32"
	"hash/maphash"
	"strings"
)

func main() {
	for _, s := range []string{"", "a", "Wikipedia", strings.Repeat("x", 6000)} {
		fmt.Printf("%08x\n", adler32.Checksum([]byte(s)))
	}
	h := adler32.New()
	h.Write([]byte("Wiki"))
	h.Write([]byte("pedia"))
	fmt.Printf("%08x %x %d %d\n", h.Sum32(), h.Sum([]byte{0xff}), h.Size(), h.BlockSize())
	h.Reset()
	fmt.Println(h.Sum32())

	seed := maphash.MakeSeed()
	long := strings.Repeat("abcdefghij", 50)
	var mh maphash.Hash
	mh.SetSeed(seed)
	mh.WriteString(long[:7])
	mh.Write([]byte(long[7:300]))
	mh.WriteByte(long[300])
	mh.WriteString(long[301:])
	a := mh.Sum64()
	fmt.Println(a == maphash.String(seed, long), a == maphash.Bytes(seed, []byte(long)))
	fmt.Println(maphash.String(seed, "x") == maphash.String(seed, "x"), maphash.String(seed, "x") != maphash.String(seed, "y"))
	mh.Reset()
	mh.WriteString("x")
	fmt.Println(mh.Sum64() == maphash.String(seed, "x"), mh.Seed() == seed, len(mh.Sum(nil)), mh.Size(), mh.BlockSize())
	var z maphash.Hash
	z.WriteString("hi")
	fmt.Println(z.Sum64() == maphash.String(z.Seed(), "hi"))
	defer func() { fmt.Println("recovered:", recover()) }()
	maphash.String(maphash.Seed{}, "x")
}
