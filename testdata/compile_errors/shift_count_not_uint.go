package main

func main() {
	x := 1 << 1.5
	_ = x
}
