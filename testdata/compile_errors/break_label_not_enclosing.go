// Tests: compile error: break naming a label of an earlier loop
package main

func main() {
L:
	for i := 0; i < 1; i++ {
	}
	for {
		break L
	}
}
