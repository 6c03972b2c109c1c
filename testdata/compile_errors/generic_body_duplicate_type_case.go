// Tests: a type parameter listed twice in a type switch of a generic body
package main

func kind[T any](x any) int {
	switch x.(type) {
	case T:
		return 1
	case T:
		return 2
	}
	return 0
}

func main() {}
