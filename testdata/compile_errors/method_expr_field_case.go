// Tests: compile error: a method expression naming a field in another letter case
package main

import "fmt"

type User struct{ name string }

func main() {
	f := User.Name
	fmt.Println(f)
}
