// Tests: in a switch without a tag, a case of an empty-interface type is compared with true (`case i:` is `true == i`).
package main

import "fmt"

func main() {
	for _, v := range []any{true, false, 1, "true", nil} {
		switch i := v; {
		case i:
			fmt.Println(v, "is true")
		case false:
			fmt.Println("never")
		default:
			fmt.Println(v, "is not true")
		}
	}
}
