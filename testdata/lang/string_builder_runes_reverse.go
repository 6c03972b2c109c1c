// Tests: reversing a string by runes, counting with a byte loop vs range.
package main

import "fmt"

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	fmt.Println(reverse("héllo, 世界"))
	n := 0
	for range "日本語" {
		n++
	}
	fmt.Println(n, len("日本語"))
}
