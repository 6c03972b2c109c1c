// Tests: compile error: goto an undefined label
package main

func main() {
	goto End
}
