// Tests: compile error: a partially instantiated generic function that is not called cannot infer the rest.
package main

import "fmt"

func Convert[From, To any](x From, f func(From) To) To { return f(x) }

func main() {
	c := Convert[int]
	fmt.Println(c)
}
