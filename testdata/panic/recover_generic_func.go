// Tests: a deferred generic function can recover.
package main

import "fmt"

func catch[T any](label T) {
	if r := recover(); r != nil {
		fmt.Println(label, r)
	}
}

func main() {
	defer catch("generic caught:")
	panic(42)
}
