// Tests: a function literal in a compile error is shown with its signature and parameter names, in the literal's text and in its type
package main

func main() {
	var handler func(int) int = func(s string, n ...int) (out int) { return len(s) }
	_ = handler
}
