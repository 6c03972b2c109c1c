// Tests: pointers to structs auto-dereference on field access; printing &{...}.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	n := &Node{Val: 1}
	n.Next = &Node{Val: 2}
	fmt.Println(n.Val, n.Next.Val, n.Next.Next == nil)
	fmt.Printf("%v\n", *n.Next)
	fmt.Println(n.Next.Next)
	p := &struct{ A, B int }{3, 4}
	fmt.Println(p)
	fmt.Printf("%+v\n", p)
}
