// Tests: a generic function instantiating itself with a bigger type argument is an instantiation cycle even when it is never called (and checking it ends)
package main

import "fmt"

func g[P any](a, b P) {
	g(&a, &b)
	g([]P{}, []P{})
}

func main() {
	fmt.Println("ok")
}
