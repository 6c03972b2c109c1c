// Tests: NaN in struct equality and as map keys (each insert is a new key).
// Both NaN entries hold the same value: fmt sorts NaN keys first but keeps
// their (random) iteration order among themselves.
package main

import (
	"fmt"
	"math"
)

type P struct{ V float64 }

func main() {
	n := math.NaN()
	fmt.Println(P{n} == P{n}, P{1} == P{1})
	m := map[float64]int{}
	m[n] = 1
	m[n] = 1
	m[1] = 3
	fmt.Println(len(m), m[n])
	fmt.Println(m)
	a := [2]float64{n, 0}
	fmt.Println(a == a)
}
