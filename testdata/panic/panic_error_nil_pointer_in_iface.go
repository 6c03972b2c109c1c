// Tests: panic with a nil *E stored in an error interface prints the Error() result.
package main

type E struct{}

func (*E) Error() string { return "nil-safe error" }

func find() error {
	var e *E
	return e
}

func main() {
	err := find()
	if err != nil {
		panic(err)
	}
}
