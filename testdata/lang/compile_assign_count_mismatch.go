// Tests: assignment count mismatches are reported at the first value, and the names of a mismatched := are still declared (their later uses are not undefined)
package main

func main() {
	var a, b int
	a, b = 1, 2, 3
	c, d := 1
	_, _, _, _ = a, b, c, d
}
