// Tests: slices share backing arrays; append within capacity overwrites.
package main

import "fmt"

func main() {
	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	fmt.Println(b, len(b), cap(b))
	b = append(b, 99)
	fmt.Println(a)
	c := a[1:2:2]
	c = append(c, 100)
	fmt.Println(a, c)
	b[0] = -1
	fmt.Println(a[1], c[0])
}
