// Tests: errors.Is with a custom Is method and errors.As into an interface target.
package main

import (
	"errors"
	"fmt"
)

type Temporary interface{ Temporary() bool }

type NetErr struct{ Code int }

func (e NetErr) Error() string    { return fmt.Sprintf("net %d", e.Code) }
func (e NetErr) Temporary() bool  { return e.Code >= 500 }
func (e NetErr) Is(t error) bool  { t2, ok := t.(NetErr); return ok && t2.Code/100 == e.Code/100 }

func main() {
	err := fmt.Errorf("request: %w", NetErr{503})
	fmt.Println(errors.Is(err, NetErr{500}), errors.Is(err, NetErr{404}))
	var tmp Temporary
	if errors.As(err, &tmp) {
		fmt.Println("temporary:", tmp.Temporary())
	}
	var ne NetErr
	fmt.Println(errors.As(err, &ne), ne.Code)
}
