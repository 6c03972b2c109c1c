package zeta

import "fmt"

var Ready = setup()

func setup() bool {
	fmt.Println("zeta var")
	return true
}

func init() {
	fmt.Println("zeta init, Ready =", Ready)
}
