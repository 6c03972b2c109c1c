package main
func main() {
	var b byte = 1
	_ = b + 300
}
