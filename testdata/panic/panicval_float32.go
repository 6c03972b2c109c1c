// Tests: unrecovered panic with a float32 value.
package main

func main() {
	var f float32 = 0.1
	panic(f)
}
