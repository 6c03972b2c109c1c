// Tests: package var initialized through a function dependency chain.
package main

import "fmt"

var total = compute()
var base = 5
var names = []string{greet("x"), greet("y")}

func compute() int { return base * 2 }

func greet(s string) string {
	fmt.Println("greet", s, total)
	return "hi " + s
}

func main() {
	fmt.Println(total, base, names)
}
