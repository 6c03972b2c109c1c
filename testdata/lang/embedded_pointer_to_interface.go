// Tests: an embedded field may not be a pointer to an interface (types2's struct rules)
package main

type Inter interface{ M() int64 }

type SP struct{ *Inter }

func main() {
	var s SP
	_ = s
}
