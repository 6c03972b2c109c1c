// Tests: compile error: break naming an undefined label
package main

func main() {
	for {
		break Outer
	}
}
