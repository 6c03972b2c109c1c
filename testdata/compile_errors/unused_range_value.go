// Tests: compile error: a range value variable never used
package main

import "fmt"

func main() {
	for i, v := range []int{1, 2} {
		fmt.Println(i)
	}
}
