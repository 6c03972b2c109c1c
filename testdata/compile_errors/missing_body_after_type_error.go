// Tests: missing function body is reported only when type checking found no error
package main

func native(x int) int

func main() {
	var s string = 1
	_ = s
	_ = native(2)
}
