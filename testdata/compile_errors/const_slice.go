// Tests: compile error: a slice constant
package main

const s = []int{1}

func main() {
}
