// Tests: comparing untyped nil with untyped nil is an error (no type to compare in)
package main

func main() {
	println(nil == nil)
}
