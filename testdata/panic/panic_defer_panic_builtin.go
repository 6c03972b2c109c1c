// Tests: defer panic(...) directly shows deferwrap frame.
package main

import "fmt"

func main() {
	defer panic("deferred builtin panic")
	fmt.Println("body")
}
