// Tests: compile error: break inside a closure inside a loop
package main

func main() {
	for i := 0; i < 3; i++ {
		func() {
			break
		}()
	}
}
