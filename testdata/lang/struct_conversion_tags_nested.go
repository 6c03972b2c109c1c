// Tests: conversions ignoring struct tags: nested unnamed structs, pointers to structs.
package main

import "fmt"

type Wire struct {
	ID    int `json:"id"`
	Inner struct {
		V int `json:"v"`
	} `json:"inner"`
	Tags []string `json:"tags,omitempty"`
}

type Model struct {
	ID    int
	Inner struct{ V int }
	Tags  []string
}

func main() {
	w := Wire{ID: 7, Tags: []string{"a"}}
	w.Inner.V = 2
	m := Model(w)
	m.Inner.V = 9
	fmt.Printf("%+v %+v\n", w, m)
	pw := &w
	pm := (*Model)(pw)
	pm.ID = 8
	fmt.Println(w.ID, pm.ID)
	back := Wire(m)
	fmt.Printf("%T %v\n", back, back)
	type Point struct {
		X, Y int `tag:"p"`
	}
	p := struct{ X, Y int }{1, 2}
	fmt.Println(Point(p))
}
