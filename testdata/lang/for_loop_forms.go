// Tests: for loop forms: three-clause, condition-only, infinite with break, continue.
package main

import "fmt"

func main() {
	s := 0
	for i := 0; i < 10; i += 3 {
		s += i
	}
	n := 1
	for n < 100 {
		n *= 3
	}
	k := 0
	for {
		k++
		if k%2 == 0 {
			continue
		}
		if k > 7 {
			break
		}
	}
	fmt.Println(s, n, k)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
}
