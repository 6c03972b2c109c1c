package main
func main() {
	var b byte
	switch b {
	case 300:
	}
}
