// Tests: compile error: a method expression on T of a method with a pointer receiver
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func main() {
	inc := Counter.Inc
	fmt.Println(inc)
}
