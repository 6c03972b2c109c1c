// Tests: append(s, make([]T, n)...) with a length too large panics in growslice (gc's extendslice), a negative one in makeslice
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	n := -1
	big := 1 << 61
	try("neg", func() { s := []int{1}; s = append(s, make([]int, n)...); fmt.Println(len(s)) })
	try("big", func() { s := []int64{1}; s = append(s, make([]int64, big)...); fmt.Println(len(s)) })
	try("bigbyte", func() { s := []byte{1}; s = append(s, make([]byte, 1<<62)...); fmt.Println(len(s)) })
	try("plain", func() { s := make([]int64, big); fmt.Println(len(s)) })
	try("withcap", func() { s := []int{1}; s = append(s, make([]int, big, big)...); fmt.Println(len(s)) })
	try("ok", func() { s := []int{1}; s = append(s, make([]int, 3)...); fmt.Println(s, cap(s)) })
}
