// Tests: package variables of one declaration with one initialiser each (var c, d = 1, a) are ordered separately: c does not wait for a
package main

var a = b + 1
var b = f()
var c, d = 1, a

func f() int { return c * 10 }

func main() {
	println(a, b, c, d)
}
