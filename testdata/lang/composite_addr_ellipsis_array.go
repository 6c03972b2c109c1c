// Tests: the address of a [...]T literal points to an array of the literal's length (with keyed elements too), at package level and in a function
package main

import "fmt"

var g = &[...]byte{1, 4: 1, 1}

func main() {
	l := &[...]string{"a", "b"}
	k := &[...]int{5: 7}
	fmt.Printf("%T %T %T\n", g, l, k)
	fmt.Println(len(g), len(l), len(k), g, l, k)
	for i := range k {
		k[i] = i
	}
	fmt.Println(*k, cap(k[:]))
}
