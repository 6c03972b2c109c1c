// Tests: hash/fnv 32/64/128-bit FNV-1 and FNV-1a sums, Sum appending, Reset, hash.Hash interfaces
package main

import (
	"fmt"
	"hash"
	"hash/fnv"
)

func main() {
	data := []byte("hello, world")
	for _, h := range []hash.Hash{fnv.New32(), fnv.New32a(), fnv.New64(), fnv.New64a(), fnv.New128(), fnv.New128a()} {
		h.Write(data)
		fmt.Printf("%T %d %d %x\n", h, h.Size(), h.BlockSize(), h.Sum(nil))
	}
	h32 := fnv.New32a()
	h32.Write([]byte("hello, "))
	h32.Write([]byte("world"))
	fmt.Println(h32.Sum32())
	h32.Reset()
	fmt.Println(h32.Sum32())
	h64 := fnv.New64a()
	fmt.Println(h64.Sum64())
	h64.Write([]byte("a"))
	fmt.Printf("%x\n", h64.Sum([]byte{0xff}))
	var _ hash.Hash64 = h64
	// A common use: bucket a key.
	buckets := make([]int, 4)
	for _, k := range []string{"alice", "bob", "carol", "dave", "eve", "frank"} {
		h := fnv.New32a()
		h.Write([]byte(k))
		buckets[h.Sum32()%4]++
	}
	fmt.Println(buckets)
}
