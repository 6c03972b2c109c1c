// Tests: compile error: value type assigned to interface whose method has a pointer receiver
package main

type Shape interface{ Area() float64 }
type Sq struct{}

func (s *Sq) Area() float64 { return 1 }

func main() {
	var s Shape = Sq{}
	_ = s
}
