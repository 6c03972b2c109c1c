// Tests: sort.Slice order on many equal keys matches Go's pdqsort; SliceStable keeps input order.
package main

import (
	"fmt"
	"sort"
)

type kv struct {
	k int
	v string
}

func main() {
	var xs []kv
	for i := 0; i < 30; i++ {
		xs = append(xs, kv{i % 3, fmt.Sprint(i)})
	}
	ys := append([]kv(nil), xs...)
	sort.Slice(xs, func(i, j int) bool { return xs[i].k < xs[j].k })
	sort.SliceStable(ys, func(i, j int) bool { return ys[i].k < ys[j].k })
	for _, x := range xs {
		fmt.Print(x.v, " ")
	}
	fmt.Println()
	for _, y := range ys {
		fmt.Print(y.v, " ")
	}
	fmt.Println()
}
