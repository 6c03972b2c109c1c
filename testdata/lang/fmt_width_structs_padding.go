// Tests: width and alignment with %v on composite values and %-10v tables.
package main

import "fmt"

type Row struct {
	Name  string
	Score float64
}

func main() {
	rows := []Row{{"alice", 9.5}, {"bob", 10}, {"christina", 7.25}}
	for _, r := range rows {
		fmt.Printf("|%-10s|%6.2f|%4v|\n", r.Name, r.Score, len(r.Name))
	}
	fmt.Printf("[%8v] [%-8v] [%08.3f]\n", []int{1}, true, -3.14159)
	fmt.Printf("[%x] [%X] [% X]\n", []byte{1, 171}, "hi", []byte{10, 11})
}
