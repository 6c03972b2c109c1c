package main
func main() {
	var x int
	if x == 2.5 {
	}
}
