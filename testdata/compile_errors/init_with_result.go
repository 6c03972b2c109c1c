// Tests: compile error: func init with a result
package main

func init() int { return 0 }

func main() {
}
