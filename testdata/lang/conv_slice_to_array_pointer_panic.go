// Tests: an unrecovered failed slice to array pointer conversion: the runtime's message and the frames.
package main

import "fmt"

func view(s []byte) *[4]byte {
	return (*[4]byte)(s)
}

func main() {
	b := []byte("abcdef")
	fmt.Println(*view(b[2:]))
	fmt.Println(*view(b[3:]))
}
