// Tests: variables of the case's environment (X.env) reach os.Getenv; unset ones are ""
package main

import (
	"fmt"
	"os"
)

func main() {
	for _, k := range []string{"GREETING", "EMPTY", "WITH_EQUALS", "GOSTACK_UNSET_VARIABLE"} {
		fmt.Printf("%s=%q\n", k, os.Getenv(k))
	}
}
