// Tests: methods on named slice, map and func types.
package main

import (
	"fmt"
	"strings"
)

type Words []string

func (w Words) Join() string { return strings.Join(w, "-") }
func (w *Words) Add(s string) { *w = append(*w, s) }

type Set map[string]bool

func (s Set) Has(k string) bool { return s[k] }

type Op func(int) int

func (o Op) Twice(x int) int { return o(o(x)) }

func main() {
	var w Words
	w.Add("a")
	w.Add("b")
	fmt.Println(w.Join(), len(w))
	s := Set{"x": true}
	fmt.Println(s.Has("x"), s.Has("y"))
	fmt.Println(Op(func(x int) int { return x * 3 }).Twice(2))
}
