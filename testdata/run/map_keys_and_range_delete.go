// Tests: map keys hashed and compared as Go does (ints, strings, ±0 and NaN floats, structs, arrays, interfaces, pointers) and deleting during range never skips a live entry.
package main

import (
	"fmt"
	"math"
)

type P struct {
	X, Y int
	S    string
}

func main() {
	// Deleting during range: every live entry is still visited exactly once.
	m := map[int]int{}
	for i := 0; i < 1000; i++ {
		m[i] = i
	}
	visits := map[int]int{}
	for k := range m {
		visits[k]++
		delete(m, k)
		delete(m, 999-k)
	}
	dups := 0
	for _, n := range visits {
		if n > 1 {
			dups++
		}
	}
	fmt.Println(len(m), dups, len(visits) >= 500)

	// Many deletes then inserts (tombstones reused).
	big := map[int]int{}
	for i := 0; i < 5000; i++ {
		big[i*7] = i
	}
	for i := 0; i < 5000; i += 2 {
		delete(big, i*7)
	}
	for i := 0; i < 2500; i++ {
		big[i] += 1
	}
	sum := 0
	for k, v := range big {
		sum += k ^ v
	}
	fmt.Println(len(big), sum, big[7], big[14], big[0])

	// Floats: +0 and -0 are one key (the key is updated), NaN never matches.
	f := map[float64]string{}
	f[0.0] = "pos"
	f[math.Copysign(0, -1)] = "neg"
	f[math.NaN()] = "a"
	f[math.NaN()] = "b"
	_, ok := f[math.NaN()]
	fmt.Println(len(f), f[0], ok)
	for k, v := range f {
		if !math.IsNaN(k) {
			fmt.Println(k, v, math.Signbit(k))
		}
	}
	delete(f, math.NaN())
	fmt.Println(len(f))

	// Composite and interface keys.
	s := map[P]int{{1, 2, "a"}: 1}
	s[P{1, 2, "a"}]++
	s[P{1, 2, "b"}]++
	fmt.Println(len(s), s[P{1, 2, "a"}], s[P{X: 1, Y: 2, S: "b"}])
	a := map[[2]string]bool{{"x", "y"}: true}
	fmt.Println(a[[2]string{"x", "y"}], a[[2]string{"y", "x"}])
	var i map[interface{}]string = map[interface{}]string{}
	i[1] = "int"
	i[int64(1)] = "int64"
	i["1"] = "string"
	i[P{1, 0, ""}] = "struct"
	i[nil] = "nil"
	fmt.Println(len(i), i[1], i[int64(1)], i["1"], i[P{X: 1}], i[nil], i[uint(1)] == "")
	x, y := new(int), new(int)
	pm := map[*int]int{x: 1, y: 2, nil: 3}
	fmt.Println(pm[x], pm[y], pm[nil], len(pm))
	ch := make(chan int)
	cm := map[chan int]bool{ch: true}
	fmt.Println(cm[ch], cm[make(chan int)])
	e := map[error]int{nil: 1}
	fmt.Println(e[nil])

	// Unhashable dynamic key type panics.
	defer func() { fmt.Println("recovered:", recover()) }()
	i[[]int{1}] = "slice"
}
