// Tests: append(s...) has too few arguments: types2's have/want lines for append's signature
package main

func main() {
	s := make([]int, 8)
	_ = append(s...)
}
