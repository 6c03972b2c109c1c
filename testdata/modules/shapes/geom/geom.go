package geom

import "fmt"

type Square struct{ Side int }

func (s Square) Area() int { return s.Side * s.Side }

func Describe(s Square) string { return fmt.Sprintf("square(%d)", s.Side) }

func Scale(s Square, k int) Square {
	if k <= 0 {
		panic(fmt.Errorf("geom: bad scale %d", k))
	}
	return Square{s.Side * k}
}
