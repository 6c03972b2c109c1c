// Tests: defer recover() directly does not stop the panic.
package main

import "fmt"

func main() {
	defer fmt.Println("printed")
	defer recover()
	panic("still panicking")
}
