// Tests: deleting map entries during range; summing values (order independent).
package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := range 10 {
		m[i] = i * i
	}
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
		}
	}
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println(len(m), sum, m)
}
