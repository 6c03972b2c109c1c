// Tests: type inference through the core type of a named (generic) constraint: S SliceOf[E] gives E from S's elements, U Wrapper[T] (methods and a ~struct term) gives T from U's field.
package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

type SliceOf[E any] interface {
	~[]E
}

type MySlice []int
type MyFloats []float64

func Double[S SliceOf[E], E Number](s S) S {
	r := make(S, len(s))
	for i, v := range s {
		r[i] = v * 2
	}
	return r
}

type Wrapper[T Number] interface {
	~struct{ V T }
	Get() T
}

type box[T Number] struct{ V T }

func (b box[T]) Get() T { return b.V }

func Diff[T Number, U Wrapper[T]](a, b U) T {
	d := a.Get() - b.Get()
	return U{V: d}.Get()
}

func main() {
	fmt.Println(Double(MySlice{1, 2, 3}), Double[MySlice](MySlice{4}))
	fmt.Printf("%T %v\n", Double(MyFloats{1.5}), Double(MyFloats{1.5}))
	fmt.Println(Diff(box[int]{5}, box[int]{7}), Diff(box[float64]{2.5}, box[float64]{1}))
}
