// Tests: compile error: duplicate constant string keys in a map literal are found when one is a constant concatenation, and int keys still
package main

const ab = "a" + "b"

var m = map[string]int{
	"x":  1,
	"ab": 2,
	"y":  3,
	ab:   4,
}

var n = map[int]bool{1: true, 2: false, 0x1: true}

func main() {
	_, _ = m, n
}
