// Tests: unrecovered panic with a custom pointer error type.
package main

import "fmt"

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func main() {
	var err error = &MyErr{503}
	panic(err)
}
