// Tests: switch on strings and types of case expressions, no match, duplicate-free.
package main

import "fmt"

func kind(r rune) string {
	switch {
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		return "letter"
	case r >= '0' && r <= '9':
		return "digit"
	}
	return "other"
}

func main() {
	for _, s := range []string{"go", "rust", "zig"} {
		switch s {
		case "go", "zig":
			fmt.Println(s, "short")
		default:
			fmt.Println(s, "long")
		}
	}
	fmt.Println(kind('q'), kind('Q'), kind('5'), kind('#'))
}
