// Tests: a map keyed by a type parameter that is not comparable
package main

func count[T any](xs []T) map[T]int {
	return nil
}

func main() {}
