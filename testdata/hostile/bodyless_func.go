// Tests: a function declared without a body in package main is gc's missing function body
package main

func f()

func main() {
	f()
}
