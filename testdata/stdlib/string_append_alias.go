// acc += y may extend acc's buffer in place when nothing else refers to
// it; every other holder of the old string must keep seeing the old bytes:
// a copy, a substring, a map key, a range loop, a parameter, a closure,
// and unsafe.StringData's pointer.
package main

import (
	"fmt"
	"strings"
	"unsafe"
)

func grow(s string) string {
	for i := 0; i < 10; i++ {
		s += "<param>"
	}
	return s
}

func main() {
	acc := ""
	for i := 0; i < 20000; i++ {
		acc += string(rune('a' + i%26))
	}
	fmt.Println(len(acc), acc[:30], acc[len(acc)-5:])

	copy1 := acc
	acc += "-after-copy"
	fmt.Println(len(copy1), len(acc), copy1[len(copy1)-3:], acc[len(acc)-11:])

	sub := acc[100:160]
	acc += "-after-sub"
	fmt.Println(sub, acc[len(acc)-10:])

	acc = acc[:50] // the rest of the buffer is no one's now
	acc += "+tail"
	fmt.Println(acc, len(acc))

	m := map[string]int{}
	long := strings.Repeat("k", 40)
	m[long] = 1
	long += "x"
	fmt.Println(len(long), m[strings.Repeat("k", 40)], m[long])

	s := strings.Repeat("r", 30)
	n := 0
	for range s {
		s += "r"
		n++
	}
	fmt.Println(n, len(s))

	p := strings.Repeat("p", 30)
	q := grow(p)
	fmt.Println(len(p), len(q))

	c := strings.Repeat("c", 30)
	get := func() string { return c }
	before := get()
	c += "!"
	fmt.Println(len(before), len(get()))

	u := strings.Repeat("u", 30)
	ptr := unsafe.StringData(u)
	u += "v"
	fmt.Println(ptr == unsafe.StringData(u), *ptr, len(u))

	// s = s + s and s = y + s are not appends to s's own buffer.
	d := strings.Repeat("d", 25)
	d = d + d
	d = "e" + d
	fmt.Println(len(d), d[:3], d[len(d)-2:])
}
