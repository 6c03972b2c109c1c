// Tests: a method called through a pointer to a type parameter
package main

type Namer interface{ Name() string }

func name[T Namer](x T) string {
	p := &x
	return p.Name()
}

func main() {}
