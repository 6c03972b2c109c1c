// Tests: encoding/hex: EncodeToString/DecodeString and their errors, Dump, Dumper, AppendEncode, Decode's InvalidByteError
package main

import (
	"encoding/hex"
	"fmt"
	"os"
)

func main() {
	s := hex.EncodeToString([]byte("Hello, gopher!"))
	fmt.Println(s)
	b, err := hex.DecodeString(s)
	fmt.Printf("%s %v\n", b, err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err, err == hex.ErrLength)
	_, err = hex.DecodeString("zz")
	fmt.Printf("%v %T\n", err, err)
	fmt.Print(hex.Dump([]byte("0123456789abcdefghijk")))
	d := hex.Dumper(os.Stdout)
	d.Write([]byte{1, 2, 3})
	d.Close()
	fmt.Println(hex.AppendEncode(nil, []byte{0xde, 0xad}), hex.EncodedLen(3), hex.DecodedLen(6))
	dst := make([]byte, 2)
	n, err := hex.Decode(dst, []byte("0aFf"))
	fmt.Println(n, dst, err)
}
