// Tests: compile error: fallthrough in a type switch.
package main

import "fmt"

func main() {
	var v any = 3
	switch v.(type) {
	case int:
		fmt.Println("int")
		fallthrough
	case string:
		fmt.Println("string")
	}
}
