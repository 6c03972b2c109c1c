// Tests: compile error: a type, an uncalled builtin or a package name where a value is needed (types2's exclude)
package main

import "fmt"

func f(x any) {}

func main() {
	var y any = len
	f(int)
	fmt.Println(string)
	z := cap
	println(int)
	w := fmt
	_, _, _ = y, z, w
}
