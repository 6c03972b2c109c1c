// Tests: sync.OnceFunc, OnceValue and OnceValues run their function once.
package main

import (
	"fmt"
	"sync"
)

func main() {
	calls := 0
	f := sync.OnceFunc(func() { calls++ })
	f()
	f()
	v := sync.OnceValue(func() int { calls++; return 42 })
	fmt.Println(v(), v(), calls)
	vs := sync.OnceValues(func() (string, error) { calls++; return "cfg", nil })
	s, err := vs()
	s2, _ := vs()
	fmt.Println(s, err, s2, calls)
}
