// Tests: unrecovered panic with named uint8 type.
package main

type Code uint8

func main() {
	panic(Code(7))
}
