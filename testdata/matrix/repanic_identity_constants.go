// Tests: re-panic identity of constants: Go boxes a constant into shared read-only data, so panic("same") twice (even from two sites) or panic(1000) twice prints one line
package main

func a() { panic("same") }

func b() { panic("same") }

func main() {
	defer func() { panic(2.5) }()
	defer func() { panic(1000) }()
	defer func() { panic(1000) }()
	defer b()
	defer a()
	a()
}
