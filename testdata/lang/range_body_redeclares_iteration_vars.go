// Tests: a range body is a block of its own: it may redeclare the iteration variables (v := v)
package main

import "fmt"

func main() {
	var fs []func() int
	for i, v := range []int{10, 20, 30} {
		v := v * 2
		i := i + 1
		fs = append(fs, func() int { return i + v })
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	m := map[string]int{"a": 1}
	for k, v := range m {
		k := k + "!"
		v := v + 1
		fmt.Println(k, v)
	}
	for i := range 2 {
		i := i * 10
		defer fmt.Println("deferred", i)
	}
}
