// Tests: Stringer and error methods used by fmt; error wins over String.
package main

import "fmt"

type S struct{ v int }

func (s S) String() string { return fmt.Sprintf("S<%d>", s.v) }

type E struct{}

func (E) Error() string  { return "E-error" }
func (E) String() string { return "E-string" }

type P struct{ v int }

func (p *P) String() string { return "ptr-stringer" }

func main() {
	fmt.Println(S{1}, &S{2}, E{})
	fmt.Printf("%v %s %d\n", S{3}, S{4}, S{5})
	fmt.Println(P{1}, &P{2})
	fmt.Println([]S{{6}, {7}}, map[string]S{"a": {8}})
	fmt.Printf("%x\n", S{9})
}
