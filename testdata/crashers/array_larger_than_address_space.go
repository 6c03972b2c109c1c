package main

import "fmt"

func main() {
	var a [1 << 40]int
	var b [1 << 62]int64
	var c [4611686018427387904][4]int
	fmt.Println(len(a), len(b), len(c))
}
