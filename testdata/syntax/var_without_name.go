// Tests: a var declaration without a name: gc's declaration wants a name
package main

func main() {
	var = 3
}
