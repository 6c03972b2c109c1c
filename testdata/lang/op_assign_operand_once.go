// Tests: x op= y and x++ evaluate x's index, key, pointer and selector operands once.
package main

import "fmt"

type T struct {
	n   int
	arr [3]int
	m   map[string]int
}

var trace []string

func tr(s string) int { trace = append(trace, s); return 1 }
func key(s string) string { trace = append(trace, s); return "k" }

var G [4]int

func main() {
	var t T
	pt := func() *T { tr("pt"); return &t }
	pt().n += 5
	pt().n++
	pt().arr[tr("a")] += 2
	pt().arr[tr("b")]++
	t.m = map[string]int{}
	pt().m[key("m1")] += 4
	pt().m[key("m2")]++
	fmt.Println(t.n, t.arr, t.m, trace)
	trace = nil
	G[tr("g")] <<= 3
	G[tr("g")] |= 5
	G[tr("g")]--
	fmt.Println(G, trace)
	trace = nil
	ss := [][]string{{"p"}}
	ss[tr("o")-1][tr("i")-1] += "q"
	fmt.Println(ss, trace)
	x := 5
	func() { x += 2; x++ }()
	fmt.Println(x)
	a8 := []int8{127}
	a8[0]++
	var u uint8 = 255
	u++
	fmt.Println(a8, u)
	defer func() { fmt.Println(recover(), trace) }()
	var nm map[string]int
	nm[key("nil")]++
}
