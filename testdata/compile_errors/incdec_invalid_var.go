// Tests: compile error: z++ on a variable whose declaration failed adds no error of its own
package main

func main() {
	z++
}

var z = missing
