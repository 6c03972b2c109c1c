// Tests: syntax error: non-type type argument
package main

func main() {
	_ = &([10]bool[1]{})
}
