package main

// A type parameter may not be the constraint of another: its type set is
// not known where the list is declared.
func Pick[A any, B A](a A, b B) A { return a }

func main() {
	println(Pick(1, 2))
}
