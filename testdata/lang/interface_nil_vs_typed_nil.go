// Tests: an interface holding a typed nil pointer is not nil.
package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "myerr" }

func find(fail bool) error {
	var p *MyErr
	if fail {
		return p
	}
	return nil
}

func main() {
	e1 := find(false)
	e2 := find(true)
	fmt.Println(e1 == nil, e2 == nil)
	fmt.Printf("%v %T\n", e1, e1)
	fmt.Printf("%T\n", e2)
	var i interface{}
	fmt.Println(i == nil, i)
}
