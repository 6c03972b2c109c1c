// Tests: unrecovered panic with a rune value prints its integer code (int32).
package main

func main() {
	panic('x')
}
