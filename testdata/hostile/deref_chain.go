// Tests: a long chain of *& compiles (once, not exponentially often) and reads the variable
package main

func main() {
	v := 7
	x := *&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&v
	p := &*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&*&v
	*p = 8
	println(x, v)
}
