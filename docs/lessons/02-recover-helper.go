// Lesson 2: recover stops a panic only when the deferred function itself
// calls it. Called from a helper, recover returns nil and the panic goes on.
package main

import "fmt"

func helper() any {
	return recover() // not called directly by a deferred function: nil
}

func safe() (err error) {
	defer func() {
		if r := recover(); r != nil { // called by the deferred function: stops the panic
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	defer func() {
		fmt.Println("helper's recover returned", helper())
	}()
	panic("boom")
}

func main() {
	fmt.Println("safe returned:", safe())
}
