// Tests: recovered panic values of small integer kinds keep their dynamic types.
package main

import "fmt"

func main() {
	for _, v := range []any{int8(-1), uint8(255), uintptr(7), int16(-300), 'r', byte('b')} {
		func() {
			defer func() {
				r := recover()
				fmt.Printf("%T %v\n", r, r)
			}()
			panic(v)
		}()
	}
}
