// Tests: syntax error: extra closing parenthesis after a call
package main

func main() {
	fmt.Println("a"))
}
