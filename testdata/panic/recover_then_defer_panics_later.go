// Tests: after recovering in one defer, an earlier-registered defer panics again unrecovered.
package main

import "fmt"

func main() {
	defer func() {
		panic("late panic")
	}()
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	panic("early panic")
}
