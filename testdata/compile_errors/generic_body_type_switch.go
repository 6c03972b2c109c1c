// Tests: a type switch on a type parameter value
package main

func kind[T any](x T) string {
	switch x.(type) {
	case int:
		return "int"
	}
	return "other"
}

func main() {}
