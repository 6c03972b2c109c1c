// Tests: multiple deferred funcs modify named result in LIFO order after recover.
package main

import "fmt"

func f() (out []string) {
	defer func() { out = append(out, "d1") }()
	defer func() {
		if r := recover(); r != nil {
			out = append(out, fmt.Sprint("recovered ", r))
		}
	}()
	defer func() { out = append(out, "d3") }()
	out = append(out, "body")
	panic("p")
}

func main() {
	fmt.Println(f())
}
