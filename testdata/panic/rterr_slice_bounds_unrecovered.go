// Tests: slice bounds out of range variants recovered, last unrecovered.
package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	s := make([]int, 3, 5)
	hi, lo, big := 6, 2, 4
	try(func() { _ = s[:hi] })
	try(func() { _ = s[lo:1] })
	try(func() { _ = s[1:2:hi] })
	try(func() { _ = "abc"[big:] })
	_ = s[lo:hi]
}
