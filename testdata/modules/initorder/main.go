// Tests: package initialisation order across a module's packages: each package's variables, then its init functions, dependencies first and otherwise by import path, main last.
package main

import (
	"fmt"

	"example.com/initorder/mid"
	"example.com/initorder/zeta"
)

var m = trace("main var, sees zeta.Ready =", zeta.Ready, "mid.Count =", mid.Count)

func trace(a ...any) int {
	fmt.Println(a...)
	return 1
}

func init() { fmt.Println("main init 0") }

func main() {
	fmt.Println("main", m, mid.Count, zeta.Ready)
}

func init() { fmt.Println("main init 1") }
