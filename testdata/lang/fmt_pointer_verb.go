// Tests: %p of nil pointers and %v of nil func/map/chan/slice.
package main

import "fmt"

func main() {
	var p *int
	var f func()
	var m map[string]int
	var c chan int
	var s []int
	fmt.Printf("%p %v\n", p, p)
	fmt.Println(f == nil, m, c, s)
	fmt.Printf("%v %v %v\n", m, c, s)
	fmt.Printf("%t\n", p == nil)
}
