package main
func main() {
	const c = "s"
	_ = &c
}
