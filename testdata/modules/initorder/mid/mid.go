package mid

import (
	"fmt"

	"example.com/initorder/alpha"
)

var Count = alpha.Base + 1

func init() { fmt.Println("mid init, Count =", Count) }
