// Tests: method values bind the receiver at evaluation; method expressions take it as arg.
package main

import "fmt"

type T struct{ name string }

func (t T) Hello(g string) string { return g + " " + t.name }
func (t *T) Set(n string)         { t.name = n }

func main() {
	t := T{"a"}
	f := t.Hello
	t.name = "b"
	fmt.Println(f("hi"))
	g := T.Hello
	fmt.Println(g(t, "yo"))
	h := (*T).Set
	h(&t, "c")
	fmt.Println(t.name)
	set := t.Set
	set("d")
	fmt.Println(t.name, f("hey"))
}
