// Tests: a type assertion or type switch on a call of an undefined package function reports only the undefined name (no "is not an interface" follow-on).
package main

import "strings"

func main() {
	x := strings.Nope("a").(int)
	switch v := strings.Nope2().(type) {
	case int:
		_ = v
	}
	_ = x
}
