// Tests: three-index slice bounds errors recovered with their exact messages.
package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	s := make([]int, 2, 4)
	i, j, k := 1, 3, 5
	try(func() { _ = s[i:j:k] })
	try(func() { _ = s[j:i:k-1] })
	try(func() { _ = s[:k] })
	try(func() { _ = s[k:] })
	arr := [3]int{}
	try(func() { _ = arr[i:k] })
	str := "héllo"
	try(func() { _ = str[j:i] })
}
