// Tests: after recovery, execution resumes in the caller of the function that deferred.
package main

import "fmt"

func inner() {
	defer fmt.Println("inner defer")
	panic("x")
}

func middle() (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = "middle recovered"
		}
	}()
	inner()
	return "unreachable"
}

func main() {
	fmt.Println(middle())
	fmt.Println("after")
}
