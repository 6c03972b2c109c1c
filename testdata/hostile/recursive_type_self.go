// Tests: a struct type that contains itself is gc's invalid recursive type
package main

type T struct{ t T }

func main() {
	var x T
	_ = x
}
