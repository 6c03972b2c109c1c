package main

// ~P needs P's underlying type, which a type parameter does not have.
func Under[P any, Q interface{ ~P }](q Q) {}

func main() {
	Under[int](3)
}
