// Tests: compile error: iota overflowing a typed uint8 constant
package main

const (
	A uint8 = 254 + iota
	B
	C
)

func main() {
}
