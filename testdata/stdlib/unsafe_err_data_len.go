// Tests: unsafe.Slice/String length and argument-count errors have types2's messages (overflows int, not integer, not enough arguments, untyped nil)
package main

import "unsafe"

func main() {
	var p *int
	var b *byte
	_ = unsafe.Slice(p, 1<<63)
	_ = unsafe.String(b, "x")
	_ = unsafe.Slice(p)
	_ = unsafe.SliceData(nil)
	_ = unsafe.StringData()
	var f float64
	_ = unsafe.Slice(p, f)
}
