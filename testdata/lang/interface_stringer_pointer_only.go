// Tests: String on pointer receiver is used only when printing a pointer.
package main

import "fmt"

type T struct{ n int }

func (t *T) String() string { return fmt.Sprintf("T#%d", t.n) }

func main() {
	v := T{1}
	p := &T{2}
	fmt.Println(v, p)
	fmt.Printf("%v %s %+v\n", v, p, v)
	ts := []*T{{3}, {4}}
	fmt.Println(ts)
}
