// Tests: unrecovered panic with an error value prints Error().
package main

import "errors"

func main() {
	panic(errors.New("something failed"))
}
