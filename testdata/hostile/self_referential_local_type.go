// Tests: a local struct type that refers to itself through a pointer, a slice and a map
package main

import "fmt"

func main() {
	type node struct {
		next *node
		kids []node
		byName map[string]*node
		v    int
	}
	n := &node{v: 1, byName: map[string]*node{}}
	n.next = n
	n.kids = append(n.kids, node{v: 2})
	n.byName["self"] = n
	fmt.Println(n.next.next.v, n.kids[0].v, n.byName["self"].v)
}
