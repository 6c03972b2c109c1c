// Tests: compile error: cap of a map
package main

func main() {
	m := map[int]int{}
	_ = cap(m)
}
