// Tests: recover called from a helper of the deferred func returns nil; panic continues.
package main

import "fmt"

func helper() {
	fmt.Println("helper recover:", recover())
}

func main() {
	defer func() {
		helper()
	}()
	panic("not recovered")
}
