// Tests: failed type assertion interface conversion message, unrecovered.
package main

func main() {
	var v any = "text"
	n := v.(int)
	_ = n
}
