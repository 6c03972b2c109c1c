// Tests: make(T) with slice and map types in T: the core type error comes before the argument count
package main

func f[T ~[]int | ~map[int]int]() { _ = make(T) }

func main() {}
