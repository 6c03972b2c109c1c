// Tests: embedded struct fields and methods are promoted; outer shadows inner.
package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("base %d", b.ID) }
func (b *Base) Rename(n string) { b.Name = n }

type Derived struct {
	Base
	Name string
}

func main() {
	d := Derived{Base{1, "inner"}, "outer"}
	fmt.Println(d.ID, d.Name, d.Base.Name, d.Describe())
	d.Rename("renamed")
	fmt.Println(d.Name, d.Base.Name)
	fmt.Printf("%+v\n", d)
}
