// Tests: recover returns nil when not panicking.
package main

import "fmt"

func main() {
	fmt.Println(recover())
	defer func() {
		fmt.Println("deferred recover:", recover())
	}()
	fmt.Println("end")
}
