// Tests: frames of calls gc inlines print as f(...) with no pc offset (small functions, methods, nested inlining, the first call of a recursion); calls it does not inline (defer, recover, go:noinline, over budget, method values, interfaces, recursion into itself) print their arguments.
package main

import (
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
)

// show prints the frames of the current goroutine's stack from debug.Stack,
// each marked "inlined" (Go prints `f(...)` with no +0x offset) or "call".
//
//go:noinline
func show(tag string) {
	lines := strings.Split(string(debug.Stack()), "\n")
	var out []string
	for i := 1; i+1 < len(lines); i += 2 {
		fn, pos := lines[i], lines[i+1]
		p := strings.LastIndex(fn, "(")
		if p < 0 {
			break
		}
		name := fn[:p]
		if strings.HasPrefix(name, "runtime") || name == "panic" || name == "main.show" || name == "main.try" || name == "main.try.func1" {
			continue
		}
		kind := "call"
		if strings.HasSuffix(fn, "(...)") && !strings.Contains(pos, "+0x") {
			kind = "inlined"
		}
		out = append(out, name+" "+kind)
	}
	fmt.Println(tag+":", strings.Join(out, " <- "))
}

func try(tag string, f func()) {
	defer func() {
		if recover() != nil {
			show(tag)
		}
	}()
	f()
}

func check(err error) {
	if err != nil {
		panic(err)
	}
}

func div(a, b int) int { return a / b }

type T struct{ a, b int }

func (t *T) Sum() int { return t.a + t.b }

type Summer interface{ Sum() int }

func inner(s []int, i int) int { return s[i] }
func outer(s []int) int       { return inner(s, len(s)) + 1 }

//go:noinline
func noinline(x int) { panic(x) }

// sumOf calls Sum through an interface whose dynamic type it cannot know.
//
//go:noinline
func sumOf(s Summer) int { return s.Sum() }

type V struct{}

func (V) Sum() int { panic("V.Sum") }

func withDefer(x int) {
	defer func() {}()
	panic(x)
}

func withLoop(n int) {
	for i := 0; i < n; i++ {
		if i == 3 {
			panic("loop")
		}
	}
}

func overBudget(x int) int {
	a := []int{x, x + 1, x + 2, x + 3}
	b := map[int]string{1: "a", 2: "b"}
	s := 0
	for i, v := range a {
		s += i * v
		if b[v] != "" {
			s -= len(b[v])
		}
	}
	for k := range b {
		s += k * k
	}
	fmt.Println("sum", s, len(a), len(b))
	var p *T
	return p.a + s
}

func rec(n int) int {
	if n == 0 {
		panic("bottom")
	}
	return rec(n-1) + 1
}

func main() {
	var zero int
	try("check", func() { check(errors.New("bad")) })
	try("div", func() { fmt.Println(div(1, zero)) })
	try("method", func() {
		var t *T
		t.Sum()
	})
	try("interface", func() { sumOf(V{}) })
	try("nested", func() { outer([]int{1, 2}) })
	try("noinline", func() { noinline(1) })
	try("defer", func() { withDefer(2) })
	try("loop", func() { withLoop(5) })
	try("over budget", func() { overBudget(1) })
	try("recursion", func() { rec(3) })
	try("literal", func() {
		func() { panic("literal") }()
	})
}
