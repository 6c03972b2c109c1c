// Tests: gostack-matrix seed 153: a deferred Goexit whose deferred call panics, recovered by a deferred helper: Goexit resumes (main: no goroutines deadlock)
package main

import (
	"fmt"
	"runtime"
)

func helper(tag string) {
	fmt.Println(tag, "helper recover:", recover())
}

func f0(x int) (r int) {
	for i := range 2 {
		fmt.Println("f0 iter7", i)
		r += f1(x + 6)
	}
	{ var i any = "str10"; fmt.Println("f0 assert10", i.(int)) }
	return
}

func f1(x int) (r int) {
	defer helper("f1 d1")
	defer func() {
		panic(uint8(3))
	}()
	defer runtime.Goexit()
	return r * 2
}

func main() {
	fmt.Println("f0 ->", f0(5))
}
