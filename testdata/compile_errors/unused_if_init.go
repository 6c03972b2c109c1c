// Tests: compile error: a variable declared in an if statement's init and never used
package main

func f() int { return 1 }

func main() {
	if x := f(); true {
	}
}
