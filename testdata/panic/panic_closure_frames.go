// Tests: traceback frames name closures main.main.func1 and nested func.
package main

func main() {
	f := func() {
		g := func() {
			panic("deep closure")
		}
		g()
	}
	f()
}
