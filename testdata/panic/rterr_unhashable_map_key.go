// Tests: using an unhashable dynamic type as a map key panics.
package main

func main() {
	m := map[any]int{}
	m[[]int{1}] = 1
}
