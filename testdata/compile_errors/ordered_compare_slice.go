// Tests: < on slices names the composite kind
package main

func main() {
	a, b := []int{1}, []int{2}
	_ = a < b
}
