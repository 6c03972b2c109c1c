// Tests: compile error: && with operands of different boolean types is mismatched.
package main

import "fmt"

type MyBool bool

func main() {
	b, mb := true, MyBool(true)
	fmt.Println(b && mb)
}
