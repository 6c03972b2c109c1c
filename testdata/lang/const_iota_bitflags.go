// Tests: iota bit flags with typed constants and bitwise ops.
package main

import "fmt"

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func main() {
	p := Read | Exec
	fmt.Println(Read, Write, Exec, p)
	fmt.Println(p&Write != 0, p&Exec != 0)
	fmt.Printf("%08b %T\n", p, p)
	p &^= Read
	fmt.Println(p)
}
