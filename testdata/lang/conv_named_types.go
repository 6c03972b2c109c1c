// Tests: conversions between named types with the same underlying type.
package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type IntList []int

func main() {
	c := Celsius(100)
	fmt.Println(CToF(c), CToF(-40))
	fmt.Printf("%T %T\n", c, CToF(c))
	l := IntList([]int{1, 2})
	s := []int(l)
	fmt.Println(l, s, len(l))
}
