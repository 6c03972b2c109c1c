// Tests: type inference through a generic interface parameter: the argument's methods give the type argument (interface inference)
package main

import "fmt"

type Getter[T any] interface {
	Get() T
}

func Fetch[T any](g Getter[T]) T { return g.Get() }

type Celsius float64

type Sensor struct{ reading Celsius }

func (s Sensor) Get() Celsius { return s.reading }

type Name struct{ s string }

func (n *Name) Get() string { return n.s }

type Setter[T any] interface {
	Set(T)
	Getter[T]
}

type Box struct{ v int }

func (b *Box) Set(v int) { b.v = v }
func (b *Box) Get() int  { return b.v }

func Swap[T any](s Setter[T], v T) T {
	old := s.Get()
	s.Set(v)
	return old
}

func main() {
	c := Fetch(Sensor{21.5})
	fmt.Printf("%v %T\n", c, c)
	n := Fetch(&Name{"go"})
	fmt.Printf("%q %T\n", n, n)
	b := &Box{1}
	fmt.Println(Swap(b, 7), b.v)
	var g Getter[int] = b
	fmt.Println(Fetch(g))
}
