// Tests: nil map write recovered: message and %T.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%v | %T\n", r, r)
		err, ok := r.(error)
		fmt.Println(ok, err.Error())
	}()
	var m map[string][]int
	m["a"] = append(m["a"], 1)
}
