// Tests: a panic value whose Error method panics gives a fatal error.
package main

type Bad struct{}

func (Bad) Error() string { panic("error method panicked") }

func main() {
	panic(Bad{})
}
