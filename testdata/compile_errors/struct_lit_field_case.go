// Tests: compile error: a struct literal key with the wrong letter case names the field it means
package main

import "fmt"

type Point struct{ x, Y int }

func main() {
	p := Point{X: 1, y: 2}
	fmt.Println(p)
}
