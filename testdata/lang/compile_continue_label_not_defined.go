// Tests: compile error: continue names a label that does not exist.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		if i == 1 {
			continue Next
		}
		fmt.Println(i)
	}
}
