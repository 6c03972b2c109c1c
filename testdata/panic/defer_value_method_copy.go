// Tests: deferred value-receiver method copies the struct at defer time.
package main

import "fmt"

type Acc struct{ items []string; n int }

func (a Acc) Report() { fmt.Println("report", a.n, a.items) }

func main() {
	a := Acc{items: []string{"x"}, n: 1}
	defer a.Report()
	a.n = 2
	a.items[0] = "changed"
	a.items = append(a.items, "y")
}
