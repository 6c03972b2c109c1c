// Tests: compile error: too few return values: have (...) want (...) lines
package main

func f() (int, error) {
	return 1
}

func main() { f() }
