// Tests: a switch case of another type than the tag names the tag expression
package main

func f(x int, c string) {
	switch x {
	case c:
	}
}

func main() { f(1, "a") }
