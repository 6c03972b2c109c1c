// Tests: a method promoted through two embedding paths is found at the shallower one, also when the deeper path goes through a type that itself promotes it (no ambiguity); method values and interfaces see the same.
package main

import "fmt"

type In struct{ a int }

func (p *In) Get() int { return p.a }

type Mid struct {
	In
}

type Top struct {
	*In
	Mid
}

type S struct {
	*Top
}

type Getter interface{ Get() int }

func main() {
	t := &Top{In: &In{7}}
	t.Mid.a = 9
	fmt.Println(t.Get(), t.Mid.Get())
	s := S{t}
	fmt.Println(s.Get())
	var g Getter = s
	fmt.Println(g.Get())
	f := t.Get
	t.In = &In{8}
	fmt.Println(f(), t.Get())
	g = t
	fmt.Println(g.Get())
}
