// Tests: many defers in a loop all run in reverse order.
package main

import "fmt"

func main() {
	sum := 0
	func() {
		for i := 1; i <= 100; i++ {
			defer func() { sum += i }()
		}
	}()
	fmt.Println(sum)
	func() {
		for i := range 4 {
			defer fmt.Print(i, " ")
		}
	}()
	fmt.Println()
}
