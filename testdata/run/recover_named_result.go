// Tests: a function that recovers can report the panic through a named error result.
package main

import (
	"fmt"
)

func div(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	fmt.Println(div(7, 2))
	fmt.Println(div(1, 0))
}
