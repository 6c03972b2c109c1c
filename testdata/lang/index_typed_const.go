// Tests: a typed constant of any integer type indexes arrays, slices and strings (stringer's `_ = x[Below - -1]` check).
package main

import "fmt"

type Accuracy int8

const (
	Below Accuracy = -1
	Exact Accuracy = 0
	Above Accuracy = +1
)

func _() {
	// An "invalid array index" compiler error signifies that the constant values have changed.
	var x [1]struct{}
	_ = x[Below - -1]
	_ = x[Exact-0]
	_ = x[Above-1]
}

const name = "BelowExactAbove"

var index = [...]uint8{0, 5, 10, 15}

func (i Accuracy) String() string {
	i -= -1
	if i < 0 || i >= Accuracy(len(index)-1) {
		return "Accuracy(" + fmt.Sprint(int8(i+-1)) + ")"
	}
	return name[index[i]:index[i+1]]
}

func main() {
	const m uint64 = 2
	const b byte = 1
	a := [3]string{"x", "y", "z"}
	s := []int{10, 20, 30}
	fmt.Println(a[m], s[b], "abc"[m], name[Above:m+3], Below, Exact, Above, Accuracy(5))
	p := &a
	fmt.Println(p[Above], len(a[:m]), cap(s[b:m]))
	fmt.Println(make([]int, m, m+uint64(b)))
}
