package main

type A [N]int
type T[P any] struct{ x P }
type U[P *C,] int
type V[P *C] int

func (s *S[T]) M(a, b int, c ...string) (int, error) {
	for i := range 10 {
	}
	if x := (T{}); x.ok {
	}
	switch v := x.(type) {
	case int, []int, func(), <-chan int:
	}
	f := func(int, string) {}
	var ch <-chan chan<- int
	x := []byte(s)[1:2:3]
	y := (*T)(x)
	z := Pair[string, int]{"a", 1}
	m := map[string][]int{"a": {1, 2}}
	go f()
	select {
	case v, ok := <-ch:
	case ch <- 1:
	default:
	}
L:
	for {
		break L
	}
}
