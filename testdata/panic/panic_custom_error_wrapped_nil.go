// Tests: errors.Join of nil values is nil; panic with a joined error prints lines.
package main

import "errors"

func main() {
	if errors.Join(nil, nil) == nil {
		println("join of nils is nil")
	}
	panic(errors.Join(errors.New("a"), errors.New("b")))
}
