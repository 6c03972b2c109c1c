// Tests: an unrecovered panic with a string prints "panic: msg", a traceback, and exits 2.
package main

import "fmt"

func main() {
	fmt.Println("start")
	panic("something bad happened")
}
