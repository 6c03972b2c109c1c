// Tests: []any and map[string]any holding mixed values printed with %v and %T.
package main

import "fmt"

func main() {
	xs := []any{1, "two", 3.0, []int{4}, nil, struct{}{}, true}
	fmt.Println(xs)
	for _, x := range xs {
		fmt.Printf("%T ", x)
	}
	fmt.Println()
	m := map[string]any{"b": 2, "a": "x", "c": []string{"y"}}
	fmt.Println(m)
}
