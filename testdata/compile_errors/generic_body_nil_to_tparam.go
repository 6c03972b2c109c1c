// Tests: assigning nil to a type parameter variable
package main

func reset[T any](x *T) {
	*x = nil
}

func main() {}
