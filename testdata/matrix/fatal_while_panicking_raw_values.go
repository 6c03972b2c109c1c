// Tests: a fatal error while panics run prints the chain raw, without Error/String: runtime.plainError("..."), runtime.errorString("..."), main.Code(7) (matrix seeds 583, 2806, 4773)
package main

import (
	"fmt"
	"sync"
)

type Code int
type Reason string

func main() {
	defer func() { var mu sync.Mutex; mu.Unlock() }()
	defer func() { panic(Reason("quota")) }()
	defer func() { panic(Code(7)) }()
	defer func() { panic(2.5) }()
	defer func() { n := 0; _ = make([]int, n-1) }()
	defer func() { var p *int; fmt.Println(*p) }()
	var m map[int]int
	m[1] = 1
}
