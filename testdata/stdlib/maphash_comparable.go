// Tests: hash/maphash's Comparable, WriteComparable, Hasher and ComparableHasher: equal values hash equal, and unhashable dynamic types panic.
package main

import (
	"fmt"
	"hash/maphash"
)

type point struct {
	x, y int
	name string
}

type set[V any] struct {
	h    maphash.Hasher[V]
	seed maphash.Seed
	m    map[uint64][]V
}

func newSet[V any](h maphash.Hasher[V]) *set[V] {
	return &set[V]{h: h, seed: maphash.MakeSeed(), m: map[uint64][]V{}}
}

func (s *set[V]) add(v V) bool {
	var h maphash.Hash
	h.SetSeed(s.seed)
	s.h.Hash(&h, v)
	k := h.Sum64()
	for _, w := range s.m[k] {
		if s.h.Equal(v, w) {
			return false
		}
	}
	s.m[k] = append(s.m[k], v)
	return true
}

func main() {
	seed := maphash.MakeSeed()
	fmt.Println(maphash.Comparable(seed, 42) == maphash.Comparable(seed, 42))
	fmt.Println(maphash.Comparable(seed, "go") == maphash.Comparable(seed, "g"+"o"))
	p1, p2 := point{1, 2, "a"}, point{1, 2, "a"}
	fmt.Println(maphash.Comparable(seed, p1) == maphash.Comparable(seed, p2))
	fmt.Println(maphash.Comparable(seed, 0.0) == maphash.Comparable(seed, -1*0.0))
	var a, b any = 7, 7
	fmt.Println(maphash.Comparable(seed, a) == maphash.Comparable(seed, b))
	fmt.Println(maphash.Comparable(seed, [2]string{"x", "y"}) == maphash.Comparable(seed, [2]string{"x", "y"}))

	var h1, h2 maphash.Hash
	h1.SetSeed(seed)
	h2.SetSeed(seed)
	maphash.WriteComparable(&h1, p1)
	h1.WriteString("tail")
	maphash.WriteComparable(&h2, p2)
	h2.WriteString("tail")
	fmt.Println(h1.Sum64() == h2.Sum64())

	s := newSet[point](maphash.ComparableHasher[point]{})
	fmt.Println(s.add(p1), s.add(p2), s.add(point{2, 1, "a"}))
	var hs maphash.Hasher[string] = maphash.ComparableHasher[string]{}
	fmt.Println(hs.Equal("a", "a"), hs.Equal("a", "b"))

	defer func() {
		r := recover()
		_, isRuntime := r.(interface{ RuntimeError() })
		fmt.Println("recovered:", r, isRuntime)
	}()
	var bad any = []int{1}
	maphash.Comparable(seed, bad)
}
