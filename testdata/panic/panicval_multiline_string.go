// Tests: unrecovered panic string containing newlines gets tabs after each newline.
package main

func main() {
	panic("line one\nline two\nline three")
}
