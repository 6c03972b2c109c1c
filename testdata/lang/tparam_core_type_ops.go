// Tests: operations on type parameters through their core type (make, range, index, len, conversion), and those allowed without one (len of slices and maps, byte-string slicing and indexing)
package main

import "fmt"

type Ints []int

func Make[S ~[]E, E any](n int) S { return make(S, n) }
func Grow[S ~[]E, E any](s S, n int) S { return make(S, len(s), len(s)+n) }
func Each[S ~[]E, E any](s S) (out []E) {
	for i, v := range s {
		_ = i
		out = append(out, v)
	}
	return
}
func First[S ~[]E, E any](s S) E { return s[0] }
func Conv[S ~[]byte](s S) string { return string(s) }
func Keys[M ~map[K]V, K comparable, V any](m M) int {
	n := 0
	for range m {
		n++
	}
	return n + len(m)
}
func Recv[C ~chan E, E any](c C) E {
	for v := range c {
		return v
	}
	var z E
	return z
}
func Size[T ~[]int | ~map[int]int | ~string](x T) int { return len(x) }
func Tail[T ~string | ~[]byte](x T) T                 { return x[1:] }
func At[T ~string | ~[]byte](x T, i int) byte         { return x[i] }
func Cap[T ~[]int | ~[3]int](x T) int                 { return cap(x) }

type S []int

func Twice[T S | []int](x T) T {
	out := make(T, 0, 2*len(x))
	for _, v := range x {
		out = append(out, v, v)
	}
	return out
}

func main() {
	s := Make[Ints](3)
	fmt.Printf("%T %v\n", s, s)
	g := Grow(Ints{1, 2}, 5)
	fmt.Println(len(g), cap(g))
	fmt.Println(Each(Ints{4, 5}), First(Ints{7, 8}), Conv([]byte("hi")))
	fmt.Println(Keys(map[string]int{"a": 1}))
	c := make(chan int, 1)
	c <- 9
	fmt.Println(Recv(c))
	fmt.Println(Size([]int{1, 2}), Size(map[int]int{1: 1}), Size("abc"))
	fmt.Println(Tail("xyz"), string(Tail([]byte("xyz"))), At("xyz", 2), Cap([3]int{}), Cap(make([]int, 1, 5)))
	fmt.Println(Twice(S{1, 2}), Twice([]int{3}))
}
