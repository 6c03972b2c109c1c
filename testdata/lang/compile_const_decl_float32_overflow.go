// Tests: compile error: a float32 constant declaration whose value overflows float32 (gostack accepted it and printed +Inf).
package main

const f float32 = 1e300

func main() {
	println(f)
}
