package main

import "fmt"

// With an interface tag, case constants compare by type and value:
// `case 3` (an int) and `case T(3)` are different cases, not duplicates.

type T int
type S string

func which(v interface{}) string {
	switch v {
	case 3:
		return "int 3"
	case T(3):
		return "T 3"
	case int8(3):
		return "int8 3"
	case "x":
		return "string x"
	case S("x"):
		return "S x"
	case 3.0:
		return "float64 3"
	case nil:
		return "nil"
	}
	return "none"
}

func main() {
	fmt.Println(which(3), which(T(3)), which(int8(3)), which("x"), which(S("x")), which(3.0), which(nil), which(uint(3)))
}
