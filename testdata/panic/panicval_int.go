// Tests: unrecovered panic with int value.
package main

func main() {
	panic(-42)
}
