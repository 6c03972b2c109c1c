// Tests: compile error: wrong number of type arguments in explicit instantiation.
package main

import "fmt"

func Pair[K comparable, V any](k K, v V) string { return fmt.Sprint(k, v) }

func main() {
	fmt.Println(Pair[int, string, bool](1, "a"))
}
