// Tests: compile error: a builtin with too few arguments, in types2's words at the call.
package main

func main() {
	m := map[int]int{}
	delete(m)
}
