// Tests: constraints with ~ and unions accept named types.
package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Meters float64
type Count int

func main() {
	fmt.Println(Sum(1, 2, 3))
	fmt.Println(Sum(1.5, 2.5))
	fmt.Println(Sum(Meters(1.25), Meters(2)))
	c := Sum(Count(4), Count(5))
	fmt.Printf("%v %T\n", c, c)
}
