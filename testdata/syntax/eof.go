// Tests: syntax error: file ends inside a function body
package main

func main() {
