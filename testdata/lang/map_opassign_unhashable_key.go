// Tests: m[k] op= v and m[k]++ with an unhashable interface key panic with the hasher's runtime error (gc's mapassign), a plain read of an empty map with the map's own message.
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	m := map[any]int{}
	k := any([]int{1})
	try("read", func() { _ = m[k] })
	try("op=", func() { m[k] += 2 })
	try("++", func() { m[k]++ })
	try("set", func() { m[k] = 1 })
	ms := map[any]string{"a": "x"}
	try("op= nonempty", func() { ms[k] += "y" })
	try("read nonempty", func() { _ = ms[k] })
	fmt.Println(len(m), len(ms))
}
