// Tests: compile error: a constant initialised by a function call
package main

func f() int { return 1 }

const c = f()

func main() {
}
