// Tests: syntax errors in several declarations: the first is reported first (all are reported, see crates/syntax/tests/errors.rs)
package main

func a() {
	x := )
}

func b() {
	if {
	}
}

var = 3

func main() {
}
