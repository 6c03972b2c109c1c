// Tests: fmt catches a panicking String method and prints %!v(PANIC=String method: ...).
package main

import "fmt"

type Bad struct{}

func (Bad) String() string { panic("boom in String") }

type NilSafe struct{ n int }

func (p *NilSafe) String() string { return fmt.Sprint("n=", p.n) }

func main() {
	fmt.Println(Bad{})
	fmt.Printf("%s|%d\n", Bad{}, Bad{})
	var p *NilSafe
	fmt.Println(p)
	fmt.Printf("[%v]\n", p)
}
