// Tests: a module of two packages, one golden case: a panic in the imported package shows both packages' frames and files.
package main

import (
	"fmt"

	"example.com/shapes/geom"
)

func main() {
	sq := geom.Square{Side: 3}
	fmt.Println(sq.Area(), geom.Describe(sq))
	defer fmt.Println("deferred in main")
	fmt.Println(geom.Scale(sq, -1).Area())
}
