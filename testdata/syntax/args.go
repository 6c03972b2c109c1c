// Tests: syntax error: newline inside a call's argument list
package main

func main() {
	x := f(1,
		2
	)
}
