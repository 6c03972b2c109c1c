// Tests: 1,000 deferred calls that each panic while the previous panic unwinds, the first one deferred recovering the last (100,000 and their time: hostile.rs many_deferred_panics_unwind_in_linear_time; this case stays small because the determinism test traces every event, and a trace shows the whole _panic chain at each one)
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
	}()
	for i := 0; i < 1000; i++ {
		defer func() { panic(i) }()
	}
}
