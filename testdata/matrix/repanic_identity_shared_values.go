// Tests: re-panic identity: Go prints a panic once when the next has the same interface words (runtime constant errors, small ints, bools, zero-size values) but twice for two boxings of 1000
package main

import (
	"fmt"
	"os"
)

type Code int

type Empty struct{}

func (Empty) Error() string { return "empty" }

func nilmap() {
	var m map[string]int
	m["a"] = 1
}

func main() {
	n := len(os.Args)
	defer func() { panic(n * 1000) }()
	defer func() { panic(n * 1000) }()
	defer func() { panic(Empty{}) }()
	defer func() { panic(Empty{}) }()
	defer func() { panic(n == 1) }()
	defer func() { panic(n == 1) }()
	defer func() { panic(Code(n + 6)) }()
	defer func() { panic(Code(n + 6)) }()
	defer func() { var p *int; fmt.Println(*p) }()
	defer func() { var p *int; fmt.Println(*p) }()
	defer func() { z := n - 1; fmt.Println(n / z) }()
	defer func() { z := n - 1; fmt.Println(n / z) }()
	defer nilmap()
	nilmap()
}
