// Tests: fmt prints maps with sorted keys for ints, strings, and bools.
package main

import "fmt"

func main() {
	m := map[string]int{"z": 1, "a": 2, "m": 3}
	fmt.Println(m)
	n := map[int]string{10: "ten", -1: "neg", 3: "three"}
	fmt.Println(n)
	fmt.Printf("%v %d\n", map[bool]int{true: 1, false: 0}, len(n))
	f := map[float64]bool{2.5: true, -1: false}
	fmt.Println(f)
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
}
