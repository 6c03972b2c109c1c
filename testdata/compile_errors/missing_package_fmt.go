// Tests: compile error: fmt used without import
package main

func main() {
	fmt.Println("hi")
}
