// Tests: unrecovered panic with float64 value prints runtime format.
package main

func main() {
	panic(1.5e300)
}
