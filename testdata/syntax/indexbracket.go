// Tests: syntax error: index expression missing its closing bracket
package main

func main() {
	a := [3]int{}
	a[0 = 1
}
