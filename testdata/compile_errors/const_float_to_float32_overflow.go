// Tests: compile error: a typed float32 constant operation overflowing float32 (the value in go/constant's 6-digit form)
package main

import "fmt"

func main() {
	fmt.Println(float32(1e38) * 10)
}
