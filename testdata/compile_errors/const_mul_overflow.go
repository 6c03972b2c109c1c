// Tests: compile error: a constant squared until it exceeds Go's limits
package main

const a = 1 << 500
const b = a * a
const c = b * b
const d = c * c
const e = d * d
const f = e * e
const g = f * f

func main() {
	println(g > 0)
}
