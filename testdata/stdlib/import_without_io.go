// Tests: packages that need the rest of io (bufio, encoding/*) compile when the program does not import io itself
package main

import (
	"bufio"
	"encoding/base32"
	"encoding/base64"
	"encoding/csv"
	"encoding/hex"
	"fmt"
	"strings"
)

func main() {
	fmt.Println(hex.EncodeToString([]byte("hi")), base64.StdEncoding.EncodeToString([]byte("hi")), base32.StdEncoding.EncodeToString([]byte("hi")))
	sc := bufio.NewScanner(strings.NewReader("a b\nc"))
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	recs, err := csv.NewReader(strings.NewReader("x,y\n1,2\n")).ReadAll()
	fmt.Println(recs, err)
	var sb strings.Builder
	d := hex.Dumper(&sb)
	d.Write([]byte("dump me"))
	d.Close()
	fmt.Print(sb.String())
}
