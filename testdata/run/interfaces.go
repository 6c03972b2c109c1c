// Tests: interface satisfaction, dynamic dispatch, type assertions and type switches, Stringer.
package main

import "fmt"

type Shape interface {
	Area() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (c Circle) Area() float64  { return 3 * c.R * c.R }
func (c Circle) String() string { return fmt.Sprintf("Circle(%g)", c.R) }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprint("int ", x+1)
	case Shape:
		return fmt.Sprint("shape with area ", x.Area())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, Circle{1}}
	for _, s := range shapes {
		fmt.Println(s, s.Area())
	}
	_, isRect := shapes[1].(Rect)
	fmt.Println(isRect)
	fmt.Println(describe(nil), describe(4), describe(Rect{1, 1}), describe("s"))
}
