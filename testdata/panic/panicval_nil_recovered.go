// Tests: recovering panic(nil) gives a *runtime.PanicNilError.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
	}()
	panic(nil)
}
