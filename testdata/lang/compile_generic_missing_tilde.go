// Tests: compile error: a defined type does not satisfy an exact-type union (suggests the missing ~).
package main

import "fmt"

type Celsius float64

func Half[T int | float64](x T) T { return x / 2 }

func main() {
	fmt.Println(Half(Celsius(10)))
}
