// Tests: unrecovered panic with the maximum uint64 value.
package main

func main() {
	var u uint64 = 1<<64 - 1
	panic(u)
}
