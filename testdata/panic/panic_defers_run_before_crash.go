// Tests: deferred calls all run (printing) before an unrecovered panic report.
package main

import "fmt"

func f() {
	defer fmt.Println("f defer")
	panic("crash")
}

func main() {
	defer fmt.Println("main defer")
	f()
}
