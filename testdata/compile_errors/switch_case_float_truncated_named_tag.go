package main
type W int
func main() {
	var w W
	switch w {
	case 1.5:
	}
}
