// Tests: cannot infer is reported at the call's parenthesis, past a comment between it and the function
package main

func make2[T any]() []T { return nil }

func main() {
	_ = make2 /* no type argument */ ()
}
