// Tests: Sprint adds spaces only between non-string operands; Sprintln always.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, true))
	fmt.Print(fmt.Sprintln("a", 1, "b"))
	fmt.Print(1, 2, "\n")
	fmt.Fprintln(os.Stdout, "to", "stdout", 1)
	fmt.Fprintf(os.Stdout, "%s|%v\n", "f", []string{"x", "y"})
	n, err := fmt.Println("count")
	fmt.Println(n, err)
}
