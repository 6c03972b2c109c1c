// Tests: compile error: a value missing a method passed as an interface argument
package main

type Writer interface{ Write(p []byte) (int, error) }

type T struct{}

func use(w Writer) {}

func main() {
	use(T{})
}
