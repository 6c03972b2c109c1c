// Tests: negative index at run time.
package main

func main() {
	s := []string{"a"}
	i := -1
	_ = s[i]
}
