// Tests: crypto/sha256, sha512, sha1, md5 digests (Sum*, New, streaming Write, Sum appending, Reset) and hash.Hash
package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"hash"
	"io"
	"strings"
)

func main() {
	inputs := []string{"", "abc", "hello, world\n", strings.Repeat("a", 55), strings.Repeat("b", 56), strings.Repeat("c", 64), strings.Repeat("xyz", 100), strings.Repeat("q", 111), strings.Repeat("r", 112), strings.Repeat("s", 1000)}
	for _, in := range inputs {
		b := []byte(in)
		fmt.Printf("%d\n", len(in))
		fmt.Printf(" md5    %x\n", md5.Sum(b))
		fmt.Printf(" sha1   %x\n", sha1.Sum(b))
		fmt.Printf(" sha224 %x\n", sha256.Sum224(b))
		fmt.Printf(" sha256 %x\n", sha256.Sum256(b))
		fmt.Printf(" sha384 %x\n", sha512.Sum384(b))
		fmt.Printf(" sha512 %x\n", sha512.Sum512(b))
		fmt.Printf(" s512/224 %x\n", sha512.Sum512_224(b))
		fmt.Printf(" s512/256 %x\n", sha512.Sum512_256(b))
	}

	news := []struct {
		name string
		f    func() hash.Hash
	}{{"md5", md5.New}, {"sha1", sha1.New}, {"sha224", sha256.New224}, {"sha256", sha256.New}, {"sha384", sha512.New384}, {"sha512", sha512.New}}
	data := strings.Repeat("The quick brown fox jumps over the lazy dog. ", 20)
	for _, n := range news {
		h := n.f()
		// Write in uneven pieces.
		for i := 0; i < len(data); i += 7 {
			io.WriteString(h, data[i:min(i+7, len(data))])
		}
		mid := h.Sum([]byte("prefix:"))
		h.Write([]byte("more"))
		end := hex.EncodeToString(h.Sum(nil))
		h.Reset()
		h.Write([]byte(data + "more"))
		fmt.Println(n.name, h.Size(), h.BlockSize(), string(mid[:7]), hex.EncodeToString(mid[7:]), end == hex.EncodeToString(h.Sum(nil)))
	}
	fmt.Println(md5.Size, md5.BlockSize, sha1.Size, sha256.Size, sha256.Size224, sha256.BlockSize, sha512.Size, sha512.Size384, sha512.BlockSize)
	sum := sha256.Sum256([]byte("x"))
	fmt.Println(hex.EncodeToString(sum[:4]), len(sum))
}
