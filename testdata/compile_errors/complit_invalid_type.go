// Tests: compile error: a composite literal of an int type
package main

func main() {
	_ = int{1}
}
