// Tests: crypto/rand Read fills the buffer and Text's alphabet and length (values differ per run)
package main

import (
	"crypto/rand"
	"fmt"
	"io"
	"strings"
)

func main() {
	b := make([]byte, 37)
	n, err := rand.Read(b)
	fmt.Println(n, err)
	zeros := 0
	for _, x := range b {
		if x == 0 {
			zeros++
		}
	}
	fmt.Println(zeros < 10)
	t := rand.Text()
	fmt.Println(len(t), strings.Trim(t, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") == "", t != rand.Text())
	c := make([]byte, 16)
	n, err = io.ReadFull(rand.Reader, c)
	fmt.Println(n, err)
}
