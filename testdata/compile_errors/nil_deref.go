// Tests: compile error: dereferencing nil
package main

func main() {
	_ = *nil
}
