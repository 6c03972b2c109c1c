// Tests: type assertion from error interface to wrong concrete type.
package main

import "errors"

type MyErr struct{}

func (MyErr) Error() string { return "mine" }

func main() {
	var err error = errors.New("plain")
	_ = err.(MyErr)
}
