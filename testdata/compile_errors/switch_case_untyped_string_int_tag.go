package main
func main() {
	var x int
	switch x {
	case "a":
	}
}
