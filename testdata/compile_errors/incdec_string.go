// Tests: compile error: ++ on a string
package main

func main() {
	s := "a"
	s++
	_ = s
}
