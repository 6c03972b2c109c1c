// Tests: compile error: too few return values, one of them an untyped constant
package main

func parse() (int, string, error) {
	return 1, "x"
}

func main() {
	parse()
}
