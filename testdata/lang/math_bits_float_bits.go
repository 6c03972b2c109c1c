// Tests: math.Float64bits/Float32frombits and math/bits helpers.
package main

import (
	"fmt"
	"math"
	"math/bits"
)

func main() {
	fmt.Printf("%016x %08x\n", math.Float64bits(1.5), math.Float32bits(-2))
	fmt.Println(math.Float64frombits(0x4009_21fb_5444_2d18), math.Float32frombits(0x3f800000))
	fmt.Println(bits.OnesCount(255), bits.LeadingZeros64(1), bits.TrailingZeros(8), bits.Len(1023))
	fmt.Println(bits.Reverse8(1), bits.RotateLeft32(1, -1))
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
}
