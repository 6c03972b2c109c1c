// Tests: compile error: := at package level
package main

x := 1

func main() { println(x) }
