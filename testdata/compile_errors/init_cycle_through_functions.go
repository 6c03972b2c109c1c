// Tests: compile error: initialization cycles through functions and methods, with the path gc prints
package main

var a = b
var b = c
var c = f()

func f() int { return g() }
func g() int { return a }

type T struct{}

func (T) m() int { return y }

var y = T{}.m()

func main() {}
