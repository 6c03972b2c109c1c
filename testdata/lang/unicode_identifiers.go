// Tests: Unicode letters in identifiers and exported-ness of non-ASCII names.
package main

import "fmt"

type Größe struct{ Wert float64 }

func (g Größe) Doppelt() Größe { return Größe{g.Wert * 2} }

func main() {
	π := 3.14159
	世界 := "world"
	g := Größe{π}
	fmt.Println(世界, g.Doppelt())
	fmt.Printf("%T %+v\n", g, g)
}
