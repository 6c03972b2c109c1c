// Tests: compile error: field selected with the wrong case: gc's but does have field hint
package main

type P struct{ Name string }

func main() {
	p := P{}
	println(p.name)
}
