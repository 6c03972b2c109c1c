// Tests: a panic in init() is reported with main.init.0 frames before main runs.
package main

import "fmt"

func init() {
	fmt.Println("init runs")
	panic("init failed")
}

func main() {
	fmt.Println("main never runs")
}
