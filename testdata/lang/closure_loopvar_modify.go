// Tests: modifying the loop var inside the body affects that iteration's copy and the next.
package main

import "fmt"

func main() {
	var ps []*int
	for i := 0; i < 6; i++ {
		ps = append(ps, &i)
		i++
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}
