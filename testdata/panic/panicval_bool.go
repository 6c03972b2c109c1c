// Tests: unrecovered panic with a bool value.
package main

func main() {
	panic(false)
}
