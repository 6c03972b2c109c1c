// Tests: failed assertion between named types shows main. qualified names.
package main

type A struct{}
type B struct{}

func main() {
	var v any = &A{}
	_ = v.(*B)
}
