// Tests: calling a type parameter value whose function types differ
package main

func f[T ~func() | ~func(int)](x T) { x() }

func main() {}
