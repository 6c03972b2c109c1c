// Tests: type assertion and type switch to a type parameter (comma-ok, case T before other cases)
package main

import "fmt"

func As[T any](x any) (T, bool) {
	v, ok := x.(T)
	return v, ok
}

func Kind[T any](x any) string {
	switch x.(type) {
	case T:
		return "T"
	case int:
		return "int"
	}
	return "other"
}

func main() {
	fmt.Println(As[int](3))
	fmt.Println(As[string](3))
	fmt.Println(As[error](fmt.Errorf("e")))
	fmt.Println(Kind[string]("s"), Kind[string](1), Kind[float64](1.5), Kind[int](2))
}
