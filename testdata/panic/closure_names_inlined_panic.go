// Tests: a panic in a closure nested in an immediately called literal (main.main.func2, inlined by gc): the traceback names the nested closure main.main.func2.func1, not main.main.func2.1
package main

import "fmt"

func main() {
	defer func() {
		show := func() { fmt.Println("deferred closure runs") }
		show()
	}()
	func() {
		check := func(n int) {
			if n > 2 {
				panic(fmt.Sprintf("too big: %d", n))
			}
		}
		for i := 0; i < 5; i++ {
			check(i)
		}
	}()
}
