// Tests: iota in constant blocks, typed constants with a String method, untyped constant arithmetic.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue"}[d]
}

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const big = 1 << 100

func main() {
	fmt.Println(Sunday, Tuesday, Monday+1, int(Tuesday))
	fmt.Println(KB, MB, GB)
	fmt.Println(big >> 98)
	fmt.Printf("%v %d\n", Monday, Monday)
}
