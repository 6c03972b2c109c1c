// Tests: compile error: a field selected from a type, not a value
package main

import "fmt"

type User struct{ Name string }

func main() {
	fmt.Println(User.Name)
}
