// Tests: untyped boolean results assigned to a named bool type.
package main

import "fmt"

type Flag bool

func (f Flag) String() string {
	if f {
		return "on"
	}
	return "off"
}

func main() {
	x := 3
	var f Flag = x > 2
	g := Flag(x < 2)
	fmt.Println(f, g, f && !g)
	fmt.Printf("%v %t %T\n", f, g, f == true)
}
