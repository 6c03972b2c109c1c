// Tests: arrays of arrays as map keys and equality of nested arrays.
package main

import "fmt"

type Grid [2][2]int

func main() {
	seen := map[Grid]int{}
	g1 := Grid{{1, 2}, {3, 4}}
	g2 := g1
	seen[g1]++
	seen[g2]++
	g2[1][1] = 0
	seen[g2]++
	fmt.Println(len(seen), seen[g1], g1 == g2, seen)
	var a, b [3][]int
	fmt.Println(len(a), a[0] == nil, b[2] == nil)
}
