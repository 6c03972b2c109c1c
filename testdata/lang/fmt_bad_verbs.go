// Tests: fmt errors: wrong verb, missing and extra arguments, bad index.
package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "str")
	fmt.Printf("%s\n", 5)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Printf("%z\n", 3)
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[3]d\n", 1)
	fmt.Println(fmt.Sprintf("%t", 1))
}
