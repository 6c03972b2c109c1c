// Tests: a field selected through a value of a defined pointer type (type P *struct{...}) is (*p).f, readable and assignable, and nil panics.
package main

import "fmt"

type S struct{ x struct{ y int } }

type P *S

type Q *struct{ a, b int }

func main() {
	var s S
	var p P = &s
	p.x.y = 7
	fmt.Println(s.x.y, p.x.y)
	q := Q(&struct{ a, b int }{1, 2})
	q.b += 40
	fmt.Println(q.a, q.b, (*q).b)
	defer func() { fmt.Println(recover()) }()
	var z P
	fmt.Println(z.x.y)
}
