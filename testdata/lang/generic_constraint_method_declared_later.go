// Tests: a generic type instantiated in a declaration before the methods its constraint needs are declared
package main

import "fmt"

type Node[U interface{ Next() Node[U] }] struct{ val U }

type Counter int

func (c Counter) Next() Node[Counter] { return Node[Counter]{c + 1} }

type Builder[T ~struct{ Builder[T] }] struct{}

type myBuilder struct {
	Builder[myBuilder]
}

var start = Node[Counter]{41}

func main() {
	fmt.Println(start.val.Next().val)
	fmt.Printf("%T\n", myBuilder{})
}
