// Tests: a recovered panic that is panicked again prints "[recovered, repanicked]".
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(r)
	}()
	panic("first")
}
