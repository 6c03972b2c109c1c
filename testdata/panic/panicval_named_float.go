// Tests: unrecovered panic with a named float type prints main.T(value).
package main

type Temp float64

func main() {
	panic(Temp(36.6))
}
