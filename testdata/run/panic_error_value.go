// Tests: panicking with an error value prints its Error() text.
package main

import "errors"

func main() {
	panic(errors.New("custom failure"))
}
