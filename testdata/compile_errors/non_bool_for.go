// Tests: compile error: a non-boolean for condition
package main

func main() {
	n := 3
	for n {
		n--
	}
}
