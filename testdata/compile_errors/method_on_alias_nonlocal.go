// Tests: compile error: a method on an alias of int
package main

type Num = int

func (n Num) Double() int { return n * 2 }

func main() {
}
