// Tests: compile error: goto over a var declaration names its first variable; a nested goto jumping out is checked too.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		if i == 1 {
			goto End
		}
	}
	var (
		total = 10
		count = 2
	)
End:
	fmt.Println(total, count)
}
