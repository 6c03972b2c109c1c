// Tests: builtin print and println write to stderr with their own formatting.
package main

import "fmt"

func main() {
	fmt.Println("stdout line")
	println("hello", 42, true, 1.5, 'x')
	print("no", "spaces", 7, "\n")
	var e error
	println(e == nil, -3, uint8(200))
	println(1e21, 0.1, float32(2.5))
	println(complex(1, -2))
	println()
}
