// Tests: range over int, including zero and typed ints.
package main

import "fmt"

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for range 0 {
		fmt.Println("never")
	}
	var n int8 = 3
	for i := range n {
		fmt.Printf("%T ", i)
	}
	fmt.Println()
	total := 0
	for range 5 {
		total++
	}
	fmt.Println(total)
}
