// Tests: compile error: a method on an unnamed slice type
package main

func (s []int) Sum() int { return 0 }

func main() {
}
