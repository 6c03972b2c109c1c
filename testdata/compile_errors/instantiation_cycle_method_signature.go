// A generic type whose (uncalled) method returns a bigger instance of it:
// an instantiation cycle, used or not.
package main

type L[P any] struct{}

func (_ L[P]) m() (_ L[L[P]]) { return }

func main() {}
