// Tests: defer panic(v) shows gc's deferwrap frame (it called gopanic) above the function.
package main

import "fmt"

func work(n int) {
	defer panic(fmt.Sprintf("deferred %d", n))
	fmt.Println("working")
}

func main() {
	work(7)
}
