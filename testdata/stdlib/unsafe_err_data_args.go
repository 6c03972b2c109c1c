// Tests: unsafe.Slice/SliceData/String/StringData argument errors have types2's messages
package main

import "unsafe"

func main() {
	x := 1
	_ = unsafe.SliceData(x)
	_ = unsafe.Slice(x, 1)
	_ = unsafe.Slice(&x, -1)
	_ = unsafe.String(&x, 1)
	_ = unsafe.StringData(1)
	_ = unsafe.String(nil, 1.5)
}
