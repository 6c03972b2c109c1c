// Tests: shortest float formatting takes the nearest digits of the shortest length (a tie goes to the even digit), as Go's ryu does
package main

import (
	"fmt"
	"math"
	"strconv"
)

var state uint64 = 88172645463325252

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

func main() {
	fmt.Println(math.Float64frombits(4833560879196606921), 1425519663858802.25, 1.3400426701125562e+14)
	for i := 0; i < 300; i++ {
		g := float64(int64(next()>>uint(next()%60))) / 4
		h := math.Float32frombits(uint32(next()))
		fmt.Println(g, strconv.FormatFloat(g, 'e', -1, 64), strconv.FormatFloat(float64(h), 'g', -1, 32), h)
	}
}
