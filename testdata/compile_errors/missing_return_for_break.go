// Tests: compile error: a for loop with a break is not terminating
package main

func f() int {
	for {
		break
	}
}

func main() {
	f()
}
