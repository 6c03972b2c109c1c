// Tests: compile error: a method on string
package main

func (s string) Shout() string { return s + "!" }

func main() {
}
