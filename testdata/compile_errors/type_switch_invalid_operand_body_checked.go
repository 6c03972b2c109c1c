// Tests: compile error: a type switch on an undefined operand still checks its clauses
package main

import "strings"

func main() {
	prefix := ">"
	switch v := undefinedValue.(type) {
	case string:
		println(strings.ToUpper(prefix + v))
	case int:
		println(v)
	}
}
