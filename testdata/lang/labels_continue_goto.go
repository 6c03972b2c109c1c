// Tests: labeled continue in nested loops and goto.
package main

import "fmt"

func main() {
Outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue Outer
			}
			if i == 2 {
				break Outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	n := 0
loop:
	if n < 5 {
		n += 2
		goto loop
	}
	fmt.Println(n)
}
