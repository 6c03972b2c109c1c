// Tests: syntax error: go statement without a call
package main

func main() {
	go 1
}
