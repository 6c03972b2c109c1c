// Tests: anonymous structs, struct tags are ignored by fmt, zero values.
package main

import "fmt"

type User struct {
	Name string `json:"name"`
	Age  int    `json:"age,omitempty"`
	tags []string
}

func main() {
	var u User
	fmt.Printf("%v|%+v\n", u, u)
	pt := struct {
		X, Y float64
	}{1.5, 2}
	fmt.Println(pt, pt.X)
	u2 := User{Name: "ann"}
	fmt.Printf("%#v\n", u2)
}
