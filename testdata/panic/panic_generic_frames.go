// Tests: generic function frames appear as main.F[...].
package main

func Check[T comparable](a, b T) {
	if a != b {
		panic("mismatch")
	}
}

func main() {
	Check(1, 1)
	Check("x", "y")
}
