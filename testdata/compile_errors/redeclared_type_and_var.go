// Tests: compile error: a type and a var of the same name at package level
package main

type Item struct{}

var Item = 1

func main() {
}
