// Tests: compile error: the bound variable of a type switch on an undefined operand is still reported unused
package main

func main() {
	n := 1
	switch v := undefinedValue.(type) {
	case int:
		println(n)
	}
}
