// Tests: encoding/base64 and base32: the four encodings, decode errors (CorruptInputError), streaming Encoder/Decoder, lengths
package main

import (
	"bytes"
	"encoding/base32"
	"encoding/base64"
	"fmt"
	"io"
	"strings"
)

func main() {
	e := base64.StdEncoding.EncodeToString([]byte("any carnal pleas"))
	fmt.Println(e, base64.URLEncoding.EncodeToString([]byte{0xfb, 0xff}), base64.RawStdEncoding.EncodeToString([]byte("ab")), base64.RawURLEncoding.EncodeToString([]byte{0xfb, 0xff}))
	db, err := base64.StdEncoding.DecodeString(e)
	fmt.Printf("%q %v\n", db, err)
	_, err = base64.StdEncoding.DecodeString("YW55!")
	fmt.Printf("%v %T\n", err, err)
	_, err = base64.StdEncoding.DecodeString("YQ")
	fmt.Println(err)
	fmt.Println(base64.StdEncoding.EncodedLen(10), base64.StdEncoding.DecodedLen(16), base64.RawStdEncoding.EncodedLen(10))
	var buf bytes.Buffer
	enc := base64.NewEncoder(base64.StdEncoding, &buf)
	enc.Write([]byte("streaming data"))
	enc.Close()
	fmt.Println(buf.String())
	dec := base64.NewDecoder(base64.StdEncoding, strings.NewReader(buf.String()))
	out, err := io.ReadAll(dec)
	fmt.Printf("%q %v\n", out, err)
	fmt.Println(base64.StdEncoding.WithPadding('*').EncodeToString([]byte("a")), base64.StdEncoding.Strict().EncodeToString([]byte("xyz")))
	fmt.Println(base32.StdEncoding.EncodeToString([]byte("foobar")), base32.HexEncoding.EncodeToString([]byte("f")))
	b32, err := base32.StdEncoding.DecodeString("MZXW6YTBOI======")
	fmt.Printf("%s %v\n", b32, err)
	_, err = base32.StdEncoding.DecodeString("M1")
	fmt.Println(err)
}
