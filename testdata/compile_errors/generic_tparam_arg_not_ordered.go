package main

import (
	"maps"
	"slices"
)

func SortedKeys[K comparable, V any](m map[K]V) []K {
	return slices.Sorted(maps.Keys(m))
}

func main() {
	_ = SortedKeys(map[string]int{})
}
