// Tests: calling a nil func value recovered: runtime error message and type.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%T: %v\n", r, r)
	}()
	var handlers map[string]func()
	h := handlers["missing"]
	h()
}
