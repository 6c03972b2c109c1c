// Tests: compile error: calling init explicitly
package main

func init() {}

func main() {
	init()
}
