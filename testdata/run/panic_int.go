// Tests: panicking with an int prints the value with its (basic) type's runtime formatting.
package main

func main() {
	panic(42)
}
