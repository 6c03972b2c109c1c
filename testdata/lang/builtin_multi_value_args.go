// Tests: a multi-value call as the arguments of builtins (copy, append, println, complex, min, max, delete) and variadic functions.
package main

import "fmt"

var calls int

func f() (int, int)                { calls++; return 1, 2 }
func g() ([]int, []int)            { calls++; return []int{0, 0, 0}, []int{7, 8} }
func h() ([]int, int, int)         { calls++; return []int{1}, 2, 3 }
func vs() ([]byte, string)         { calls++; return make([]byte, 2), "hey" }
func ff() (float64, float64)       { calls++; return 1.5, 2 }
func mk() (map[string]int, string) { calls++; return map[string]int{"a": 1, "b": 2}, "a" }
func vf(xs ...int) int             { return len(xs) }
func vf2(a int, xs ...int) int     { return a*10 + len(xs) }
func one() []int                   { calls++; return []int{4} }

func main() {
	println(f())
	print(f())
	println()
	fmt.Println(copy(g()))
	fmt.Println(append(h()))
	fmt.Println(copy(vs()))
	fmt.Println(complex(ff()))
	fmt.Println(max(f()), min(f()))
	m, _ := mk()
	delete(mk())
	fmt.Println(len(m), vf(f()), vf2(f()))
	fmt.Println(append(one()), len(one()))
	fmt.Println("calls:", calls)
}
