// Tests: unrecovered panic with a small negative float prints in runtime e-notation.
package main

func main() {
	panic(-0.000123)
}
