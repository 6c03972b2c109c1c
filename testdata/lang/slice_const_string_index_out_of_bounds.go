// Tests: a constant slice index beyond a constant string's length is a compile error
package main

func main() {
	const s = "abc"
	_ = s[1:3]
	_ = s[2:4]
}
