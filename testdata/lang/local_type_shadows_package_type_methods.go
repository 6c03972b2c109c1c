package main

import "fmt"

type T struct{ n int }

func (t T) Get() int   { return t.n }
func (t *T) Set(n int) { t.n = n }
func (t T) String() string { return fmt.Sprintf("T(%d)", t.n) }

type Box[E any] struct{ v E }

func (b Box[E]) Val() E { return b.v }

// Local types with the names of package-level types that have methods:
// they have none of those methods (a local type cannot have methods), and
// the package-level types keep theirs.
func local() any {
	type T struct{ s string }
	return T{"local"}
}

func (t T) shadowInMethod() any {
	type T []int
	return T{t.n}
}

func main() {
	var t T
	t.Set(4)
	fmt.Println(t.Get(), t)
	l := local()
	_, isStringer := l.(fmt.Stringer)
	fmt.Printf("%T %v %v\n", l, l, isStringer)
	fmt.Printf("%T %v\n", t.shadowInMethod(), t.shadowInMethod())
	func() {
		type Box struct{ w int }
		b := Box{7}
		fmt.Printf("%T %+v\n", b, b)
	}()
	fmt.Println(Box[string]{"x"}.Val())
}
