// Tests: runtime.GOMAXPROCS returns the previous setting, and 0 or a negative n leaves it unchanged
package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(3)
	fmt.Println(runtime.GOMAXPROCS(0))
	fmt.Println(runtime.GOMAXPROCS(-1))
	fmt.Println(runtime.GOMAXPROCS(5))
	fmt.Println(runtime.GOMAXPROCS(0))
	fmt.Println(runtime.NumCPU() > 0)
}
