// Tests: compile error: copy into nil
package main

func main() {
	src := []byte("abc")
	copy(nil, src)
}
