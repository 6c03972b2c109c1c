// Tests: unrecovered panic with complex value.
package main

func main() {
	panic(complex(1, -2))
}
