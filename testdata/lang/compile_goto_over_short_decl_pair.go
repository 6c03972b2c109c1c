// Tests: compile error: goto over a two-variable short declaration names both (position of :=).
package main

import "fmt"

func main() {
	goto Done
	q, r := 7/2, 7%2
Done:
	fmt.Println(q, r)
}
