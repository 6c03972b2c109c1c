// Tests: struct and array equality comparison, and use as map keys.
package main

import "fmt"

type Point struct{ X, Y int }
type Line struct{ A, B Point }

func main() {
	p, q := Point{1, 2}, Point{1, 2}
	fmt.Println(p == q, p != Point{2, 1})
	l1 := Line{p, Point{3, 4}}
	l2 := Line{q, Point{3, 4}}
	fmt.Println(l1 == l2)
	m := map[Point]string{p: "a"}
	m[Point{1, 2}] = "b"
	fmt.Println(len(m), m[q])
	a, b := [3]int{1, 2, 3}, [3]int{1, 2, 3}
	fmt.Println(a == b)
}
