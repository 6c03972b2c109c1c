// Tests: compile error: reading a field a struct does not have
package main

type User struct{ Name string }

func main() {
	u := User{}
	_ = u.name
}
