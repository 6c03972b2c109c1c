// Tests: type switch on a value of type parameter converted to any.
package main

import "fmt"

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return fmt.Sprintf("int %d", x)
	case string:
		return fmt.Sprintf("string %q", x)
	case fmt.Stringer:
		return "stringer " + x.String()
	}
	return fmt.Sprintf("other %T", v)
}

type N struct{}

func (N) String() string { return "N!" }

func main() {
	fmt.Println(Describe(3))
	fmt.Println(Describe("s"))
	fmt.Println(Describe(N{}))
	fmt.Println(Describe([]float64{1}))
}
