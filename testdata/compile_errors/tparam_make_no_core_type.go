// Tests: make of a type parameter whose slices differ (make needs a core type)
package main

func f[T ~[]int | ~[]string](n int) T { return make(T, n) }

func main() {}
