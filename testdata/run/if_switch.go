// Tests: if/else chains with init statements; expression, tagless and fallthrough switches.
package main

import "fmt"

func classify(n int) string {
	if r := n % 2; n < 0 {
		return "negative"
	} else if r == 0 {
		return "even"
	} else {
		return "odd"
	}
}

func main() {
	fmt.Println(classify(-3), classify(4), classify(7))
	for _, d := range []string{"sat", "mon", "xyz"} {
		switch d {
		case "sat", "sun":
			fmt.Println(d, "weekend")
		case "mon":
			fmt.Println(d, "weekday")
			fallthrough
		case "tue":
			fmt.Println(d, "fell through")
		default:
			fmt.Println(d, "unknown")
		}
	}
	x := 42
	switch {
	case x > 100:
		fmt.Println("big")
	case x > 10:
		fmt.Println("medium")
	default:
		fmt.Println("small")
	}
}
