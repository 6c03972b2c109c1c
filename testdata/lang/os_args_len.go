// Tests: os.Args holds at least the program name.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args), len(os.Args[0]) > 0)
	for _, a := range os.Args[1:] {
		fmt.Println("arg", a)
	}
}
