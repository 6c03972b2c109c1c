// Tests: empty select blocks forever: deadlock with select (no cases).
package main

func main() {
	select {}
}
