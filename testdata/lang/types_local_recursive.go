// Tests: a type declared in a function may refer to itself (its scope begins at its name); inner scopes shadow it.
package main

import "fmt"

func main() {
	type Node struct {
		v    int
		next *Node
	}
	n := &Node{1, &Node{2, nil}}
	sum := 0
	for p := n; p != nil; p = p.next {
		sum += p.v
	}
	fmt.Println(sum)
	type List []List
	l := List{List{}, nil}
	fmt.Println(len(l), len(l[0]))
	type Tree struct {
		kids map[string]*Tree
		f    func(Tree) Tree
	}
	t := Tree{kids: map[string]*Tree{"a": {}}}
	fmt.Println(len(t.kids), t.f == nil)
	fmt.Printf("%T %T %T\n", n, l, t.kids)
	{
		type Node int
		var x Node = 3
		fmt.Printf("%T %v\n", x, x)
	}
}
