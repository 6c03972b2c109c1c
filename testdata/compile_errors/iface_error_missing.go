// Tests: compile error: a struct used as an error without an Error method
package main

type MyErr struct{}

func f() error {
	return MyErr{}
}

func main() {
	f()
}
