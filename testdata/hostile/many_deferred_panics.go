// Tests: 100,000 deferred calls that each panic while the previous panic unwinds, the first one deferred recovering the last
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
	}()
	for i := 0; i < 100000; i++ {
		defer func() { panic(i) }()
	}
}
