package main

import "fmt"

type Namer interface{ Name() string }

type T struct{ Name string }

func main() {
	var n Namer = T{"x"}
	fmt.Println(n)
}
