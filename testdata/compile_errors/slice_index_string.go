// Tests: compile error: string used as a slice index
package main

func main() {
	xs := []int{1}
	println(xs["0"])
}
