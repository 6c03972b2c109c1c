// Tests: type aliases share identity; defined types do not.
package main

import "fmt"

type MyInt = int
type Other int

func main() {
	var a MyInt = 5
	var b int = a
	var c Other = Other(b)
	fmt.Printf("%T %T %T\n", a, b, c)
	var x any = a
	_, isInt := x.(int)
	var y any = c
	_, isInt2 := y.(int)
	fmt.Println(isInt, isInt2)
}
