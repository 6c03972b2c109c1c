// Tests: compile error: break with the label of a plain block is invalid.
package main

import "fmt"

func main() {
Block:
	{
		fmt.Println("in block")
		break Block
	}
}
