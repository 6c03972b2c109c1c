// Tests: compile error: the arguments of go/defer of an undefined function count as used
package main

func main() {
	msg := "hi"
	n := 2
	go undefinedWorker(msg)
	defer undefinedCleanup(n)
}
