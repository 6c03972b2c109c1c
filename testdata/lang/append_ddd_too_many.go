// Tests: append(s, 2, s...) has one argument too many, reported at the third
package main

func main() {
	s := make([]int, 8)
	_ = append(s, 2, s...)
}
