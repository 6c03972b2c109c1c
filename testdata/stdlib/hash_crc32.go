// Tests: hash/crc32 IEEE, Castagnoli and Koopman checksums, Update, the streaming Hash32, Sum appending, MarshalBinary state
package main

import (
	"encoding"
	"fmt"
	"hash/crc32"
	"strings"
)

func main() {
	data := []byte("The quick brown fox jumps over the lazy dog")
	fmt.Printf("%08x\n", crc32.ChecksumIEEE(data))
	fmt.Printf("%08x\n", crc32.ChecksumIEEE(nil))
	fmt.Printf("%08x\n", crc32.Checksum(data, crc32.MakeTable(crc32.Castagnoli)))
	fmt.Printf("%08x\n", crc32.Checksum(data, crc32.MakeTable(crc32.Koopman)))
	fmt.Printf("%08x\n", crc32.Checksum(data, crc32.IEEETable))
	c := crc32.Update(0, crc32.IEEETable, data[:10])
	c = crc32.Update(c, crc32.IEEETable, data[10:])
	fmt.Printf("%08x\n", c)

	h := crc32.NewIEEE()
	h.Write([]byte("The quick brown fox "))
	fmt.Printf("%08x %d %d\n", h.Sum32(), h.Size(), h.BlockSize())
	h.Write([]byte("jumps over the lazy dog"))
	fmt.Printf("%08x %x\n", h.Sum32(), h.Sum([]byte("prefix:")))
	state, err := h.(encoding.BinaryMarshaler).MarshalBinary()
	fmt.Printf("%q %v\n", state, err)
	h2 := crc32.New(crc32.MakeTable(crc32.Castagnoli))
	err = h2.(encoding.BinaryUnmarshaler).UnmarshalBinary(state)
	fmt.Println(err)
	h.Reset()
	fmt.Printf("%08x\n", h.Sum32())

	big := []byte(strings.Repeat("gostack ", 10000))
	fmt.Printf("%08x %08x\n", crc32.ChecksumIEEE(big), crc32.Checksum(big, crc32.MakeTable(crc32.Castagnoli)))
}
