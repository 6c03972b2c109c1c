// Tests: byte arrays (stored one byte an element): index, assign, copies on assignment and by value, slices and pointers alias them, ==, map keys, range
package main

import "fmt"

func mod(a [4]byte) [4]byte {
	a[0] = 'z'
	return a
}

func modp(a *[4]byte) {
	a[1] = 'y'
}

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	var a [4]byte
	a[0], a[1], a[2], a[3] = 'g', 'o', '!', 0
	fmt.Println(a, len(a), cap(a))
	b := a
	b[0] = 'G'
	fmt.Println(a, b, a == b, a != b)
	b[0] = 'g'
	fmt.Println(a == b)

	// Slices share the array's bytes.
	s := a[1:3]
	s[0] = 'O'
	fmt.Println(a, s, len(s), cap(s))
	s = append(s, 'X')
	fmt.Println(a, s)
	s = append(s, 'Y')
	s[0] = 'n'
	fmt.Println(a, s)
	t := a[:]
	copy(t, "abcd")
	fmt.Println(a, string(a[:]))
	copy(a[1:], a[:])
	fmt.Println(a)

	// By value and by pointer.
	c := mod(a)
	fmt.Println(a, c)
	modp(&a)
	fmt.Println(a)
	p := &a
	p[2] = 'q'
	fmt.Println(a, *p, p[3], len(p), cap(p), p == &a)
	q := *p
	q[0] = 0
	fmt.Println(a[0], q[0])
	*p = [4]byte{1, 2, 3, 4}
	fmt.Println(a, *p)
	e := &a[3]
	*e = 40
	fmt.Println(a, *e, e == &a[3], e == &a[2])
	ps := p[1:3]
	ps[1] = 30
	fmt.Println(a, ps, len(ps), cap(ps))
	n := new([3]byte)
	n[2] = 9
	fmt.Println(*n, n[:])

	// Map keys.
	m := map[[4]byte]int{}
	m[a] = 1
	m[[4]byte{1, 2, 30, 40}]++
	m[[4]byte{}] = 7
	fmt.Println(len(m), m[a], m[[4]byte{}], m)
	delete(m, a)
	_, ok := m[a]
	fmt.Println(len(m), ok)
	type key [16]byte
	km := map[key]string{}
	var k key
	k[15] = 1
	km[k] = "one"
	k[15] = 2
	km[k] = "two"
	fmt.Println(km[key{15: 1}], km[k], len(km))
	pm := map[*[4]byte]int{p: 1, &a: 2, &b: 3}
	fmt.Println(len(pm), pm[p])

	// range over an array copies it first.
	for i, v := range a {
		a[3] = 99
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	for i, v := range &a {
		a[3] = 77
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	for i := range a {
		fmt.Print(i)
	}
	fmt.Println()

	// Bool arrays.
	bs := [3]bool{true, false, true}
	bs2 := bs
	bs2[1] = true
	fmt.Println(bs, bs2, bs == bs2, bs2 == [3]bool{true, true, true})
	pb := &bs[2]
	*pb = false
	fmt.Println(bs, bs[:2])

	// Conversions.
	sl := []byte("wxyz!")
	arr := [4]byte(sl)
	arr[0] = 'W'
	ptr := (*[4]byte)(sl)
	ptr[1] = 'X'
	fmt.Println(string(sl), arr, *ptr, string(arr[:]))
	var empty [0]byte
	fmt.Println(empty, len(empty), empty == [0]byte{})
	var i8 [3]int8
	i8[0] = -1
	fmt.Println(i8)

	// Out of range.
	idx := 5
	try(func() { _ = a[idx] })
	try(func() { a[idx] = 1 })
	try(func() { _ = &a[idx] })
	try(func() { _ = a[1:idx] })
	try(func() { _ = p[1:idx] })
	try(func() { _ = p[idx:] })
	try(func() { _ = a[:2:idx] })
	try(func() { _ = [8]byte(a[:]) })
	try(func() { _ = bs[idx] })
}
