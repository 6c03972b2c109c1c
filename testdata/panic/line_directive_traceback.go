// Tests: //line directives set the file and line a traceback prints (a relative file is taken from the source file's folder; the lines count on from the directive).
package main

import "fmt"

//line gen/parser.y:100
func check(n int) int {
	if n > 2 {
		panic(fmt.Sprintf("too big: %d", n))
	}
	return n
}

//line gen/parser.y:200
func main() {
	fmt.Println(check(1))
	fmt.Println(check(3))
}
