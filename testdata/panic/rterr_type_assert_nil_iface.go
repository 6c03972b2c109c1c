// Tests: type assertion on a nil interface.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
	}()
	var v any
	_ = v.(string)
}
