// Tests: syntax error: unclosed call at end of line
package main

func main() {
	fmt.Println("hi"
}
