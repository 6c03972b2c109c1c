// Tests: a type parameter constrained by any passed where comparable is required
package main

func index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func find[T any](xs []T, x T) int {
	return index[T](xs, x)
}

func main() {}
