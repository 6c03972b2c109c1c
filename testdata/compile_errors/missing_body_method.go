// Tests: missing function body of a method is reported at its receiver
package main

type T int

func (T) m() int

func main() {
	var t T
	_ = t.m()
}
