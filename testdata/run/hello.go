// Tests: the smallest program prints one line with fmt.Println.
package main

import "fmt"

func main() {
	fmt.Println("Hello, world!")
}
