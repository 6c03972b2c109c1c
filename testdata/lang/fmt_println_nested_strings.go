// Tests: Println of nested slices/maps containing empty strings and structs.
package main

import "fmt"

type In struct {
	A string
	B []int
}

type Out struct {
	In
	C map[string]In
}

func main() {
	fmt.Println([]string{"", "a", ""}, [][]string{{"x"}, {}, nil})
	o := Out{In{"", nil}, map[string]In{"k": {"v", []int{1}}}}
	fmt.Println(o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", In{"q", []int{}})
	fmt.Printf("%c %c|%5c|\n", -1, 0x110000, 'x')
}
