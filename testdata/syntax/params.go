// Tests: syntax error: newline inside a parameter list
package main

func f(a int
) {}
