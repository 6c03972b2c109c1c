// Tests: range over a type parameter whose types have different underlying types (no core type)
package main

func f[T ~[]int | ~map[int]int](x T) {
	for range x {
	}
}

func main() {}
