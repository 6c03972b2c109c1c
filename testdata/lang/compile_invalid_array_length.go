// Tests: an array length constant that does not fit int is an invalid array length
package main

import "fmt"

func main() {
	s := [44444444444444444444444]int{3, 1}
	fmt.Println(len(s))
}
