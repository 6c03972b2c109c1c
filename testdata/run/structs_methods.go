// Tests: structs, value vs pointer receivers, embedding, and %v/%+v printing.
package main

import "fmt"

type Point struct {
	X, Y int
}

func (p Point) Sum() int { return p.X + p.Y }

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

type Named struct {
	Point
	Name string
}

func main() {
	p := Point{1, 2}
	p.Scale(3)
	fmt.Println(p, p.Sum())
	fmt.Printf("%v %+v\n", p, p)
	n := Named{Point{4, 5}, "n"}
	fmt.Println(n.X, n.Sum(), n)
	pp := &n.Point
	pp.Scale(2)
	fmt.Printf("%+v\n", n)
	q := p
	q.X = 100
	fmt.Println(p.X, q.X, p == Point{3, 6})
}
