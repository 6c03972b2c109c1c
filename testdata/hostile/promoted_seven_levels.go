// Tests: a field and a method promoted through seven levels of embedding
package main

import "fmt"

type A struct{ X int }

func (a *A) Inc() { a.X++ }

type B struct{ A }
type C struct{ B }
type D struct{ C }
type E struct{ D }
type F struct{ E }
type G struct{ F }

func main() {
	var g G
	g.X = 7
	g.Inc()
	fmt.Println(g.X, g.F.E.D.C.B.A.X)
}
