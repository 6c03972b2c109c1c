// Tests: compile error: func main with parameters
package main

func main(args []string) {
}
