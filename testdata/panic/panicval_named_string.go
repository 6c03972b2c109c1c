// Tests: unrecovered panic with a named string type prints main.T("...").
package main

type Reason string

func main() {
	panic(Reason("quota"))
}
