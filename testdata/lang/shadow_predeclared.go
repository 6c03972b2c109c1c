// Tests: predeclared identifiers (len, true, nil, string, copy) can be shadowed.
package main

import "fmt"

func main() {
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	true := false
	fmt.Println(true, !true)
	{
		nil := 5
		fmt.Println(nil + 1)
	}
	type string = int
	var s string = 7
	fmt.Printf("%T %v\n", s, s)
	copy := "copy"
	fmt.Println(copy)
}
