package main

// A range-over-func iterator's yield must return the predeclared bool, not
// a boolean type of the program's.

type B bool

type It func(func(int) B)

func bad(yield func(int) B) {}

func main() {
	for x := range It(bad) {
		_ = x
	}
}
