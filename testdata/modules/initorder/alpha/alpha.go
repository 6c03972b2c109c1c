package alpha

import "fmt"

var Base int

func init() {
	Base = 10
	fmt.Println("alpha init sets Base")
}
